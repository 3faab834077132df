import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { BrowserContext, Page } from '@playwright/test';

/*
 * The bridge fixture page (tests/fixtures/bridge/app.ts: the real weixin-js-sdk and @wecom/jssdk as
 * modules) served by routes under a made-up origin, and the stand-in WeixinJSBridge a test injects once
 * the page runs. Used by the plugin's and the extension's bridge tests.
 */
export const BRIDGE_ORIGIN = 'https://h5.bridge.test';

/** The fixture app bundled as one ES module (esbuild, at test time): no global is left by the SDKs. */
export async function bundleBridgeApp(): Promise<string> {
  const bundled = await build({ entryPoints: ['tests/fixtures/bridge/app.ts'], bundle: true, format: 'esm', write: false, target: 'chrome120', logLevel: 'silent' });
  return bundled.outputFiles[0]!.text;
}

export type BridgeConsole = 'vconsole' | 'eruda' | 'none';
const files: Record<string, string> = {
  '/vconsole.js': 'node_modules/vconsole/dist/vconsole.min.js',
  '/eruda.js': 'node_modules/eruda/eruda.js',
  '/plugin.js': 'dist-webview/wechat-api-inspector.js',
  '/setup.js': 'src/demo/webview-setup.js',
};

/** Answers the page's origin: the app, and with a console the plugin's three script tags before it. */
export async function serveBridgePage(target: BrowserContext | Page, app: string, console: BridgeConsole): Promise<void> {
  const tags = console === 'none' ? [] : [`/${console}.js`, '/plugin.js', '/setup.js'];
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>bridge</title></head><body>${tags.map((src) => `<script src="${src}"></script>`).join('')}<script type="module" src="/app.js"></script></body></html>`;
  // weixin-js-sdk reports its load time to WeChat with an image: answered here.
  await target.route(/^https:\/\/open\.weixin\.qq\.com\//, (route) => route.fulfill({ status: 204 }));
  await target.route(`${BRIDGE_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: app });
    const file = files[path];
    if (file) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
    return route.fulfill({ contentType: 'text/html', body: html });
  });
}

/** WeChat's bridge, injected after the page started (assigned, then WeixinJSBridgeReady): raw answers as the webview gives them. */
export async function injectFakeBridge(page: Page): Promise<void> {
  await page.evaluate(() => {
    const answers: Record<string, (params: Record<string, unknown>) => unknown> = {
      preVerifyJSAPI: (p) => (String(p['verifyAppId']).startsWith('wx') ? { err_msg: 'config:fail,Error: 系统错误，错误码：63002,invalid signature' } : { err_msg: 'preVerifyJSAPI:fail_invalid url domain' }),
      agentConfig: () => ({ errMsg: 'agentConfig:fail', err_Info: 'fail', hint: "Hint: '1:2:80001'" }),
      chooseImage: () => ({ err_msg: 'chooseImage:fail_access denied' }),
      geoLocation: () => ({ err_msg: 'geoLocation:permission denied' }),
      getNetworkType: () => ({ err_msg: 'getNetworkType:ok', networkType: 'wifi' }),
    };
    const bridge = {
      invoke(name: string, params: Record<string, unknown>, callback?: (res: unknown) => void) {
        const answer = answers[name]?.(params) ?? { err_msg: `${name}:ok` };
        setTimeout(() => callback?.(answer), 5);
      },
      on: () => undefined,
      call: () => undefined,
    };
    (window as unknown as { WeixinJSBridge: unknown }).WeixinJSBridge = bridge;
    document.dispatchEvent(new Event('WeixinJSBridgeReady'));
  });
}
