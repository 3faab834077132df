import type { Page } from '@playwright/test';
import { expect, test, type FakeCall } from '../support/component-fixture';

const calls: FakeCall[] = [
  {
    url: 'https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=APPSECRET0123456789abcdef',
    content: '{"errcode":40164,"errmsg":"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3"}',
  },
  { url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww&corpsecret=CORPSECRET0123456789abcd', content: '{"errcode":60020,"errmsg":"not allow to access from your ip"}' },
];

/** Records what the panel hands to the clipboard API. */
async function recordClipboard(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void w.copied.push(text) }, configurable: true });
  });
}
const lastCopied = (panel: Page) => panel.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');

test('right-click on a row: copy formats masked, rid, URL, docs, and the Network filter copied where the browser cannot show it', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: calls });
  await panel.setViewportSize({ width: 420, height: 700 });
  await recordClipboard(panel);
  const row = panel.locator('.row[data-errcode="40164"]');
  await expect(row.locator('.c-meaning')).not.toHaveText(/Loading/);
  await row.click({ button: 'right' });
  const menu = panel.getByRole('menu', { name: 'Call actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Copy as bug report', 'Copy as cURL', 'Copy as fetch', 'Copy JSON', 'Copy rid', 'Copy URL (masked)', 'Official documentation', 'Show in Network panel (copy its filter)',
  ]);
  // The menu lies inside a narrow panel.
  const box = (await menu.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(420);
  await panel.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  const choose = async (name: string): Promise<string> => {
    await row.click({ button: 'right' });
    await panel.getByRole('menuitem', { name, exact: true }).click();
    await expect(menu).toHaveCount(0);
    return lastCopied(panel);
  };
  const report = await choose('Copy as bug report');
  expect(report).toContain('40164');
  expect(report).toContain('secret=***');
  expect(report).not.toContain('APPSECRET0123456789abcdef');
  expect(await choose('Copy as cURL')).toMatch(/^curl '.*secret=\*\*\*/);
  expect(await choose('Copy as fetch')).not.toContain('APPSECRET0123456789abcdef');
  expect(await choose('Copy rid')).toBe('5fab84d2-09424a07-00bd7fe3');
  const url = await choose('Copy URL (masked)');
  expect(url).toContain('secret=***');
  expect(url).not.toContain('APPSECRET0123456789abcdef');
  expect(await choose('Show in Network panel (copy its filter)')).toBe('api.weixin.qq.com/cgi-bin/token');
  await expect(panel.locator('.notice')).toContainText("paste it into the Network panel's filter box");

  // Answered here: tests reach nothing beyond loopback.
  await panel.context().route('https://developers.weixin.qq.com/**', (route) => route.fulfill({ body: 'doc', contentType: 'text/plain' }));
  const popup = panel.context().waitForEvent('page');
  await row.click({ button: 'right' });
  await panel.getByRole('menuitem', { name: 'Official documentation' }).click();
  const doc = await popup;
  await doc.waitForLoadState();
  expect(doc.url()).toMatch(/^https:\/\/developers\.weixin\.qq\.com\//);
});

test('the context-menu key and Shift+F10 open the menu on the selected row; arrows move, Esc closes and returns focus', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: calls, networkShow: true });
  await recordClipboard(panel);
  await panel.locator('.row[data-errcode="60020"]').click();
  const grid = panel.getByRole('grid');
  await grid.focus();
  await panel.keyboard.press('ContextMenu');
  const menu = panel.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(panel.getByRole('menuitem').first()).toBeFocused();
  await panel.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(grid).toBeFocused();

  await panel.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await panel.keyboard.press('End');
  await expect(panel.getByRole('menuitem', { name: 'Show in Network panel' })).toBeFocused();
  await panel.keyboard.press('ArrowUp');
  await expect(panel.getByRole('menuitem', { name: 'Official documentation' })).toBeFocused();
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  // Where the browser has devtools.panels.network.show, the item opens Network filtered to the call.
  expect(await panel.evaluate(() => (window as unknown as { networkShown: string[] }).networkShown)).toEqual(['qyapi.weixin.qq.com/cgi-bin/gettoken']);
  await expect(grid).toBeFocused();
});

test('the row menu speaks Chinese and follows the dark theme', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: calls, locale: 'zh-CN', theme: 'dark' });
  await panel.locator('.row[data-errcode="60020"]').click({ button: 'right' });
  const menu = panel.getByRole('menu', { name: '调用操作' });
  await expect(menu.getByRole('menuitem', { name: '复制 URL（已遮盖）' })).toBeVisible();
  const [bg, fg] = await menu.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  expect(bg).not.toBe(fg);
  expect(await panel.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  expect(bg).not.toBe('rgb(255, 255, 255)');
});
