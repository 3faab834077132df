import type { Browser, BrowserContext, Page } from 'playwright';
import { chromium } from 'playwright';
import { CHROMIUM_PATH } from '../../src/demo/browser';

/** A phone inside WeChat: iPhone-sized viewport, touch, and WeChat's user agent. */
export const PHONE = { width: 390, height: 844 };
export const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300259 MMWEBSDK/20240802 MMWEBID/1234 MicroMessenger/8.0.51.2720(0x28003339) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

export const SECRET = '0123456789abcdef0123456789abcdef';
const CLIENT_IP = '203.0.113.7';

/** What the WeChat hosts answer the H5 page's direct calls (fixed, so runs compare). */
const direct: Array<{ match: RegExp; status: number; body: () => string }> = [
  { match: /api\.weixin\.qq\.com\/cgi-bin\/token/, status: 200, body: () => JSON.stringify({ errcode: 40164, errmsg: `invalid ip ${CLIENT_IP} ipv6 ::ffff:${CLIENT_IP}, not in whitelist rid: 674d1a2b-3c4d5e6f-7a8b9c0d` }) },
  { match: /qyapi\.weixin\.qq\.com\/cgi-bin\/gettoken/, status: 200, body: () => JSON.stringify({ errcode: 60020, errmsg: `not allow to access from your ip, hint: [1733100000999888777666555], from ip: ${CLIENT_IP}, more info at https://open.work.weixin.qq.com/devtool/query?e=60020` }) },
  { match: /message\/template\/send/, status: 200, body: () => JSON.stringify({ errcode: 42001, errmsg: 'access_token expired rid: 674d1a2b-4d5e6f7a-8b9c0d1e' }) },
  { match: /media\/get/, status: 200, body: () => `{"errcode":45009,"errmsg":"reach max api daily quota limit rid: 674d1a2b-5e6f7a8b-9c0d1e2f","pad":"${'y'.repeat(5 * 1024 * 1024)}"}` },
];

/** A mobile context whose WeChat hosts answer from `direct` (nothing leaves the machine). */
export async function phoneContext(browser: Browser, options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    userAgent: WECHAT_UA,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
  });
  await context.route(/^https:\/\/(api|qyapi)\.weixin\.qq\.com\//, (route) => {
    const url = route.request().url();
    const answer = direct.find((d) => d.match.test(url));
    return route.fulfill({
      status: answer?.status ?? 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
      body: answer ? answer.body() : '{"errcode":0,"errmsg":"ok"}',
    });
  });
  return context;
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });

/** Opens the H5 page and waits until its own script has run every scenario. */
export async function openH5(page: Page, port: number, query: string): Promise<Array<[string, string]>> {
  await page.goto(`http://127.0.0.1:${port}/webview?${query}`);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __results: Array<[string, string]> }).__results);
}

/** Shows the plugin's tab in vConsole or eruda. */
export async function showPluginTab(page: Page, which: 'vconsole' | 'eruda', tab: string): Promise<void> {
  if (which === 'vconsole') {
    // vConsole's own API rather than a tap on its tab: under a strict CSP its tab bar has no styles.
    await page.evaluate(() => {
      const vConsole = (window as unknown as { __console: { show(): void; showPlugin(id: string): void } }).__console;
      vConsole.show();
      vConsole.showPlugin('wechat_api_inspector');
    });
    await page.locator('.vc-tab', { hasText: tab }).waitFor({ state: 'attached' });
  } else {
    await page.evaluate((name) => {
      const eruda = (window as unknown as { __console: { show(): void; show(name: string): void } }).__console;
      eruda.show();
      eruda.show(name);
    }, tab);
  }
  await page.locator('.wechat-api-inspector').first().waitFor({ state: 'visible' });
}
