import { expect, test } from '../support/devtools-fixture';

const row = (frame: import('@playwright/test').Frame, errcode: number | string) => frame.locator(`.row[data-errcode="${errcode}"]`);

test('calls made before the panel was first shown are listed, labelled, once it is', async ({ inspector }) => {
  await inspector.page.evaluate(async () => {
    const w = window as unknown as { runScenario(id: string): Promise<void> };
    await w.runScenario('token-40164');
    await w.runScenario('wecom-gettoken-60020');
  });
  const panel = await inspector.showPanel();
  // Real DevTools puts both extension pages in one window: the panel reads the devtools page's log directly.
  await expect(panel.locator('html')).toHaveAttribute('data-transport', 'direct');
  await expect(row(panel, 40164)).toHaveAttribute('data-state', 'error');
  await expect(row(panel, 60020)).toHaveAttribute('data-state', 'error');
  await expect(panel.locator('.row[data-state]')).toHaveCount(2);
  // Meanings come from data/, per platform; not the "unknown code" or "loading" placeholders.
  await expect(row(panel, 40164).locator('.c-meaning')).not.toHaveText(/knowledge base|Loading|知识库|正在加载/);
  await expect(row(panel, 60020).locator('.c-meaning')).not.toHaveText(/knowledge base|Loading|知识库|正在加载/);
  await expect(row(panel, 40164).locator('.c-endpoint')).toHaveAttribute('title', /secret=\*\*\*/);
  await expect(row(panel, 40164).locator('.c-endpoint')).not.toHaveAttribute('title', /0123456789abcdef0123456789abcdef/);
  // The endpoint is named, and the details turn the errmsg's IP into the fix.
  await expect(row(panel, 40164).locator('.c-name')).not.toBeEmpty();
  await row(panel, 60020).click();
  await expect(panel.locator('.details .fixes')).toContainText('203.0.113.7');
  await expect(panel.locator('.details .fixes')).toContainText(/trusted IP|企业可信IP/);
});

test('live calls: both hosts, http and https, a base64 body with Chinese text, a CORS-blocked call; other traffic ignored', async ({ inspector }) => {
  const panel = await inspector.showPanel();
  await expect(panel.locator('.empty')).toBeVisible();
  const count = await inspector.page.evaluate(async () => {
    const w = window as unknown as { demoScenarios: Array<{ id: string }>; runScenario(id: string): Promise<void> };
    for (const s of w.demoScenarios) await w.runScenario(s.id);
    await fetch('/not-wechat.json');
    return w.demoScenarios.length;
  });
  await expect(panel.locator('.row[data-state]')).toHaveCount(count);
  await expect(panel.locator('.row[data-platform="wecom"]')).toHaveCount(4);
  await expect(panel.locator('.c-endpoint', { hasText: 'not-wechat' })).toHaveCount(0);

  // Plain http to qyapi: listed as a success.
  await expect(panel.locator('.row[data-errcode="0"]')).toHaveAttribute('data-state', 'ok');
  // The CORS-blocked call has no body for the browser: shown as such, not as a failure or success.
  const blocked = panel.locator('.row[data-state="no-body"]');
  await expect(blocked).toHaveCount(1);
  await expect(blocked.locator('.c-endpoint')).toContainText('/cgi-bin/menu/get');
  // WeCom without CORS: no body, but the Error-Code header still tells the failure.
  await expect(row(panel, 60111)).toHaveAttribute('data-state', 'error');
  // Bytes delivered base64: the Chinese errmsg survives decoding.
  await expect(row(panel, 40007).locator('.c-errcode')).toHaveAttribute('title', /不合法的媒体文件 id：媒体文件已过期/);

  // The premise of the last check: real DevTools really hands that body over as base64.
  const encoding = await inspector.devtoolsPageFrame().evaluate(
    () =>
      new Promise<string>((resolve) => {
        const api = (globalThis as unknown as { chrome: { devtools: { network: { getHAR(cb: (log: { entries: Array<{ request: { url: string }; getContent(cb: (c: string, e: string) => void): void }> }) => void): void } } } }).chrome;
        api.devtools.network.getHAR((log) => {
          const entry = log.entries.find((e) => e.request.url.includes('/cgi-bin/media/get'));
          if (!entry) resolve('not found');
          else entry.getContent((_content, enc) => resolve(enc || 'text'));
        });
      }),
  );
  expect(encoding).toBe('base64');
});

test('navigation clears the log unless "preserve log" is on', async ({ inspector }) => {
  const panel = await inspector.showPanel();
  const run = (id: string) => inspector.page.evaluate((s) => (window as unknown as { runScenario(id: string): Promise<void> }).runScenario(s), id);
  await run('token-40164');
  await expect(row(panel, 40164)).toHaveCount(1);
  await inspector.page.goto(inspector.demoUrl);
  await inspector.page.waitForSelector('body[data-ready="true"]');
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);

  await panel.locator('input.preserve-log').check();
  await run('code2session-40029');
  await expect(row(panel, 40029)).toHaveCount(1);
  await inspector.page.goto(inspector.demoUrl);
  await inspector.page.waitForSelector('body[data-ready="true"]');
  await run('template-42001');
  await expect(row(panel, 42001)).toHaveCount(1);
  await expect(row(panel, 40029)).toHaveCount(1);
});
