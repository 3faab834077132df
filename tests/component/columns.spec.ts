import type { Page } from '@playwright/test';
import { expect, test, type FakeCall } from '../support/component-fixture';

const T0 = Date.parse('2026-11-21T10:00:00Z');
const call = (i: number, path: string, errcode: number | null, status = 200): FakeCall => ({
  url: `https://api.weixin.qq.com${path}`,
  startedDateTime: new Date(T0 + i * 1000).toISOString(),
  status,
  content: errcode === null ? '{"ip_list":[]}' : JSON.stringify({ errcode, errmsg: 'x' }),
});
const calls = [call(0, '/cgi-bin/token', 40164), call(1, '/cgi-bin/getcallbackip', null), call(2, '/sns/jscode2session', 40029, 500), call(3, '/cgi-bin/message/template/send', 42001)];
const codes = (panel: Page) => panel.locator('.viewport .row[data-state]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-errcode')));

test('a click on a header sorts by it (ascending, descending, then the log order), with aria-sort; remembered', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: calls });
  await expect(panel.locator('.row[data-state]')).toHaveCount(4);
  const errcode = panel.getByRole('columnheader', { name: 'errcode' });
  await expect(errcode).toHaveAttribute('aria-sort', 'none');
  await errcode.click();
  await expect(errcode).toHaveAttribute('aria-sort', 'ascending');
  expect(await codes(panel)).toEqual(['40029', '40164', '42001', '']);
  await errcode.click();
  await expect(errcode).toHaveAttribute('aria-sort', 'descending');
  expect(await codes(panel)).toEqual(['42001', '40164', '40029', '']);
  // By keyboard: Enter on a focused header.
  const status = panel.getByRole('columnheader', { name: 'Status' });
  await status.focus();
  await panel.keyboard.press('Enter');
  await expect(status).toHaveAttribute('aria-sort', 'ascending');
  await expect(errcode).toHaveAttribute('aria-sort', 'none');
  await panel.keyboard.press('Enter');
  expect((await codes(panel))[0]).toBe('40029');
  await panel.reload();
  await expect(panel.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'descending');
  expect((await codes(panel))[0]).toBe('40029');
  await panel.getByRole('columnheader', { name: 'Status' }).click();
  await expect(panel.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'none');
  expect(await codes(panel)).toEqual(['40164', '', '40029', '42001']);
  for (const name of ['Time', 'Duration']) await expect(panel.getByRole('columnheader', { name })).toHaveAttribute('aria-sort', 'none');
  await expect(panel.getByRole('columnheader', { name: 'Meaning' })).not.toHaveAttribute('aria-sort');
});

test('right-click on the header chooses the columns (checkboxes, keyboard too); a dragged width and the choice are remembered', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: calls });
  await expect(panel.locator('.row[data-state]')).toHaveCount(4);
  await panel.getByRole('columnheader', { name: 'Method' }).click({ button: 'right' });
  const menu = panel.getByRole('menu', { name: 'Columns' });
  await expect(menu.getByRole('menuitemcheckbox')).toHaveText(['Time', 'Method', 'Name', 'Path', 'Status', 'Duration']);
  const method = menu.getByRole('menuitemcheckbox', { name: 'Method' });
  await expect(method).toHaveAttribute('aria-checked', 'true');
  await method.click();
  await expect(method).toHaveAttribute('aria-checked', 'false');
  await expect(panel.locator('.viewport .row .c-method').first()).toBeHidden();
  // Keyboard: from Method, the arrow goes to Name; Space toggles it, Esc closes.
  await expect(method).toBeFocused();
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press(' ');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Name' })).toHaveAttribute('aria-checked', 'false');
  await panel.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(panel.locator('.viewport .row .c-name').first()).toBeHidden();
  // The cells of the remaining columns stay under their headers.
  const left = (sel: string) => panel.locator(sel).first().evaluate((el) => Math.round(el.getBoundingClientRect().left));
  expect(await left('.viewport .row .c-errcode')).toBe(await left('.row.header .c-errcode'));

  const path = panel.locator('.row.header .c-endpoint');
  const before = (await path.boundingBox())!;
  const handle = path.locator('.col-resizer');
  const h = (await handle.boundingBox())!;
  await panel.mouse.move(h.x + 2, h.y + h.height / 2);
  await panel.mouse.down();
  await panel.mouse.move(h.x + 2 + 120, h.y + h.height / 2, { steps: 4 });
  await panel.mouse.up();
  const after = (await path.boundingBox())!;
  expect(after.width).toBeGreaterThan(before.width + 60);
  expect(await left('.viewport .row .c-status')).toBe(await left('.row.header .c-status'));

  await panel.reload();
  await expect(panel.locator('.row[data-state]')).toHaveCount(4);
  await expect(panel.locator('.viewport .row .c-method').first()).toBeHidden();
  await expect(panel.locator('.viewport .row .c-name').first()).toBeHidden();
  expect(Math.abs((await path.boundingBox())!.width - after.width)).toBeLessThan(2);
});

test('a stored preference of the wrong shape is ignored: the defaults apply', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: calls });
  await panel.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ 'pref.sort': { key: 'path', dir: 'up' }, 'pref.hiddenColumns': 'all', 'pref.columnWidths': { time: -5, status: 'wide' }, 'pref.splitSide': 400 }),
  );
  await panel.reload();
  await expect(panel.locator('.row[data-state]')).toHaveCount(4);
  await expect(panel.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'none');
  await expect(panel.locator('.viewport .row .c-time').first()).toBeVisible();
  await panel.locator('.row[data-errcode="40164"]').click();
  await expect(panel.getByRole('separator')).toHaveAttribute('aria-valuenow', '45');
});
