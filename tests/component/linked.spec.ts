import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../src/demo/browser';
import { DIST } from '../support/devtools-fixture';
import { openDevtoolsWindow } from '../support/devtools-window';
import { extensionIdForPath } from '../support/extension-id';
import { installFakeDevtools, type FakeCall } from '../support/fake-devtools';

/*
 * The devtools page and the panel as sibling frames, as in Chromium's DevTools window: the panel reads
 * the devtools page's log itself (src/store/capture-link.ts) instead of a mirror fed over the channel.
 */
const API = 'https://api.weixin.qq.com';
const failing = (path: string, errcode: number): FakeCall => ({ url: `${API}${path}?access_token=T`, content: JSON.stringify({ errcode, errmsg: `e${errcode}` }) });

let context: BrowserContext;
let userDataDir: string;
test.beforeEach(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'wechat-inspector-linked-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    locale: 'en-US',
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=en-US'],
  });
  await context.addInitScript(installFakeDevtools, { tabId: 4242, theme: 'default', har: [failing('/cgi-bin/token', 40164)], firefox: false });
});
test.afterEach(async () => {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
});

const finish = (frame: import('@playwright/test').Frame, ...calls: FakeCall[]) =>
  frame.evaluate((list) => list.forEach((c) => (window as unknown as { __fake: { finish(c: unknown): void } }).__fake.finish(c)), calls);

test('the panel reads the devtools page’s log: backfill, live calls, clear, navigation and preserve log', async () => {
  const { capture, panel } = await openDevtoolsWindow(context, `chrome-extension://${extensionIdForPath(DIST)}`);
  await expect(panel.locator('html')).toHaveAttribute('data-transport', 'direct');
  await expect(panel.locator('.row[data-errcode="40164"]')).toHaveCount(1);
  await finish(capture, failing('/cgi-bin/user/info', 42001));
  await expect(panel.locator('.row[data-errcode="42001"]')).toHaveAttribute('data-state', 'error');
  await expect(panel.locator('.count-calls')).toHaveText('2 WeChat calls');

  await panel.getByRole('button', { name: 'Clear the captured calls' }).click();
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);
  await expect.poll(() => capture.evaluate(() => (window as unknown as { __wechatApiInspectorCapture: { store: { calls: unknown[] } } }).__wechatApiInspectorCapture.store.calls.length)).toBe(0);

  await finish(capture, failing('/cgi-bin/token', 40164));
  await capture.evaluate(() => (window as unknown as { __fake: { navigate(u: string): void } }).__fake.navigate('http://localhost/next'));
  await expect(panel.locator('.row[data-state]')).toHaveCount(0);
  await panel.locator('input.preserve-log').check();
  await finish(capture, failing('/cgi-bin/token', 42001));
  await capture.evaluate(() => (window as unknown as { __fake: { navigate(u: string): void } }).__fake.navigate('http://localhost/again'));
  await panel.waitForTimeout(500);
  await expect(panel.locator('.row[data-state]')).toHaveCount(1);
});

test('a panel loaded again finds the log and settings as they are; the one it replaced is no longer called', async () => {
  const window = await openDevtoolsWindow(context, `chrome-extension://${extensionIdForPath(DIST)}`);
  await window.panel.locator('input.preserve-log').check();
  await finish(window.capture, failing('/cgi-bin/user/info', 42001));
  await expect(window.panel.locator('.row[data-state]')).toHaveCount(2);
  // The store's listeners (a private field, read as the page sees it): the panel's is one of them.
  const listeners = () => window.capture.evaluate(() => (globalThis as unknown as { __wechatApiInspectorCapture: { store: { listeners: Set<unknown> } } }).__wechatApiInspectorCapture.store.listeners.size);
  const withOnePanel = await listeners();
  await window.host.evaluate(() => document.querySelectorAll('iframe')[1]!.remove());
  expect(await listeners()).toBe(withOnePanel - 1);
  const errors: string[] = [];
  window.host.on('pageerror', (e) => errors.push(e.message));
  const panel = await window.addPanel();
  await expect(panel.locator('.row[data-state]')).toHaveCount(2);
  await expect(panel.locator('input.preserve-log')).toBeChecked();
  await finish(window.capture, failing('/cgi-bin/menu/get', 46003));
  await expect(panel.locator('.row[data-errcode="46003"]')).toHaveCount(1);
  expect(await listeners()).toBe(withOnePanel);
  expect(errors).toEqual([]);
});
