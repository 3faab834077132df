import type { Frame } from '@playwright/test';
import { expect, test, type Inspector } from '../support/devtools-fixture';

const row = (frame: Frame, errcode: number | string) => frame.locator(`.row[data-errcode="${errcode}"]`);
const runRelayed = (inspector: Inspector, ...ids: string[]) =>
  inspector.page.evaluate(async (list) => {
    for (const id of list) await (window as unknown as { runRelayed(id: string): Promise<void> }).runRelayed(id);
  }, ids);

/** The toolbar badge of the inspected tab, read in the background service worker. */
async function badgeText(inspector: Inspector): Promise<string> {
  const tabId = await inspector.devtoolsPageFrame().evaluate(() => (globalThis as unknown as { chrome: { devtools: { inspectedWindow: { tabId: number } } } }).chrome.devtools.inspectedWindow.tabId);
  const worker = inspector.devtools.context().serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${inspector.extensionId}/`));
  if (!worker) return 'no service worker';
  return worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

test('WeChat errors relayed by a backend on localhost and a dev-server proxy path are listed as relayed; a business errcode is not; the badge counts failures', async ({ inspector }) => {
  const panel = await inspector.showPanel();
  await runRelayed(inspector, 'business-errcode', 'backend-wrapped-40164', 'proxy-token-40013', 'backend-wecom-60020');

  // Backend wrapping WeChat's answer in its own JSON: {"code":500,"data":{"wx":{errcode, errmsg}}}.
  await expect(row(panel, 40164)).toHaveAttribute('data-source', 'relayed');
  await expect(row(panel, 40164)).toHaveAttribute('data-state', 'error');
  await expect(row(panel, 40164)).toHaveAttribute('data-platform', 'weixin');
  await expect(row(panel, 40164).locator('.badge.relayed')).toBeVisible();
  await expect(row(panel, 40164).locator('.c-meaning')).not.toHaveText(/knowledge base|Loading|知识库|正在加载/);
  // Dev-server proxy: /cgi-bin/token on localhost, named like the real endpoint, secret masked.
  await expect(row(panel, 40013)).toHaveAttribute('data-source', 'relayed');
  await expect(row(panel, 40013).locator('.c-endpoint')).toContainText('/cgi-bin/token');
  await expect(row(panel, 40013).locator('.c-endpoint')).toHaveAttribute('title', /secret=\*\*\*/);
  await expect(row(panel, 40013).locator('.c-name')).not.toBeEmpty();
  // WeCom's error relayed: the platform comes from its errmsg (work.weixin.qq.com).
  await expect(row(panel, 60020)).toHaveAttribute('data-platform', 'wecom');
  // The business API's own {errcode: 40001, errmsg: "库存不足"} is not WeChat's.
  await expect(panel.locator('.row[data-state]')).toHaveCount(3);
  await expect(row(panel, 40001)).toHaveCount(0);

  await row(panel, 40164).click();
  await expect(panel.locator('.details .relay-url')).toContainText(/localhost:\d+\/api\/admin\/send-template/);
  await expect(panel.locator('.details .relay-at')).toHaveText('data.wx');
  await expect(panel.locator('.details .relay-source')).toHaveAttribute('data-relay-by', 'auto');
  await expect(panel.locator('.details .fixes')).toContainText('203.0.113.7');

  // The toolbar badge shows the failures of this tab, and is cleared with the log.
  await expect.poll(() => badgeText(inspector)).toBe('3');
  await panel.locator('button.clear').click();
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);
  await expect.poll(() => badgeText(inspector)).toBe('');

  // A new failure shows again; closing DevTools clears it.
  await runRelayed(inspector, 'proxy-token-40013');
  await expect.poll(() => badgeText(inspector)).toBe('1');
  const tabId = await inspector.devtoolsPageFrame().evaluate(() => (globalThis as unknown as { chrome: { devtools: { inspectedWindow: { tabId: number } } } }).chrome.devtools.inspectedWindow.tabId);
  const worker = inspector.devtools.context().serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${inspector.extensionId}/`))!;
  await inspector.devtools.close();
  await expect
    .poll(() => worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('');
});

test('a user rule stored in storage.sync: the code read at its JSON path, auto-detection switched off', async ({ inspector }) => {
  const panel = await inspector.showPanel();
  await inspector.devtoolsPageFrame().evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: { set(v: unknown): Promise<void> } } } }).chrome.storage.sync.set({
      relayRules: {
        version: 2,
        settings: { autoDetect: false, pathRulesEverywhere: false },
        rules: [{ id: 'r1', enabled: true, hostGlob: 'localhost', path: { kind: 'prefix', value: '/api/admin/' }, platform: 'auto', errcodePath: 'data.wx.errcode', errmsgPath: 'data.wx.errmsg' }],
      },
    }),
  );
  // The capture page picks the change up from storage.onChanged; poll through a call that needs it.
  await expect
    .poll(async () => {
      await runRelayed(inspector, 'backend-wrapped-40164');
      return row(panel, 40164).count();
    })
    .toBeGreaterThan(0);
  await runRelayed(inspector, 'backend-wecom-60020', 'proxy-token-40013');
  await expect(row(panel, 40013)).toHaveCount(1);
  await row(panel, 40164).first().click();
  await expect(panel.locator('.details .relay-source')).toHaveAttribute('data-relay-by', 'user-rule');
  // Auto-detection is off: the relayed WeCom error of another path is not read.
  await expect(row(panel, 60020)).toHaveCount(0);
});
