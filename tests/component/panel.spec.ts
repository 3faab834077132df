import { expect, test, type FakeCall } from '../support/component-fixture';

const API = 'https://api.weixin.qq.com';
const QY = 'https://qyapi.weixin.qq.com';
const failing = (url: string, code: number, errmsg = 'x'): FakeCall => ({ url, content: JSON.stringify({ errcode: code, errmsg }) });

test('an empty log says what the panel watches', async ({ openPanel }) => {
  const { panel } = await openPanel();
  await expect(panel.locator('.empty')).toContainText('api.weixin.qq.com');
  await expect(panel.locator('.empty')).toContainText('qyapi.weixin.qq.com');
});

test('calls captured before the panel opened are shown, failures standing out', async ({ openPanel }) => {
  const { panel } = await openPanel({
    before: [failing(`${API}/cgi-bin/token?secret=0123456789abcdef0123`, 40013), { url: `${API}/cgi-bin/getcallbackip`, content: '{"ip_list":[]}' }],
  });
  const bad = panel.locator('.row[data-errcode="40013"]');
  const good = panel.locator('.row[data-state="ok"]');
  await expect(bad).toHaveAttribute('data-state', 'error');
  await expect(good).toHaveCount(1);
  const background = (l: typeof bad) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(bad)).not.toBe(await background(good));
  await expect(bad.locator('.c-endpoint')).toHaveAttribute('title', `${API}/cgi-bin/token?secret=***0123`);
  await expect(panel.locator('.count-failures')).toHaveText('1 failed');
});

test('meanings are per platform: the same code reads differently on weixin and wecom', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(failing(`${API}/cgi-bin/token`, 40001), failing(`${QY}/cgi-bin/gettoken`, 40001));
  const weixin = panel.locator('.row[data-platform="weixin"] .c-meaning');
  const wecom = panel.locator('.row[data-platform="wecom"] .c-meaning');
  await expect(weixin).not.toHaveText(/Loading/);
  expect(await weixin.textContent()).not.toBe(await wecom.textContent());
});

test('unknown codes and missing bodies are stated, not guessed', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(failing(`${API}/cgi-bin/token`, 987654321), { url: `${API}/cgi-bin/menu/get`, content: null });
  await expect(panel.locator('.row[data-errcode="987654321"] .c-meaning')).toHaveText('Code 987654321 is not in the knowledge base');
  const missing = panel.locator('.row[data-state="no-body"] .c-meaning');
  await expect(missing).toHaveText('Body unavailable');
  await expect(missing).toHaveAttribute('title', /CORS/);
});

test('bad input never breaks the panel, and no call is lost', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  const huge = JSON.stringify({ errcode: 45009, errmsg: 'reach max api daily quota limit', pad: 'x'.repeat(5_000_000) });
  const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('base64');
  const calls: FakeCall[] = [
    { url: `${API}/cgi-bin/a`, content: huge },
    { url: `${API}/cgi-bin/b`, content: bytes, encoding: 'base64' },
    { url: `${API}/cgi-bin/c`, content: '<html><body>502 Bad Gateway</body></html>', status: 502 },
    { url: `${API}/cgi-bin/d`, content: '{"errcode": {"nested": true}, "errmsg": 42}' },
    { url: `${API}/cgi-bin/e`, content: '{"errcode": 40001, "errmsg": "trunc' },
    { url: `${API}/cgi-bin/f`, content: '' , status: 204 },
    { url: `${API}/cgi-bin/g`, content: '%%% not base64 %%%', encoding: 'base64' },
    { url: `${API}/cgi-bin/h`, content: '[1,2,3]' },
    { url: `${API}/cgi-bin/i`, content: '{"errcode":"40001","errmsg":"<img src=x onerror=alert(1)>"}' },
  ];
  await finish(...calls);
  await expect(panel.locator('.row[data-state]')).toHaveCount(calls.length);
  await expect(panel.locator('.row[data-errcode="45009"]')).toHaveAttribute('data-state', 'error');
  await expect(panel.locator('.c-endpoint', { hasText: '/cgi-bin/c' }).locator('..')).toHaveAttribute('data-state', 'error');
  // Response text is rendered as text: the markup in an errmsg is not turned into an element.
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(panel.locator('.row[data-errcode="40001"] .c-errcode')).toHaveAttribute('title', '<img src=x onerror=alert(1)>');
});

test('a failed HAR backfill is said, and capture goes on', async ({ openPanel }) => {
  const { panel, finish } = await openPanel({ har: 'fail' });
  await expect(panel.locator('.banner')).toBeVisible();
  await finish(failing(`${API}/cgi-bin/token`, 40164));
  await expect(panel.locator('.row[data-errcode="40164"]')).toHaveCount(1);
});

test('the HAR backfill lists the calls DevTools already had', async ({ openPanel }) => {
  const { panel } = await openPanel({ har: [failing(`${QY}/cgi-bin/gettoken`, 60020), { url: 'https://example.test/x', content: '{}' }] });
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
  await expect(panel.locator('.row[data-errcode="60020"]')).toHaveCount(1);
});

test('clear empties the log; navigation clears it unless preserve log is on', async ({ openPanel }) => {
  const { panel, finish, navigate } = await openPanel();
  await finish(failing(`${API}/cgi-bin/token`, 40164));
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Clear the captured calls' }).click();
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);

  await finish(failing(`${API}/cgi-bin/token`, 40164));
  // Shown first: else "0 rows" could be read before the call arrived, and preserve log switched on
  // before the navigation (debounced) cleared it.
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
  await navigate('http://localhost/next');
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);

  await panel.locator('input.preserve-log').check();
  await finish(failing(`${API}/cgi-bin/token`, 42001));
  await navigate('http://localhost/again');
  await panel.waitForTimeout(500);
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
});

test('follows the DevTools theme, also when it changes', async ({ openPanel }) => {
  const { panel, setTheme } = await openPanel({ theme: 'dark' });
  await expect(panel.locator('html')).toHaveAttribute('data-theme', 'dark');
  await setTheme('default');
  await expect(panel.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('speaks Chinese in a Chinese browser, and switches language', async ({ openPanel }) => {
  const { panel, finish } = await openPanel({ locale: 'zh-CN' });
  await expect(panel.locator('.empty h2')).toHaveText('等待微信接口调用');
  await finish(failing(`${API}/cgi-bin/token`, 40001));
  await expect(panel.locator('.count-calls')).toHaveText('1 个微信接口调用');
  await panel.locator('select.lang').selectOption('en');
  await expect(panel.locator('.count-calls')).toHaveText('1 WeChat call');
});

test('a long log renders only the rows in view', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  const start = Date.parse('2026-11-21T10:00:00Z');
  await finish(...Array.from({ length: 2000 }, (_, i) => ({ ...failing(`${API}/cgi-bin/token`, 40001 + (i % 50)), startedDateTime: new Date(start + i).toISOString() })));
  await expect(panel.locator('.count-calls')).toHaveText('2000 WeChat calls');
  const rendered = await panel.locator('.row[data-state]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);
});
