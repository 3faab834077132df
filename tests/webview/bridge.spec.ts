import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { hookScripts } from '../../src/capture/jssdk-hook';
import { decodeJssdkErrMsg } from '../../src/decode/jssdk/errmsg';
import { jssdkCatalogue } from '../../src/decode/jssdk/catalogue';
import { foldJssdkEvents, parseJssdkEvent, type JssdkEvent } from '../../src/decode/jssdk/timeline';
import { WW_SIGNATURE, WX_SIGNATURE } from '../fixtures/bridge/signatures';
import { BRIDGE_ORIGIN, bundleBridgeApp, injectFakeBridge, serveBridgePage } from '../support/bridge-page';
import { launchChromium, PHONE, showPluginTab, WECHAT_UA } from '../support/webview';

/*
 * The JS-SDK as most H5 pages load it: the real weixin-js-sdk and @wecom/jssdk bundled as modules (no
 * global to wrap), talking to a stand-in WeixinJSBridge injected after the page started (assigned, then
 * WeixinJSBridgeReady) that answers as WeChat does. Phone emulation (390×844, touch, WeChat's or
 * WeCom's user agent); the page is served by routes (nothing leaves the machine).
 */
const WECOM_UA = `${WECHAT_UA} wxwork/4.1.22`;
let browser: Browser;
let app = '';
const scripts = hookScripts();
test.beforeAll(async () => {
  browser = await launchChromium();
  app = await bundleBridgeApp();
});
test.afterAll(() => browser.close());

type Mode = 'bare' | 'vconsole' | 'eruda' | 'hook';

async function open(mode: Mode, ua = WECHAT_UA, query = ''): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true, userAgent: ua, locale: 'en-US' });
  await serveBridgePage(context, app, mode === 'vconsole' || mode === 'eruda' ? mode : 'none');
  // The extension's hook as "Reload page with hook" places it: before any script of the page.
  if (mode === 'hook') await context.addInitScript(scripts.hook);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BRIDGE_ORIGIN}/page?console=${mode}&${query}`);
  await page.waitForSelector('body[data-started="true"]', { state: 'attached' });
  return { context, page, errors };
}

/** Injects the bridge and returns what the page's own callbacks received. */
async function injectBridge(page: Page): Promise<Array<[string, string]>> {
  await injectFakeBridge(page);
  await page.waitForSelector('body[data-done="true"]', { state: 'attached' });
  // Settle any answer still on its way.
  await page.waitForTimeout(50);
  return page.evaluate(() => (window as unknown as { __results: Array<[string, string]> }).__results);
}

let bare: Array<[string, string]>;
let bareWecom: Array<[string, string]>;
/** What the page throws by itself: @wecom/jssdk leaves ww.register's failed config as an unhandled rejection. */
let bareErrors: string[];
test.beforeAll(async () => {
  for (const ua of [WECHAT_UA, WECOM_UA]) {
    const { context, page, errors } = await open('bare', ua);
    const results = await injectBridge(page);
    if (ua === WECHAT_UA) [bare, bareErrors] = [results, errors];
    else bareWecom = results;
    await context.close();
  }
  // What the page's callbacks get is what the SDKs make of the bridge's answers (so comparing means something).
  const byName = new Map(bare);
  expect(byName.get('wx.error')).toContain('63002');
  expect(byName.get('ww onConfigFail')).toContain('invalid url domain');
  expect(byName.get('chooseImage fail')).toContain('chooseImage:permission denied');
  expect(byName.get('getLocation fail')).toContain('getLocation:permission denied');
  expect(byName.get('previewImage complete')).toContain('previewImage:ok');
  expect(new Map(bareWecom).get('ww onAgentConfigFail')).toContain('80001');
});

/** vConsole with the SDK as a module; eruda with it also as `window.wx`, where the hook sees each call twice. */
const runs = [
  { which: 'vconsole', query: '', via: 'bridge' },
  { which: 'eruda', query: 'global=1', via: 'wx' },
] as const;
for (const { which, query, via } of runs) {
  test(`${which}${query ? ` (${query})` : ''}: bridge calls listed once each with their meaning, the page's callbacks unchanged, nothing secret shown, the wait for the bridge said`, async () => {
    const { context, page, errors } = await open(which, WECHAT_UA, query);
    await showPluginTab(page, which, 'WeChat');
    const panel = page.locator('.wechat-api-inspector .wai-root');
    await panel.locator('.view-tab.view-jssdk').tap();
    // The SDKs look for the bridge before it is there: outside WeChat it never would be.
    await expect(panel.locator('.bridge-missing')).toContainText('WeixinJSBridge');
    const results = await injectBridge(page);
    expect(results).toEqual(bare);
    await expect(panel.locator('.bridge-missing')).toHaveCount(0);

    const rows = panel.locator('.jssdk-row');
    await expect(panel.locator('.jssdk-row[data-state="error"]')).toHaveCount(4);
    const wxConfig = panel.locator('.jssdk-row[data-api="config"]', { hasText: '63002' });
    // Through `wx`: one row named wx.config; through the bridge only: config, marked.
    await expect(wxConfig).toHaveCount(1);
    if (via === 'wx') await expect(wxConfig).toContainText('wx.config');
    else await expect(wxConfig.locator('.bridge-mark')).toHaveText('bridge');
    await expect(panel.locator('.jssdk-row[data-api="config"]', { hasText: 'invalid url domain' }).locator('.bridge-mark')).toHaveCount(1);
    await expect(panel.locator('.jssdk-row[data-api="chooseImage"]')).toContainText('chooseImage:permission denied');
    await expect(panel.locator('.jssdk-row[data-api="getLocation"]')).toContainText('permission denied');
    await expect(panel.locator('.jssdk-row[data-api="previewImage"]')).toHaveAttribute('data-state', 'ok');
    // config ×2, chooseImage, getLocation, previewImage, and the SDK's own getNetworkType.
    expect(await rows.count()).toBe(6);

    const details = panel.locator('.jssdk-details');
    await wxConfig.tap();
    await expect(details.locator('.meaning')).toContainText(/signature/i);
    await expect(details).toContainText('"verifySignature": "***');
    // The signature doctor reads the bridge's verify* parameters.
    await expect(details.locator('.doctor .missing')).toHaveCount(0);
    await details.locator('.doctor-ticket input').fill('a-ticket-the-tester-pasted');
    await expect(details.locator('.doctor-verdict')).toHaveClass(/mismatch/);
    await panel.locator('.jssdk-row[data-api="config"]', { hasText: 'invalid url domain' }).tap();
    await expect(details.locator('.meaning')).toContainText(/domain/i);
    await panel.locator('.jssdk-row[data-api="getLocation"]').tap();
    await expect(details.locator('.meaning')).toContainText(/permission|authoriz/i);

    const shown = await panel.evaluate((root) => root.textContent ?? '');
    for (const secret of [WX_SIGNATURE, WW_SIGNATURE, 'a-ticket-the-tester-pasted']) expect(shown).not.toContain(secret);
    expect(errors).toEqual(bareErrors);
    await context.close();
  });
}

