import { WX_SIGNATURE } from '../fixtures/bridge/signatures';
import { BRIDGE_ORIGIN, bundleBridgeApp, injectFakeBridge, serveBridgePage } from '../support/bridge-page';
import { expect, test } from '../support/devtools-fixture';

const DEMO_TICKET = 'demo-jsapi-ticket-for-this-page-only';

test('JS-SDK: the per-site switch, the capture (also after a navigation), errMsg meanings, the signature doctor and the ticket call', async ({ inspector }) => {
  const { page } = inspector;
  await page.goto(`${inspector.demoUrl}jssdk`);
  await page.waitForSelector('body[data-ready="true"]');
  const run = (id: string) => page.evaluate((scenario) => (window as unknown as { runJssdkScenario(id: string): Promise<unknown> }).runJssdkScenario(scenario), id);

  // The hook's drain sits under a random name (__wai + 32 hex digits), not enumerable.
  const hooked = () => page.evaluate(() => Object.getOwnPropertyNames(window).some((n) => /^__wai[0-9a-f]{32}$/.test(n)));
  const panel = await inspector.showPanel();
  await panel.locator('.view-tab.view-jssdk').click();
  const toggle = panel.locator('input.jssdk-switch');
  await expect(panel.locator('.jssdk-consent')).toContainText(new URL(inspector.demoUrl).origin);
  // Off by default: nothing is hooked or recorded.
  await expect(toggle).not.toBeChecked();
  await run('invalid-url-domain');
  expect(await hooked()).toBe(false);
  await expect(panel.locator('.jssdk-row')).toHaveCount(0);

  await toggle.check();
  await expect.poll(() => hooked()).toBe(true);
  await run('invalid-signature');
  await run('success');
  await run('agentconfig-40093');
  await run('fail-nopermission');
  await expect(panel.locator('.jssdk-row[data-api="config"]')).toHaveCount(2);
  await expect(panel.locator('.jssdk-row[data-api="config"][data-state="error"]')).toContainText('63002');
  await expect(panel.locator('.jssdk-row[data-api="chooseImage"]')).toHaveAttribute('data-state', 'ok');
  await expect(panel.locator('.jssdk-row[data-api="agentConfig"]')).toHaveAttribute('data-state', 'error');
  await expect(panel.locator('.jssdk-row[data-api="sendChatMessage"]')).toContainText('fail_nopermission');

  // The failing wx.config: what it means, masked arguments, and the doctor with the pasted ticket.
  await panel.locator('.jssdk-row[data-api="config"][data-state="error"]').click();
  const details = panel.locator('.jssdk-details');
  await expect(details.locator('.meaning')).toContainText(/signature/i);
  await expect(details.locator('.fixes li').first()).toBeVisible();
  const args = await details.locator('.jssdk-args').textContent();
  expect(args).toContain('"signature": "***');
  await expect(details.locator('.signed-url')).toHaveText(`${inspector.demoUrl}jssdk`);
  await details.locator('.doctor-ticket input').fill(DEMO_TICKET);
  await expect(details.locator('.doctor-verdict')).toHaveClass(/mismatch/);
  await expect(details.locator('.signed-string')).toContainText('jsapi_ticket=***only&noncestr=');
  await expect(details).not.toContainText(DEMO_TICKET);
  // The working wx.config: the same ticket gives the signature the page passed.
  await panel.locator('.jssdk-row[data-api="config"][data-state="ok"]').click();
  await details.locator('.doctor-ticket input').fill(DEMO_TICKET);
  await expect(details.locator('.doctor-verdict')).toHaveClass(/match/);

  // The ticket call the page made is linked, and leads to the network call.
  await details.locator('.ticket-calls button').first().click();
  await expect(panel.locator('.view-tab.view-network')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.locator('.details h2')).toContainText(/JS-SDK or card API ticket|JS-SDK \/ 卡券 ticket/);

  // A navigation wipes the page's hook; capture hooks the new page again (the switch is remembered per site).
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await panel.locator('.view-tab.view-jssdk').click();
  await expect(toggle).toBeChecked();
  await expect(panel.locator('.jssdk-row')).toHaveCount(0);
  await expect.poll(() => hooked()).toBe(true);
  await run('spa-pushstate');
  await expect(panel.locator('.jssdk-row[data-api="config"]')).toHaveCount(2);
  await panel.locator('.jssdk-row[data-api="config"][data-state="error"]').click();
  await expect(details.locator('.doctor-warning.entry-url')).toContainText(`${inspector.demoUrl}jssdk`);
});

test('JS-SDK in desktop Chrome: a page bundling the SDKs waits for WeixinJSBridge and the tab says so; a bridge call is listed, decoded and masked', async ({ inspector }) => {
  const { page } = inspector;
  await serveBridgePage(page, await bundleBridgeApp(), 'none');
  await page.goto(`${BRIDGE_ORIGIN}/page`);
  await page.waitForSelector('body[data-started="true"]', { state: 'attached' });
  const panel = await inspector.showPanel();
  await panel.locator('.view-tab.view-jssdk').click();
  await expect(panel.locator('.jssdk-consent')).toContainText(BRIDGE_ORIGIN);
  await panel.locator('input.jssdk-switch').check();
  // @wecom/jssdk looks for the bridge as it loads: the hook must be there before the page's scripts.
  await panel.locator('button.jssdk-reload').click();
  await expect(panel.locator('.jssdk-view .bridge-missing')).toContainText('only WeChat');

  await page.waitForSelector('body[data-started="true"]', { state: 'attached' });
  await injectFakeBridge(page);
  await expect(panel.locator('.jssdk-view .bridge-missing')).toHaveCount(0);
  // A page calling the bridge itself, as pages paying with getBrandWCPayRequest do.
  await page.evaluate((signature) => {
    const bridge = (window as unknown as { WeixinJSBridge: { invoke(name: string, params: unknown, cb: () => void): void } }).WeixinJSBridge;
    bridge.invoke('preVerifyJSAPI', { verifyAppId: 'wx2421b1c4370ec43b', verifyTimestamp: '1414587457', verifyNonceStr: 'n0nce', verifySignature: signature, verifyJsApiList: ['chooseImage'] }, () => undefined);
  }, WX_SIGNATURE);
  const row = panel.locator('.jssdk-row[data-api="config"]');
  await expect(row).toHaveAttribute('data-state', 'error');
  await expect(row.locator('.bridge-mark')).toBeVisible();
  await row.click();
  await expect(panel.locator('.jssdk-details .meaning')).toContainText(/signature/i);
  expect(await panel.locator('.jssdk-view').textContent()).not.toContain(WX_SIGNATURE);
});
