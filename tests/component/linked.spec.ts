import { expect, test, type FakeCall } from '../support/component-fixture';

/*
 * The devtools page and the panel as sibling frames, as in Chromium's DevTools window: the panel reads
 * the devtools page's log itself (src/link/capture-link.ts) instead of a mirror fed over the channel.
 */
const API = 'https://api.weixin.qq.com';
const failing = (path: string, errcode: number): FakeCall => ({ url: `${API}${path}?access_token=T`, content: JSON.stringify({ errcode, errmsg: `e${errcode}` }) });
const har = [failing('/cgi-bin/token', 40164)];

test('the panel reads the devtools page’s log: backfill, live calls, clear, navigation and preserve log', async ({ openLinkedPanel }) => {
  const { frames, finish, navigate } = await openLinkedPanel({ har });
  const { capture, panel } = frames;
  await expect(panel.locator('html')).toHaveAttribute('data-transport', 'direct');
  await expect(panel.locator('.row[data-errcode="40164"]')).toHaveCount(1);
  await finish(failing('/cgi-bin/user/info', 42001));
  await expect(panel.locator('.row[data-errcode="42001"]')).toHaveAttribute('data-state', 'error');
  await expect(panel.locator('.count-calls')).toHaveText('2 WeChat calls');

  await panel.getByRole('button', { name: 'Clear the captured calls' }).click();
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);
  await expect.poll(() => capture.evaluate(() => (window as unknown as { __wechatApiInspectorCapture: { store: { calls: unknown[] } } }).__wechatApiInspectorCapture.store.calls.length)).toBe(0);

  await finish(failing('/cgi-bin/token', 40164));
  // Shown first: else "0 rows" could be read before the call arrived (see panel.spec.ts).
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
  await navigate('http://localhost/next');
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);
  await panel.locator('input.preserve-log').check();
  await finish(failing('/cgi-bin/token', 42001));
  await navigate('http://localhost/again');
  await panel.waitForTimeout(500);
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
});

test('a panel loaded again finds the log and settings as they are; the one it replaced is no longer called', async ({ openLinkedPanel }) => {
  const { frames, finish } = await openLinkedPanel({ har });
  await frames.panel.locator('input.preserve-log').check();
  await finish(failing('/cgi-bin/user/info', 42001));
  await expect(frames.panel.locator('.row[data-state]')).toHaveCount(2);
  // The store's listeners (a private field, read as the page sees it): the panel's is one of them.
  const listeners = () => frames.capture.evaluate(() => (globalThis as unknown as { __wechatApiInspectorCapture: { store: { listeners: Set<unknown> } } }).__wechatApiInspectorCapture.store.listeners.size);
  const withOnePanel = await listeners();
  await frames.host.evaluate(() => document.querySelectorAll('iframe')[1]!.remove());
  expect(await listeners()).toBe(withOnePanel - 1);
  const errors: string[] = [];
  frames.host.on('pageerror', (e) => errors.push(e.message));
  const panel = await frames.addPanel();
  await expect(panel.locator('.row[data-state]')).toHaveCount(2);
  await expect(panel.locator('input.preserve-log')).toBeChecked();
  await finish(failing('/cgi-bin/menu/get', 46003));
  await expect(panel.locator('.row[data-errcode="46003"]')).toHaveCount(1);
  expect(await listeners()).toBe(withOnePanel);
  expect(errors).toEqual([]);
});