test('eruda in WeCom: ww.register’s agentConfig through the bridge, its meaning, the page’s callbacks unchanged, the signature masked', async () => {
  const { context, page } = await open('eruda', WECOM_UA);
  await showPluginTab(page, 'eruda', 'WeChat');
  const panel = page.locator('.wechat-api-inspector .wai-root');
  await panel.locator('.view-tab.view-jssdk').tap();
  expect(await injectBridge(page)).toEqual(bareWecom);
  const row = panel.locator('.jssdk-row[data-api="agentConfig"]');
  await expect(row).toHaveAttribute('data-state', 'error');
  await row.tap();
  const details = panel.locator('.jssdk-details');
  await expect(details.locator('.meaning')).toContainText(/domain/i);
  await expect(details.locator('.jssdk-args')).toContainText('ww7ca4776b2a70000');
  expect(await panel.evaluate((root) => root.textContent ?? '')).not.toContain(WW_SIGNATURE);
  await context.close();
});

test('the extension’s hook (as “Reload page with hook” places it): each bridge call decoded, the page’s callbacks unchanged, WeCom’s agentConfig too', async () => {
  const decoded = async (ua: string): Promise<{ events: JssdkEvent[]; results: Array<[string, string]>; errors: string[] }> => {
    const { context, page, errors } = await open('hook', ua);
    const results = await injectBridge(page);
    const drained = (await page.evaluate(scripts.drain)) as { events: unknown[] };
    await context.close();
    return { events: drained.events.map(parseJssdkEvent).filter((e): e is JssdkEvent => e !== null), results, errors };
  };
  const wechat = await decoded(WECHAT_UA);
  expect(wechat.results).toEqual(bare);
  expect(wechat.errors).toEqual(bareErrors);
  expect(wechat.events[0]?.kind).toBe('bridge-wait');
  const calls = foldJssdkEvents(wechat.events, 's');
  const meaning = (errMsg: string | null) => decodeJssdkErrMsg(errMsg ?? '', jssdkCatalogue).id;
  // Sorted: the calls' order depends on what each SDK waits for.
  const failures = calls.filter((c) => c.state === 'error').map((c) => `${c.sdk} ${c.api} ${meaning(c.errMsg)}`);
  expect(failures.sort()).toEqual(['bridge chooseImage permission-denied', 'bridge config invalid-signature', 'bridge config invalid-url-domain', 'bridge getLocation permission-denied']);
  const wecom = await decoded(WECOM_UA);
  expect(wecom.results).toEqual(bareWecom);
  const agentConfig = foldJssdkEvents(wecom.events, 's').filter((c) => c.api === 'agentConfig');
  expect(agentConfig.map((c) => [c.state, meaning(c.errMsg)])).toEqual([['error', 'wecom-not-reliable-domain']]);
  expect(agentConfig[0]!.bridge?.args).toMatchObject({ corpid: 'ww7ca4776b2a70000', agentid: '1000002', signature: WW_SIGNATURE });
});

test('desktop Chrome (no bridge, no WeChat user agent): the extension’s hook reports the page waiting for the bridge, and nothing breaks', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveBridgePage(context, app, 'none');
  await context.addInitScript(scripts.hook);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BRIDGE_ORIGIN}/page`);
  await page.waitForSelector('body[data-started="true"]', { state: 'attached' });
  const drained = (await page.evaluate(scripts.drain)) as { events: unknown[] };
  const events = drained.events.map(parseJssdkEvent).filter((e): e is JssdkEvent => e !== null);
  expect(events.map((e) => e.kind)).toEqual(['bridge-wait']);
  expect(errors).toEqual([]);
  await context.close();
});
