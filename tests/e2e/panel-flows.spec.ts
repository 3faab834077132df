import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/devtools-fixture';

/** Everything the panel hands to the clipboard or turns into a download, recorded in its frame. */
async function recordOutputs(panel: import('@playwright/test').Frame): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { copied: string[]; blobs: Blob[] };
    w.copied = [];
    w.blobs = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void w.copied.push(text) }, configurable: true });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) w.blobs.push(blob);
      return create(blob);
    };
    // Keep the export inside the test: no file is written by the browser.
    HTMLAnchorElement.prototype.click = function () {};
  });
}

test('capture → filter → details → copy bug report, in real DevTools', async ({ inspector }) => {
  await inspector.page.evaluate(async () => {
    const w = window as unknown as { demoScenarios: Array<{ id: string }>; runScenario(id: string): Promise<void> };
    for (const s of w.demoScenarios) await w.runScenario(s.id);
  });
  const panel = await inspector.showPanel();
  await expect(panel.locator('.row[data-state]')).toHaveCount(10);
  await recordOutputs(panel);
  await panel.locator('input.errors-only').check();
  await panel.locator('select.product-filter').selectOption('common');
  await panel.locator('input.filter-text').fill('IP');
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
  await panel.locator('.row[data-errcode="40164"]').click();
  await expect(panel.locator('.details .fixes')).toContainText('203.0.113.7');
  await panel.locator('.details button.copy-bug-report').click();
  await expect.poll(() => panel.evaluate(() => (window as unknown as { copied: string[] }).copied.length)).toBe(1);
  const report = await panel.evaluate(() => (window as unknown as { copied: string[] }).copied[0]!);
  expect(report).toMatch(/^#+ .*40164/m);
  expect(report).toContain('203.0.113.7');
  expect(report).toMatch(/rid/i);
  expect(report).toContain('secret=***');
  expect(report).not.toMatch(/secret=[0-9a-f]{20,}/);
});

test('HAR export, then import of that file, round trip in real DevTools', async ({ inspector }) => {
  await inspector.page.evaluate(async () => {
    const w = window as unknown as { runScenario(id: string): Promise<void> };
    for (const id of ['token-40164', 'wecom-gettoken-60020', 'callbackip-ok', 'media-base64-chinese']) await w.runScenario(id);
  });
  const panel = await inspector.showPanel();
  await expect(panel.locator('.row[data-state]')).toHaveCount(4);
  await recordOutputs(panel);
  await panel.locator('button.export-har').click();
  await expect.poll(() => panel.evaluate(() => (window as unknown as { blobs: Blob[] }).blobs.length)).toBe(1);
  const har = await panel.evaluate(() => (window as unknown as { blobs: Blob[] }).blobs[0]!.text());
  const parsed = JSON.parse(har) as { log: { entries: Array<{ request: { url: string } }> } };
  expect(parsed.log.entries).toHaveLength(4);
  expect(har).not.toMatch(/ACCESS_TOKEN_demo_[0-9a-f]{20,}/);
  expect(har).toContain('不合法的媒体文件 id');

  await panel.locator('button.clear').click();
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);
  const file = join(tmpdir(), `wechat-round-trip-${process.pid}.har`);
  await writeFile(file, har);
  await panel.locator('input.import-har').setInputFiles(file);
  await expect(panel.locator('.row[data-state]')).toHaveCount(4);
  for (const code of [40164, 60020, 40007]) await expect(panel.locator(`.row[data-errcode="${code}"]`)).toHaveAttribute('data-state', 'error');
  await expect(panel.locator('.row[data-errcode="40007"] .c-errcode')).toHaveAttribute('title', /不合法的媒体文件 id/);
});
