import { defineConfig } from 'vite';

/** The published command line: one self-contained ES module for Node, data/ compiled in. */
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    copyPublicDir: false,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'wechat-api-inspector.mjs' } },
  },
});
