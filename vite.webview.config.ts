import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { knowledgeModule, noHtmlSinkInPreact } from './vite.config.ts';

const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version as string;

/*
 * The in-page plugin (src/shells/webview), `npm run build:webview` → dist-webview/:
 * - default mode: wechat-api-inspector.js, one classic script (an IIFE, no imports, knowledge inlined)
 *   exposing the global WeChatApiInspector; capture starts as it runs.
 * - `--mode esm`: wechat-api-inspector.mjs for bundlers, the knowledge in a chunk loaded on first show.
 * vConsole and eruda are never bundled: the page passes its own. Targets the webviews WeChat ships
 * (Android's XWeb, iOS WKWebView from Safari 13).
 */
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  return {
    plugins: [preact(), knowledgeModule(), noHtmlSinkInPreact()],
    publicDir: false,
    define: { __APP_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist-webview',
      emptyOutDir: !esm,
      target: ['es2019', 'chrome80', 'safari13'],
      minify: true,
      lib: esm
        ? { entry: 'src/shells/webview/index.ts', formats: ['es'], fileName: () => 'wechat-api-inspector.mjs' }
        : { entry: 'src/shells/webview/classic.ts', formats: ['iife'], name: 'WeChatApiInspector', fileName: () => 'wechat-api-inspector.js' },
      rollupOptions: {
        output: esm
          ? { chunkFileNames: 'chunks/[name]-[hash].mjs' }
          : {
              // The page may replace JSON (or its methods) after this script ran: the bundle keeps
              // the functions it found, in a JSON of its own that shadows the global inside the IIFE.
              intro: 'var JSON = Object.freeze({ parse: globalThis.JSON.parse, stringify: globalThis.JSON.stringify });',
            },
      },
    },
  };
});
