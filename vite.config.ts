import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { compileKnowledge } from './src/decode/knowledge/compile.ts';
import { rawKnowledge } from './src/decode/knowledge/raw-data.ts';

const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
manifest.version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

/*
 * Firefox (`vite build --mode firefox` → dist-firefox/): the same extension, manifest.json plus what
 * Firefox and addons.mozilla.org ask for. 140 is the first Firefox that knows data_collection_permissions
 * (AMO requires it of new add-ons; Firefox 127 and older refuse a manifest that has it); everything else
 * used (MV3 109, devtools.panels/network/inspectedWindow 54–60, storage, BroadcastChannel) is older.
 * Firefox for Android has no DevTools, so the extension is for desktop; its Android minimum only says
 * where that key arrived there (142), as the linter asks.
 */
export const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';
export const GECKO_ID = 'wechat-api-inspector@wechat-api-inspector.dev';

export function firefoxManifest(chrome: Record<string, unknown>): Record<string, unknown> {
  // Firefox MV3 runs background scripts (an event page), not a service worker.
  const background = chrome['background'] as { service_worker?: string; type?: string } | undefined;
  return {
    ...chrome,
    ...(background?.service_worker ? { background: { scripts: [background.service_worker], ...(background.type ? { type: background.type } : {}) } } : {}),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Nothing leaves the browser: the panel only reads what DevTools already shows.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}

/** Compiles data/ into one compact lookup module that the panel imports lazily. */
export function knowledgeModule(): Plugin {
  const id = 'virtual:wechat-knowledge';
  return {
    name: 'wechat-knowledge',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}` ? `export default JSON.parse(${JSON.stringify(JSON.stringify(compileKnowledge(rawKnowledge)))});` : undefined,
  };
}

/**
 * Preact's only HTML sink is `dangerouslySetInnerHTML` (`dom.innerHTML = props.__html`). The panel never
 * uses it and shows response data as text only, so the sink is turned into a text assignment: no
 * markup can ever be parsed, and Firefox's add-on linter has no unsafe innerHTML to warn about.
 * Fails the build if a Preact update changes the code, rather than silently keeping the sink.
 */
export function noHtmlSinkInPreact(): Plugin {
  const sink = /\b([A-Za-z_$][\w$]*)\.innerHTML\s*=\s*([A-Za-z_$][\w$]*)\.__html\b/g;
  return {
    name: 'no-html-sink-in-preact',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      const hardened = code.replace(sink, '$1.textContent=$2.__html');
      if (hardened === code || hardened.includes('.innerHTML=')) {
        this.error('Preact changed: the dangerouslySetInnerHTML assignment was not found where expected (vite.config.ts)');
      }
      return { code: hardened, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      knowledgeModule(),
      noHtmlSinkInPreact(),
      crx({ manifest: firefox ? firefoxManifest(manifest) : manifest, browser: firefox ? 'firefox' : 'chrome' }),
    ],
    build: {
      target: firefox ? `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}` : 'chrome120',
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Every browser the extension supports (Chrome 120, Firefox 140) knows modulepreload natively.
      modulePreload: { polyfill: false },
      rollupOptions: {
        // The panel is reached only through devtools.panels.create, so the manifest does not name it.
        input: { panel: 'src/shells/devtools/panel.html', options: 'src/shells/devtools/options/options.html' },
      },
    },
  };
});
