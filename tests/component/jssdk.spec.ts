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
