import { test as base, chromium, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../src/demo/browser';
import { DIST } from './devtools-fixture';
import { openDevtoolsWindow, type DevtoolsWindow } from './devtools-window';
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
  /** Give chrome.devtools.panels.network a show() (Chromium has one; Firefox has not). */
  networkShow?: boolean;
  /** Calls finished before the panel page is opened. */
  before?: FakeCall[];
}

export interface LinkedHarness {
  /** Both pages as sibling frames, as in Chromium's DevTools window: the panel reads the log itself. */
  frames: DevtoolsWindow;
  finish(...calls: FakeCall[]): Promise<void>;
  navigate(url: string): Promise<void>;
}

type FakeApi = { finish(c: unknown): void; navigate(u: string): void; jssdk(e: unknown[]): void; setTheme(t: string): void };
const fakeIn = (frame: Page | Frame) => ({
  finish: async (...calls: FakeCall[]) => {
    await frame.evaluate((list) => list.forEach((c) => (window as unknown as { __fake: FakeApi }).__fake.finish(c)), calls);
  },
  navigate: (url: string) => frame.evaluate((u) => (window as unknown as { __fake: FakeApi }).__fake.navigate(u), url),
});

/** A browser with the built extension and a fake chrome.devtools in its extension pages; closed after the test. */
async function launch(options: HarnessOptions, cleanups: Array<() => Promise<void>>): Promise<BrowserContext> {
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
  await context.addInitScript(installFakeDevtools, { tabId: 4242, theme: options.theme ?? 'default', har: options.har ?? [], firefox: options.firefox ?? false, networkShow: options.networkShow ?? false });
  return context;
}

const BASE = `chrome-extension://${extensionIdForPath(DIST)}`;

/**
 * `openPanel`: the built devtools page and panel opened as tabs (the panel on the channel), with a fake
 * chrome.devtools instead of real DevTools. `openLinkedPanel`: the same pages as sibling frames.
 */
export const test = base.extend<{ openPanel: (options?: HarnessOptions) => Promise<PanelHarness>; openLinkedPanel: (options?: HarnessOptions) => Promise<LinkedHarness> }>({
  openPanel: async ({}, use) => {
    const cleanups: Array<() => Promise<void>> = [];
    await use(async (options = {}) => {
      const context = await launch(options, cleanups);
      const capture = await context.newPage();
      await capture.goto(`${BASE}/src/shells/devtools/devtools.html`);
      const { finish, navigate } = fakeIn(capture);
      if (options.before) await finish(...options.before);
      const panel = await context.newPage();
      await panel.goto(`${BASE}/src/shells/devtools/panel.html`);
      return {
        context,
        capture,
        panel,
        finish,
        navigate,
        jssdk: (events) => capture.evaluate((list) => (window as unknown as { __fake: FakeApi }).__fake.jssdk(list), events),
        setTheme: (theme) => panel.evaluate((t) => (window as unknown as { __fake: FakeApi }).__fake.setTheme(t), theme),
      };
    });
    for (const cleanup of cleanups) await cleanup();
  },
  openLinkedPanel: async ({}, use) => {
    const cleanups: Array<() => Promise<void>> = [];
    await use(async (options = {}) => {
      const frames = await openDevtoolsWindow(await launch(options, cleanups), BASE);
      return { frames, ...fakeIn(frames.capture) };
    });
    for (const cleanup of cleanups) await cleanup();
  },
});

export { expect } from '@playwright/test';
