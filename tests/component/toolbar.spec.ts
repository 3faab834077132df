import { perApiOnlyCode } from '../support/per-api-code';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type FakeCall } from '../support/component-fixture';

const T0 = Date.parse('2026-11-21T10:00:00Z');
const at = (i: number) => new Date(T0 + i * 1000).toISOString();
const calls: FakeCall[] = [
  { url: 'https://api.weixin.qq.com/cgi-bin/token?secret=APPSECRET0123456789abcdef', startedDateTime: at(0), content: '{"errcode":40164,"errmsg":"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3"}' },
  { url: 'https://api.weixin.qq.com/cgi-bin/getcallbackip?access_token=TOKEN0123456789abcdefghij', startedDateTime: at(1), content: '{"ip_list":[]}' },
  { url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww&corpsecret=CORPSECRET0123456789abcd', startedDateTime: at(2), content: '{"errcode":60020,"errmsg":"not allow to access from your ip, hint: [1], from ip: 203.0.113.7, more info at https://open.work.weixin.qq.com/devtool/query?e=60020"}' },
  { url: 'https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=TOKEN0123456789abcdefghij', method: 'POST', requestBody: '{"touser":"o1"}', startedDateTime: at(3), content: '{"errcode":42001,"errmsg":"access_token expired rid: 5fab84d2-09424a07-00bd7fe4"}' },
  { url: 'https://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=TOKEN0123456789abcdefghij', startedDateTime: at(4), content: '{"errcode":0,"errmsg":"ok"}' },
];

/** Records what the panel hands to the clipboard API. */
async function recordClipboard(panel: import('@playwright/test').Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void w.copied.push(text) }, configurable: true });
  });
}
const lastCopied = (panel: import('@playwright/test').Page) => panel.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');

test('filters: errors only, product, text over code / path / name / meaning, regex', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...calls);
  const rows = panel.locator('.row[data-state]');
  await expect(rows).toHaveCount(5);
  await panel.getByLabel('Errors only').check();
  await expect(rows).toHaveCount(3);
  await expect(panel.locator('.count-shown')).toHaveText('3 of 5 shown');
  await panel.getByLabel('Errors only').uncheck();
  await panel.getByLabel('Product').selectOption('wecom');
  await expect(rows).toHaveCount(2);
  await panel.getByLabel('Product').selectOption('all');
  const text = panel.locator('input.filter-text');
  await text.fill('42001');
  await expect(rows).toHaveCount(1);
  await text.fill('getcallbackip');
  await expect(rows).toHaveCount(1);
  await text.fill('template message');
  await expect(rows).toHaveCount(1);
  await text.fill('whitelist');
  await expect(rows).toHaveCount(2);
  await panel.getByLabel('Regex').check();
  await text.fill('^4\\d{4}$');
  await expect(rows).toHaveCount(2);
  await text.fill('([');
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toHaveCount(0);
  await panel.locator('.toolbar button.clear').focus();
  await panel.keyboard.press('Control+f');
  await expect(text).toBeFocused();
});

test('previous / next failing call by button and by keyboard', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...calls);
  await panel.getByRole('button', { name: /Next failing call/ }).click();
  await expect(panel.locator('.row.selected')).toHaveAttribute('data-errcode', '40164');
  await panel.getByRole('button', { name: /Next failing call/ }).click();
  await expect(panel.locator('.row.selected')).toHaveAttribute('data-errcode', '60020');
  await panel.locator('.grid').focus();
  await panel.keyboard.press(']');
  await expect(panel.locator('.row.selected')).toHaveAttribute('data-errcode', '42001');
  await panel.keyboard.press(']');
  await expect(panel.locator('.row.selected')).toHaveAttribute('data-errcode', '40164');
  await panel.keyboard.press('[');
  await expect(panel.locator('.row.selected')).toHaveAttribute('data-errcode', '42001');
});

test('the lookup box answers any code on every platform', async ({ openPanel }) => {
  const { panel } = await openPanel();
  const box = panel.getByLabel('Look up an error code on every platform').first();
  await box.fill('40001');
  await expect(panel.locator('.lookup-result')).toHaveCount(2);
  await expect(panel.locator('.lookup-result[data-platform="wecom"] a')).toHaveAttribute('href', 'https://open.work.weixin.qq.com/devtool/query?e=40001');
  await box.fill('SIGN_ERROR');
  await expect(panel.locator('.lookup-result[data-platform="pay"]')).toHaveCount(1);
  await box.fill('987654321');
  await expect(panel.locator('.lookup-results')).toHaveText('Not a known code on any platform');
  // A code only some APIs define: the box names them.
  const perApi = perApiOnlyCode();
  if (perApi) {
    await box.fill(String(perApi.code));
    const result = panel.locator(`.lookup-result[data-platform="${perApi.platform}"]`);
    await expect(result).toContainText('is not in the global code lists');
    await expect(result.locator('.defined-on')).toContainText('Defined by:');
    await expect(result.locator('.defined-on code').first()).toHaveText(perApi.path);
  }
});

