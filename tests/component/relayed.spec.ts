import type { BrowserContext, Page } from '@playwright/test';
import { DIST } from '../support/devtools-fixture';
import { extensionIdForPath } from '../support/extension-id';
import { expect, test, type FakeCall } from '../support/component-fixture';

const BACKEND = 'https://admin.example.com';
const RID = 'rid: 6541f0a1-1b2c3d4e-5f6a7b8c';
const wrapped = (code: number, errmsg: string): FakeCall => ({
  url: `${BACKEND}/api/admin/send-template?access_token=ACCESS_TOKEN_0123456789abcdef`,
  method: 'POST',
  status: 500,
  content: JSON.stringify({ code: 500, data: { wx: { errcode: code, errmsg } } }),
});
const optionsUrl = `chrome-extension://${extensionIdForPath(DIST)}/src/shells/devtools/options/options.html`;

async function storage(page: Page, area: 'sync' | 'local', key: string): Promise<unknown> {
  return page.evaluate(async ([a, k]) => (await (globalThis as unknown as { chrome: { storage: Record<string, { get(k: string): Promise<Record<string, unknown>> }> } }).chrome.storage[a]!.get(k))[k], [area, key] as const);
}

async function openOptions(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(optionsUrl);
  await expect(page.locator('.options h1')).toBeVisible();
  return page;
}

test('relayed rows are marked, carry their source, and keep markup as text; business errcodes stay out', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(
    { url: `${BACKEND}/api/orders`, content: JSON.stringify({ errcode: 40001, errmsg: '参数错误' }) },
    wrapped(40164, `invalid ip 203.0.113.7 <img src=x onerror=alert(1)> ${RID}`),
    { url: 'https://api.weixin.qq.com/cgi-bin/token', content: JSON.stringify({ errcode: 42001, errmsg: 'access_token expired' }) },
  );
  const relayed = panel.locator('.row[data-source="relayed"]');
  await expect(relayed).toHaveCount(1);
  await expect(relayed).toHaveAttribute('data-errcode', '40164');
  await expect(relayed.locator('.badge.relayed')).toHaveText('relayed');
  await expect(panel.locator('.row[data-errcode="42001"]')).not.toHaveAttribute('data-source', /./);
  await expect(panel.locator('.row[data-errcode="40001"]')).toHaveCount(0);
  await relayed.click();
  await expect(panel.locator('.relay-url')).toHaveText(`${BACKEND}/api/admin/send-template?access_token=***cdef`);
  await expect(panel.locator('.relay-signals')).toContainText('rid');
  await expect(panel.locator('.details img')).toHaveCount(0);
});

test('"add a rule from this call" opens the options page with the rule drafted', async ({ openPanel }) => {
  const { panel, finish, context } = await openPanel();
  await finish(wrapped(40164, `invalid ip 203.0.113.7 ${RID}`));
  await panel.locator('.row[data-source="relayed"]').click();
  const opened = context.waitForEvent('page');
  await panel.locator('.details button.add-rule').click();
  const options = await opened;
  await expect(options.locator('.opt-notice')).toBeVisible();
  const rule = options.locator('.opt-rule').last();
  await expect(rule.locator('.f-hostGlob input')).toHaveValue('admin.example.com');
  await expect(rule.locator('.path-value')).toHaveValue('/api/admin/send-template');
  await expect(rule.locator('.f-errcodePath input')).toHaveValue('data.wx.errcode');
  await expect(rule.locator('.f-errmsgPath input')).toHaveValue('data.wx.errmsg');
  // The draft is handed over once: not stored any more.
  expect(await storage(options, 'local', 'ruleDraft')).toBeUndefined();
  await options.locator('button.save').click();
  await expect(options.locator('.opt-status')).toHaveText('Saved.');
  const saved = (await storage(options, 'sync', 'relayRules')) as { version: number; rules: Array<{ hostGlob: string }> };
  expect(saved.version).toBe(2);
  expect(saved.rules.map((r) => r.hostGlob)).toEqual(['admin.example.com']);
});

