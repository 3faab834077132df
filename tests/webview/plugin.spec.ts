import { existsSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { makeCertificate } from '../../src/demo/certificate';
import { startFakeWeChatServer, WECHAT_HOSTS, type FakeServer } from '../../src/demo/fake-wechat-server';
import { launchChromium, openH5, phoneContext, SECRET, showPluginTab } from '../support/webview';

/*
 * The in-page plugin (dist-webview/wechat-api-inspector.js) on the H5 demo page, in Chromium's mobile
 * emulation (390×844, touch, WeChat's user agent), with vConsole and eruda from node_modules. The
 * page's own backend relays WeChat errors, a dev-proxy path answers /cgi-bin/token, its direct calls
 * to the WeChat hosts are answered by routes (nothing leaves the machine), and its stand-in wx / ww
 * fail each way.
 */
let server: FakeServer;
let browser: Browser;
test.beforeAll(async () => {
  server = await startFakeWeChatServer(await makeCertificate(WECHAT_HOSTS));
  browser = await launchChromium();
});
test.afterAll(async () => {
  await browser.close();
  await server.close();
});

const TOKEN = 'ACCESS_TOKEN_demo_5f0c1e2d';
/** wx.config, wx.agentConfig, chooseImage, openLocation (its options have a throwing getter), wx.invoke, ww's agentConfig, ww.selectExternalContact. */
const JSSDK_FAILURES = 7;

/** The failing calls the page makes, as the list must show them: [errcode, relayed]. */
const FAILURES: Array<[number, boolean]> = [
  [40164, true],
  [40013, true],
  [60020, true],
  [40164, false],
  [60020, false],
  [42001, false],
  [45009, false],
];
/** Rows in error: the failures, and the dev-proxy answer once more (the page reads it twice, through a clone). */
const ERROR_ROWS = FAILURES.length + 1;

async function opened(which: 'vconsole' | 'eruda', query = 'direct=1', options: Parameters<typeof phoneContext>[1] = {}): Promise<{ page: Page; panel: Locator; results: Array<[string, string]> }> {
  const context = await phoneContext(browser, options);
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.sourceFile} ${e.violatedDirective}`));
    // What "copy" puts on the clipboard, for the test to read.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (text: string) => ((window as unknown as { __copied: string }).__copied = text, Promise.resolve()) } });
  });
  const page = await context.newPage();
  const results = await openH5(page, server.port, `console=${which}&${query}`);
  await showPluginTab(page, which, options.locale?.startsWith('zh') ? '微信接口' : 'WeChat');
  return { page, panel: page.locator('.wechat-api-inspector .wai-root'), results };
}

for (const which of ['vconsole', 'eruda'] as const) {
  test(`${which}: every failing and relayed call listed with its meaning, details with rid and IP, a masked bug report, no secret shown`, async () => {
    const { page, panel } = await opened(which);
    const rows = panel.locator('.row[data-state="error"]');
    await expect(rows).toHaveCount(ERROR_ROWS);
    for (const [code, relayed] of FAILURES) {
      const row = panel.locator(`.row[data-errcode="${code}"]${relayed ? '[data-source="relayed"]' : ':not([data-source])'}`).first();
      await expect(row).toBeVisible();
      await expect(row.locator('.c-meaning')).not.toHaveText('');
    }
    // The business API's own errcode (40001 库存不足) is not WeChat's.
    await expect(panel.locator('.row[data-errcode="40001"]')).toHaveCount(0);

    await panel.locator('.row[data-errcode="40164"]:not([data-source])').tap();
    const details = panel.locator('.details');
    await expect(details.locator('.meaning').first()).toContainText(/IP/i);
    await expect(details.locator('.fixes li').first()).toBeVisible();
    await expect(details.locator('.rid')).toContainText('674d1a2b-3c4d5e6f-7a8b9c0d');
    await expect(details.locator('.client-ip')).toContainText('203.0.113.7');
    await details.locator('.copy-bug-report').tap();
    const report = await page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');
    expect(report).toContain('40164');
    expect(report).not.toContain(SECRET);

    const shown = (await panel.evaluate((root) => root.textContent ?? '')) + (await panel.locator('.masked-url').allTextContents()).join(' ');
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(TOKEN);
    await page.context().close();
  });
}

test('JS-SDK timeline: wx.config, agentConfig, JSAPIs, wx.invoke and ww (register, ww.*) failures with their meaning; the signature doctor', async () => {
  const { page, panel } = await opened('vconsole');
  await panel.locator('.view-tab.view-jssdk').tap();
  const failing = panel.locator('.jssdk-row[data-state="error"]');
    await expect(failing).toHaveCount(JSSDK_FAILURES);
  await expect(panel.locator('.jssdk-row[data-api="checkJsApi"]')).toHaveAttribute('data-state', 'ok');
  await expect(panel.locator('.jssdk-row[data-api="config"]')).toContainText('63002');
  await expect(panel.locator('.jssdk-row[data-api="agentConfig"]')).toHaveCount(2);
  await expect(panel.locator('.jssdk-row[data-api="selectExternalContact"]')).toContainText('fail_nopermission');
  await expect(panel.locator('.jssdk-row[data-api="selectEnterpriseContact"]')).toContainText('fail_nopermission');

  await panel.locator('.jssdk-row[data-api="config"]').tap();
  const details = panel.locator('.jssdk-details');
  await expect(details.locator('.meaning')).toContainText(/signature/i);
  await expect(details.locator('.fixes li').first()).toBeVisible();
  await details.locator('.doctor-ticket input').fill('a-ticket-the-tester-pasted');
  await expect(details.locator('.doctor-verdict')).toHaveClass(/mismatch/);
  await expect(details).not.toContainText('a-ticket-the-tester-pasted');

  // ww.register's agentConfig, with the parameters the SDK signed, decoded like wx.agentConfig.
  await panel.locator('.jssdk-row[data-api="agentConfig"]', { hasText: '80001' }).tap();
  await expect(details.locator('.meaning')).toContainText(/domain|域名/i);
  await expect(details.locator('.jssdk-args')).toContainText('wwdemo000000000001');
  await page.context().close();
});

test('the page gets exactly what it gets without the plugin: streams, abort, timeouts, sync XHR, blob / arraybuffer / document, clones, beacons', async () => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const bare = await openH5(page, server.port, 'console=none&direct=1&plugin=0');
  expect(await page.evaluate(() => 'WeChatApiInspector' in window)).toBe(false);
  const withPlugin = await openH5(page, server.port, 'console=none&direct=1');
  expect(await page.evaluate(() => 'WeChatApiInspector' in window)).toBe(true);
  expect(withPlugin).toEqual(bare);
  // The page's results are what its calls really gave (so the comparison compares something).
  const byName = new Map(bare);
  expect(byName.get('fetch abort')).toBe('error AbortError');
  expect(byName.get('fetch timeout')).toBe('error TimeoutError');
  expect(byName.get('XHR timeout')).toBe('timeout 0');
  expect(byName.get('XHR blob')).toBe('load 200 33 image/png');
  expect(byName.get('XHR arraybuffer')).toBe('load 200 33 137,80,78,71');
  expect(byName.get('XHR document')).toBe('load 200 orders 1001');
  expect(byName.get('fetch stream')).toBe('[{"part":0},{"part":1},{"part":2},{"part":3},{"part":4}]');
  expect(byName.get('sync XHR, WeCom relayed')).toMatch(/^sync 200 \{"success":false/);
  expect(byName.get('page clones')).toMatch(/^true \d+$/);
  expect(byName.get('fetch with a throwing getter')).toBe('threw page getter');
  expect(Number(byName.get('direct huge answer'))).toBeGreaterThan(5 * 1024 * 1024);
  expect(byName.get('wx.error')).toContain('63002');
  expect(byName.get('wx.openLocation fail')).toContain('offline verifying');
  expect(byName.get('ww.register onAgentConfigFail')).toContain('80001');
  // With a console as well (its own network panel wraps fetch and XHR too).
  const bareConsole = await openH5(page, server.port, 'console=vconsole&direct=1&plugin=0');
  expect(await openH5(page, server.port, 'console=vconsole&direct=1')).toEqual(bareConsole);
  await context.close();
});

test('a hostile page (JSON, Array.prototype, Response.clone, Headers and XHR replaced, huge bodies, throwing getters) breaks neither itself nor the plugin', async () => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The consoles' own network panels break on such a page (eruda's uses the page's JSON): left out.
  const bare = await openH5(page, server.port, 'console=eruda&tools=lite&direct=1&hostile=1&plugin=0');
  const withPlugin = await openH5(page, server.port, 'console=eruda&tools=lite&direct=1&hostile=1');
  expect(withPlugin).toEqual(bare);
  expect(errors.filter((e) => /wechat|inspector/i.test(e))).toEqual([]);
  await showPluginTab(page, 'eruda', 'WeChat');
  const panel = page.locator('.wechat-api-inspector .wai-root');
  await expect(panel.locator('.row[data-state="error"]')).toHaveCount(FAILURES.length);
  await panel.locator('.view-tab.view-jssdk').tap();
  await expect(panel.locator('.jssdk-row[data-state="error"]')).toHaveCount(JSSDK_FAILURES);
  await context.close();
});

test('under a strict CSP (no inline script or style): the page works and the plugin shows its styled panel', async () => {
  const { page, panel, results } = await opened('vconsole', 'csp=1');
  expect(new Map(results).get('backend relays 40164')).toMatch(/^500 /);
  expect(await page.locator('.wechat-api-inspector').getAttribute('data-styles')).toBe('constructed');
  await expect(panel.locator('.row[data-source="relayed"][data-state="error"]')).toHaveCount(4);
  // Our stylesheet applies: the rows' touch targets are 44 px tall.
  const height = await panel.locator('.row[data-state="error"]').first().evaluate((row) => row.getBoundingClientRect().height);
  expect(height).toBeGreaterThanOrEqual(44);
  // vConsole's own inline styles are blocked; nothing of ours is.
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violations.filter((v) => v.includes('wechat-api-inspector'))).toEqual([]);
  await page.context().close();
});
test('phone layout: Chinese page → 微信接口 with a language switch, dark scheme, 44 px touch targets, nothing wider than the screen', async () => {
  const { page, panel } = await opened('vconsole', 'direct=1&lang=zh-CN', { colorScheme: 'dark', locale: 'zh-CN' });
  await expect(page.locator('.vc-tab', { hasText: '微信接口' })).toBeVisible();
  await expect(panel).toHaveAttribute('data-theme', 'dark');
  await expect(panel.locator('.view-tab.view-network')).toContainText('网络');
  // Touch targets: buttons, selects, text fields, rows, and the labels around checkboxes.
  const controls = panel.locator('button:visible, select:visible, input:not([type="checkbox"]):visible, label:has(input[type="checkbox"]):visible, [role="row"]:not(.header):visible');
  const boxes = await controls.evaluateAll((els) => els.map((el) => ({ cls: el.className, h: el.getBoundingClientRect().height, right: el.getBoundingClientRect().right })));
  expect(boxes.length).toBeGreaterThan(5);
  for (const box of boxes) expect(box.h, box.cls).toBeGreaterThanOrEqual(44);
  const width = await panel.evaluate((root) => root.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await panel.locator('select.lang').selectOption('en');
  await expect(panel.locator('.view-tab.view-network')).toContainText('Network');
  await page.context().close();
});

test('the ES module build for bundlers: install() with a rule given in code, the eruda plugin, its types', async () => {
  expect(existsSync('dist-webview/types/shells/webview/index.d.ts')).toBe(true);
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/webview-esm`);
  await page.waitForSelector('body[data-done="true"]');
  await showPluginTab(page, 'eruda', 'WeChat');
  const row = page.locator('.wechat-api-inspector .wai-root .row[data-errcode="40164"]');
  await expect(row).toHaveAttribute('data-source', 'relayed');
  await row.tap();
  await expect(page.locator('.wechat-api-inspector .wai-root .details')).toContainText(/rule|规则/i);
  await context.close();
});
