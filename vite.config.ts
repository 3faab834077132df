import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { compileKnowledge } from './src/decode/knowledge/compile.ts';
import { rawKnowledge } from './src/decode/knowledge/raw-data.ts';

const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
manifest.version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

/** Compiles data/ into one compact lookup module that the panel imports lazily. */
function knowledgeModule(): Plugin {
  const id = 'virtual:wechat-knowledge';
  return {
    name: 'wechat-knowledge',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}` ? `export default JSON.parse(${JSON.stringify(JSON.stringify(compileKnowledge(rawKnowledge)))});` : undefined,
  };
}

export default defineConfig({
  plugins: [preact(), knowledgeModule(), crx({ manifest })],
  build: {
    target: 'chrome120',
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // The panel is reached only through devtools.panels.create, so the manifest does not name it.
      input: { panel: 'src/view/panel.html' },
    },
  },
});