test('"Rules…" in the panel opens the options page, without a draft', async ({ openPanel }) => {
  const { panel, context } = await openPanel();
  const opened = context.waitForEvent('page');
  await panel.locator('button.open-options').click();
  const options = await opened;
  await expect(options.locator('.options h1')).toBeVisible();
  await expect(options).toHaveURL(/\/src\/shells\/devtools\/options\/options\.html$/);
  await expect(options.locator('.opt-rule')).toHaveCount(0);
  await expect(options.locator('.opt-notice')).toHaveCount(0);
});

test('options: add, validate, save, delete rules; settings; test a URL', async ({ openPanel }) => {
  const { context } = await openPanel();
  const page = await openOptions(context);
  await expect(page.locator('.auto-detect')).toBeChecked();
  await expect(page.locator('.path-everywhere')).not.toBeChecked();

  await page.locator('.opt-actions button.add-rule').click();
  const rule = page.locator('.opt-rule').first();
  await rule.locator('.f-hostGlob input').fill('bad host');
  await expect(rule.locator('.f-hostGlob input')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('button.save').click();
  await expect(page.locator('.opt-status')).toHaveText('Fix the fields marked invalid first.');
  expect(await storage(page, 'sync', 'relayRules')).toBeUndefined();

  await rule.locator('.f-hostGlob input').fill('*.example.com');
  await rule.locator('select.path-kind').selectOption('regex');
  await rule.locator('.path-value').fill('^/api/(wx|wecom)/');
  await rule.locator('.f-errcodePath input').fill('result.code');
  await rule.locator('.f-errmsgPath input').fill('result.message');
  await expect(rule).toHaveAttribute('data-valid', 'true');
  await page.locator('button.save').click();
  await expect(page.locator('.opt-status')).toHaveText('Saved.');

  await page.locator('.test-url').fill('https://shop.example.com/api/wx/send');
  await page.locator('.test-body').fill('{"result":{"code":40164,"message":"invalid ip"}}');
  await expect(page.locator('.test-result')).toHaveAttribute('data-kind', 'rule');
  await expect(page.locator('.test-result')).toContainText('errcode 40164');
  await page.locator('.test-url').fill('http://localhost:5173/cgi-bin/gettoken');
  await expect(page.locator('.test-result')).toHaveAttribute('data-kind', 'path');

  await page.locator('.auto-detect').uncheck();
  await expect(page.locator('.opt-status')).toHaveText('Saved.');
  await expect.poll(async () => ((await storage(page, 'sync', 'relayRules')) as { settings: { autoDetect: boolean } }).settings.autoDetect).toBe(false);

  await page.reload();
  await expect(page.locator('.opt-rule')).toHaveCount(1);
  await expect(page.locator('.auto-detect')).not.toBeChecked();
  await page.locator('.delete-rule').click();
  await page.locator('button.save').click();
  await expect(page.locator('.opt-status')).toHaveText('Saved.');
  expect(((await storage(page, 'sync', 'relayRules')) as { rules: unknown[] }).rules).toEqual([]);
});

test('options: stored rules of an older format are migrated, invalid ones reported, a newer format left alone', async ({ openPanel }) => {
  const { context } = await openPanel();
  const page = await openOptions(context);
  const set = (value: unknown) =>
    page.evaluate((v) => (globalThis as unknown as { chrome: { storage: { sync: { set(x: unknown): Promise<void> } } } }).chrome.storage.sync.set({ relayRules: v }), value);
  await set({ version: 1, rules: [{ pattern: 'admin.example.com/api/*', platform: 'weixin', codePath: 'data.wx' }, { pattern: 'no good/x' }] });
  await page.reload();
  await expect(page.locator('.opt-migrated')).toBeVisible();
  await expect(page.locator('.opt-dropped')).toContainText('1 stored rule was invalid');
  await expect(page.locator('.opt-rule .f-errcodePath input')).toHaveValue('data.wx.errcode');

  await set({ version: 99, rules: [] });
  await page.reload();
  await expect(page.locator('.opt-readonly')).toBeVisible();
  await expect(page.locator('button.save')).toBeDisabled();
});

test('the options page follows the system colour scheme and speaks Chinese', async ({ openPanel }) => {
  const { context } = await openPanel();
  const page = await openOptions(context);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('select.lang').selectOption('zh');
  await expect(page.locator('.options h1')).toHaveText('微信接口检查器：转发的错误与规则');
});
