import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../src/demo/browser';
import { DIST } from './devtools-fixture';
import { extensionIdForPath } from './extension-id';
import { installFakeDevtools, type FakeCall } from './fake-devtools';

export type { FakeCall };

export interface PanelHarness {
  context: BrowserContext;
  /** The extension's devtools page, where capture runs against the fake network. */
  capture: Page;
  panel: Page;
  finish(...calls: FakeCall[]): Promise<void>;
  navigate(url: string): Promise<void>;
  /** Events the page's JS-SDK hook reports at the next poll (anything: the page is untrusted). */
  jssdk(events: unknown[]): Promise<void>;
  setTheme(theme: string): Promise<void>;
}

export interface HarnessOptions {
  har?: FakeCall[] | 'fail';
  theme?: string;
  locale?: string;
  /** Pretend to be Firefox (runtime.getBrowserInfo). */
  firefox?: boolean;
  /** Calls finished before the panel page is opened. */
  before?: FakeCall[];
}

/** The built devtools page and panel opened as tabs, with a fake chrome.devtools instead of real DevTools. */
export const test = base.extend<{ openPanel: (options?: HarnessOptions) => Promise<PanelHarness> }>({
  openPanel: async ({}, use) => {
    const cleanups: Array<() => Promise<void>> = [];
    await use(async (options = {}) => {
      const userDataDir = await mkdtemp(join(tmpdir(), 'wechat-inspector-component-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        headless: true,
        executablePath: CHROMIUM_PATH,
        locale: options.locale ?? 'en-US',
        args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${options.locale ?? 'en-US'}`],
      });
      cleanups.push(async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      });
      await context.addInitScript(installFakeDevtools, { tabId: 4242, theme: options.theme ?? 'default', har: options.har ?? [], firefox: options.firefox ?? false });
      const base = `chrome-extension://${extensionIdForPath(DIST)}`;
      const capture = await context.newPage();
      await capture.goto(`${base}/src/capture/devtools.html`);
      const finish = async (...calls: FakeCall[]) => {
        await capture.evaluate((list) => list.forEach((c) => (window as unknown as { __fake: { finish(c: unknown): void } }).__fake.finish(c)), calls);
      };
      if (options.before) await finish(...options.before);
      const panel = await context.newPage();
      await panel.goto(`${base}/src/view/panel.html`);
      return {
        context,
        capture,
        panel,
        finish,
        jssdk: (events) => capture.evaluate((list) => (window as unknown as { __fake: { jssdk(e: unknown[]): void } }).__fake.jssdk(list), events),
        navigate: (url) => capture.evaluate((u) => (window as unknown as { __fake: { navigate(u: string): void } }).__fake.navigate(u), url),
        setTheme: (theme) => panel.evaluate((t) => (window as unknown as { __fake: { setTheme(t: string): void } }).__fake.setTheme(t), theme),
      };
    });
    for (const cleanup of cleanups) await cleanup();
  },
});

export { expect } from '@playwright/test';
