import { defineConfig, type Plugin } from 'vite';
import { apiCodeFiles } from './src/decode/knowledge/api-code-files.ts';

/** The bundle runs without data/ next to it: the per-API code files read at build time go in as JSON. */
export function inlineApiCodeFiles(): Plugin {
  return {
    name: 'inline-api-code-files',
    load: (id) =>
      /[\\/]src[\\/]decode[\\/]knowledge[\\/]api-code-files\.ts$/.test(id)
        ? `export const apiCodeFiles = JSON.parse(${JSON.stringify(JSON.stringify(apiCodeFiles))});`
        : undefined,
  };
}

/** The published command line: one self-contained ES module for Node, data/ compiled in. */
export default defineConfig({
  plugins: [inlineApiCodeFiles()],
  // mask reads the HAR's head with stream-json: bundled, so the bin still needs no node_modules.
  ssr: { noExternal: ['stream-json', 'stream-chain'] },
  build: {
    ssr: 'src/cli/main.ts',
    copyPublicDir: false,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'wechat-api-inspector.mjs' } },
  },
});
