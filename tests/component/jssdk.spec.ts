import { expect, test } from '../support/component-fixture';

const PAGE = 'https://h5.example.com/shop/index.html?from=menu';
const config = (id: number, args: unknown) => ({ kind: 'call', id, api: 'config', args, url: PAGE, at: Date.now() });

test('the JS-SDK view is off until switched on for the site, then lists what the hook reports', async ({ openPanel }) => {
  const { panel, jssdk, capture } = await openPanel();
  await panel.locator('.view-tab.view-jssdk').click();
  await expect(panel.locator('.jssdk-consent')).toContainText('https://h5.example.com');
  await expect(panel.locator('.jssdk-view .empty')).toContainText('Switch capture on');
  expect(await capture.evaluate(() => (window as unknown as { __fake: { hooked(): boolean } }).__fake.hooked())).toBe(false);
  await panel.locator('input.jssdk-switch').check();
  await expect.poll(() => capture.evaluate(() => (window as unknown as { __fake: { hooked(): boolean } }).__fake.hooked())).toBe(true);
  await jssdk([
    config(1, { appId: 'wx1', timestamp: 1414587457, nonceStr: 'n', signature: 'abcdefabcdefabcdefabcdefabcdefabcdefabcd', jsApiList: [] }),
    { kind: 'error', res: { errMsg: 'config:fail,Error: 系统错误，错误码：63002,invalid signature' }, url: PAGE, at: Date.now() },
    { kind: 'call', id: 2, api: 'scanQRCode', args: {}, url: PAGE, at: Date.now() },
    { kind: 'result', id: 2, callback: 'fail', res: { errMsg: 'scanQRCode:fail, something nobody has seen' }, url: PAGE, at: Date.now() },
  ]);
  await expect(panel.locator('.jssdk-row')).toHaveCount(2);
  await expect(panel.locator('.view-tab.view-jssdk')).toContainText('2 failed');
  await panel.locator('.jssdk-row[data-api="config"]').click();
  await expect(panel.locator('.jssdk-details .meaning')).toContainText(/signature/i);
  await expect(panel.locator('.jssdk-args')).not.toContainText('abcdefabcdefabcdefabcdefabcdefabcdefabcd');
  await panel.getByLabel('Reveal secrets').check();
  await expect(panel.locator('.jssdk-args')).toContainText('abcdefabcdefabcdefabcdefabcdefabcdefabcd');
  await panel.locator('.jssdk-row[data-api="scanQRCode"]').click();
  await expect(panel.locator('.jssdk-details .meaning')).toBeVisible();
});

test('whatever the page reports — wrong types, huge strings, junk — the view stays up and keeps the good events', async ({ openPanel }) => {
  const { panel, jssdk, capture } = await openPanel();
  await panel.locator('.view-tab.view-jssdk').click();
  await panel.locator('input.jssdk-switch').check();
  // The events are the hook's: report them once it is in the page (as the first test does).
  await expect.poll(() => capture.evaluate(() => (window as unknown as { __fake: { hooked(): boolean } }).__fake.hooked())).toBe(true);
  const huge = 'x'.repeat(300_000);
  await jssdk([
    null,
    42,
    'config:fail',
    { kind: 'call', id: 'one', api: 'config' },
    { kind: 'call', id: 1, api: 7 },
    { kind: 'result', id: 99, callback: 'fail', res: { errMsg: 'orphan:fail' } },
    { kind: 'error', res: { errMsg: 'config:invalid url domain' } },
    { kind: 'call', id: 3, api: 'chooseImage', args: { big: huge, nested: { deeper: [1, 2, { x: null }] } }, url: 12, at: 'soon' },
    { kind: 'result', id: 3, callback: 'complete', res: huge, url: PAGE, at: Date.now() },
    config(4, 'not an object'),
  ]);
  await expect(panel.locator('.jssdk-row')).toHaveCount(2);
  await panel.locator('.jssdk-row[data-api="chooseImage"]').click();
  await expect(panel.locator('.jssdk-details')).toBeVisible();
  await panel.locator('.jssdk-row[data-api="config"]').click();
  await expect(panel.locator('.doctor .missing')).toContainText('appId');
});

test('calls seen on WeixinJSBridge: one row each, named as the SDK names them, the bridge’s side masked; the wait for a bridge that never comes said', async ({ openPanel }) => {
  const { panel, jssdk, capture } = await openPanel();
  await panel.locator('.view-tab.view-jssdk').click();
  await panel.locator('input.jssdk-switch').check();
  await expect.poll(() => capture.evaluate(() => (window as unknown as { __fake: { hooked(): boolean } }).__fake.hooked())).toBe(true);
  const signature = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';
  const at = Date.now();
  await jssdk([{ kind: 'bridge-wait', url: PAGE, at }]);
  await expect(panel.locator('.jssdk-view .bridge-missing')).toContainText('only WeChat');
  await jssdk([
    { kind: 'bridge-ready', url: PAGE, at },
    { kind: 'call', id: 1, api: 'preVerifyJSAPI', sdk: 'bridge', args: { verifyAppId: 'wx2421b1c4370ec43b', verifyTimestamp: '1414587457', verifyNonceStr: 'n0nce', verifySignature: signature, verifyJsApiList: ['chooseImage'] }, url: PAGE, at },
    { kind: 'result', id: 1, callback: 'complete', res: { err_msg: 'preVerifyJSAPI:fail_invalid url domain' }, url: PAGE, at },
    { kind: 'call', id: 2, api: 'selectExternalContact', sdk: 'ww', args: {}, url: PAGE, at },
    { kind: 'call', id: 3, api: 'selectExternalContact', sdk: 'bridge', args: { verifySignature: signature }, url: PAGE, at },
    { kind: 'result', id: 3, callback: 'complete', res: { err_msg: 'selectExternalContact:fail_nopermission' }, url: PAGE, at },
    { kind: 'result', id: 2, callback: 'fail', res: { errMsg: 'selectExternalContact:fail_nopermission' }, url: PAGE, at },
  ]);
  await expect(panel.locator('.jssdk-view .bridge-missing')).toHaveCount(0);
  await expect(panel.locator('.jssdk-row')).toHaveCount(2);
  const config = panel.locator('.jssdk-row[data-api="config"]');
  await expect(config).toHaveAttribute('data-state', 'error');
  await expect(config.locator('.bridge-mark')).toHaveText('bridge');
  await expect(panel.locator('.jssdk-row[data-api="selectExternalContact"]')).toContainText('ww.selectExternalContact');
  await config.click();
  const details = panel.locator('.jssdk-details');
  await expect(details.locator('.meaning')).toContainText(/domain/i);
  await expect(details.locator('.doctor .missing')).toHaveCount(0);
  await panel.locator('.jssdk-row[data-api="selectExternalContact"]').click();
  await expect(details.locator('.jssdk-bridge-res')).toContainText('fail_nopermission');
  expect(await panel.locator('.jssdk-view').textContent()).not.toContain(signature);
});