test('copies are masked until secrets are revealed, and revealing is not remembered', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...calls);
  await recordClipboard(panel);
  await panel.locator('.row[data-errcode="40164"]').click();
  await panel.getByRole('button', { name: 'Copy as bug report' }).click();
  const report = await lastCopied(panel);
  expect(report).toContain('40164');
  expect(report).toContain('5fab84d2-09424a07-00bd7fe3');
  expect(report).toMatch(/How to fix[\s\S]*203\.0\.113\.7/);
  expect(report).toContain('secret=***cdef');
  expect(report).not.toContain('APPSECRET0123456789abcdef');
  await panel.getByRole('button', { name: 'Copy as cURL' }).click();
  expect(await lastCopied(panel)).toMatch(/^curl 'https:\/\/api\.weixin\.qq\.com\/cgi-bin\/token\?secret=\*\*\*cdef'/);
  await panel.getByRole('button', { name: 'Copy as fetch' }).click();
  expect(await lastCopied(panel)).toMatch(/^fetch\("https:/);
  await panel.getByRole('button', { name: 'Copy JSON' }).click();
  expect(JSON.parse(await lastCopied(panel))).toMatchObject({ errcode: 40164 });

  await panel.getByLabel('Reveal secrets').check();
  await expect(panel.locator('.reveal-banner')).toBeVisible();
  await panel.getByRole('button', { name: 'Copy as cURL' }).click();
  expect(await lastCopied(panel)).toContain('APPSECRET0123456789abcdef');
  await panel.reload();
  await expect(panel.getByLabel('Reveal secrets')).not.toBeChecked();
});

test('HAR export is masked and imports back, by file picker and by drop', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...calls);
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export HAR' }).click();
  const file = join(tmpdir(), `export-${Date.now()}.har`);
  await (await download).saveAs(file);
  const har = await readFile(file, 'utf8');
  expect(JSON.parse(har).log.entries).toHaveLength(5);
  for (const secret of ['APPSECRET0123456789abcdef', 'TOKEN0123456789abcdefghij', 'CORPSECRET0123456789abcd']) expect(har).not.toContain(secret);

  await panel.getByRole('button', { name: 'Clear the captured calls' }).click();
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);
  await panel.locator('input.import-har').setInputFiles(file);
  await expect(panel.locator('.notice')).toContainText('Imported 5 WeChat calls');
  await expect(panel.locator('.row[data-state]')).toHaveCount(5);
  await expect(panel.locator('.row[data-errcode="40164"]')).toHaveAttribute('data-state', 'error');
  await expect(panel.locator('.row[data-errcode="40164"] .badge.imported')).toHaveText('HAR');

  await panel.evaluate(async (text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.har', { type: 'application/json' }));
    document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, har);
  await expect(panel.locator('.notice')).toContainText('from dropped.har');
  await expect(panel.locator('.row[data-state]')).toHaveCount(10);

  const bad = join(tmpdir(), `bad-${Date.now()}.har`);
  await writeFile(bad, 'this is not json');
  await panel.locator('input.import-har').setInputFiles(bad);
  await expect(panel.locator('.notice')).toHaveText(/That file is not JSON/);
});

test('a server secret sent from the page is flagged as a leak', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...calls);
  await expect(panel.locator('.row[data-leak="true"]')).toHaveCount(2);
  await panel.locator('.row[data-errcode="60020"]').click();
  await expect(panel.locator('.leak-warning')).toContainText('corpsecret');
});

test('details show the request as a table and tree, the response searchable, headers and timing', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...calls);
  await panel.locator('.row[data-errcode="42001"]').click();
  await panel.getByRole('tab', { name: 'Request' }).click();
  await expect(panel.locator('.query-table')).toContainText('access_token');
  await expect(panel.locator('.query-table')).not.toContainText('TOKEN0123456789abcdefghij');
  await expect(panel.locator('.request-tab .json-tree')).toContainText('touser');
  await panel.getByRole('tab', { name: 'Response' }).click();
  await expect(panel.locator('.response-tab .json-tree')).toContainText('42001');
  await panel.getByRole('button', { name: 'Raw' }).click();
  await panel.getByLabel('Search the response').fill('expired');
  await expect(panel.locator('.body-raw mark')).toHaveText('expired');
  await expect(panel.locator('.match-count')).toHaveText('1 match');
  await panel.getByRole('tab', { name: 'Headers' }).click();
  await expect(panel.locator('.headers-tab')).toContainText('Request headers');
  await panel.getByRole('tab', { name: 'Timing' }).click();
  await expect(panel.locator('.timing-tab')).toContainText('35.0 ms');
});

test('every control has an accessible name, and the empty state explains what is watched', async ({ openPanel }) => {
  const { panel } = await openPanel();
  await expect(panel.locator('.empty')).toContainText('CORS');
  await expect(panel.locator('.empty')).toContainText('backend');
  await expect(panel.locator('.empty .firefox-hint')).toHaveCount(0);
  const unnamed = await panel.evaluate(() =>
    [...document.querySelectorAll('button, input, select, [role="grid"], [role="tab"]')]
      .filter((el) => {
        const label = el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent?.trim() || (el as HTMLInputElement).labels?.[0]?.textContent?.trim();
        return !label;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
});

test("in Firefox the empty state says that its Network panel must be opened once", async ({ openPanel }) => {
  const { panel } = await openPanel({ firefox: true });
  await expect(panel.locator('.empty .firefox-hint')).toContainText('Network panel has been opened once');
});
