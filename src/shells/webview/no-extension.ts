/*
 * The extension API the DevTools view reaches for (webextension-polyfill's `browser`), as a page
 * without an extension has it: nothing to talk to. The webview build resolves the polyfill to this
 * module (vite.webview.config.ts): the panel's theme, options and HAR export find no extension and
 * step aside.
 */
const browser = {
  runtime: {
    getManifest: (): { version: string } => ({ version: __APP_VERSION__ }),
    sendMessage: (): Promise<undefined> => Promise.resolve(undefined),
  },
  devtools: undefined,
  i18n: undefined,
};

declare const __APP_VERSION__: string;

export default browser;
