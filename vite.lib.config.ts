import { defineConfig } from 'vite';
import { inlineApiCodeFiles } from './vite.cli.config.ts';

/**
 * The library (package exports): ES modules for Node and bundlers, data/ compiled in, no dependency.
 * One entry per sub-path; each platform's data lands in its own chunk, so importing one platform's
 * `lookup` loads none of the others' (types: tsconfig.lib.json).
 */
export default defineConfig({
  plugins: [inlineApiCodeFiles()],
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: {
      entry: { index: 'src/lib/index.ts', weixin: 'src/lib/weixin.ts', wecom: 'src/lib/wecom.ts', pay: 'src/lib/pay.ts' },
      formats: ['es'],
    },
    rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});
