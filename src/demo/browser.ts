import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright';
import { WECHAT_HOSTS } from './fake-wechat-server';

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere on other machines. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const PANEL_TITLE = 'WeChat';

export interface LaunchOptions {
  distDir: string;
  serverPort: number;
  spki: string;
  headless: boolean;
  /** DevTools' own settings for the fresh profile (screenshots want an undocked, themed window). */
  devtools?: { dock?: 'undocked' | 'bottom' | 'right'; theme?: 'dark' | 'default'; locale?: string };
}

export interface Launched {
  context: BrowserContext;
  /** The tab DevTools is attached to. */
  page: Page;
  cdpPort: number;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Chromium with the built extension, DevTools opened for every tab, and the WeChat host names routed
 * to the fake server on loopback; every other name resolves nowhere, so nothing leaves the machine.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'wechat-inspector-profile-'));
  const prefs = options.devtools;
  if (prefs) {
    // DevTools keeps its settings as JSON strings inside the profile's Preferences file.
    const preferences: Record<string, string> = {};
    if (prefs.dock) preferences['currentDockState'] = JSON.stringify(prefs.dock);
    if (prefs.theme) preferences['ui-theme'] = JSON.stringify(prefs.theme);
    if (prefs.locale) preferences['language'] = JSON.stringify(prefs.locale);
    await mkdir(join(userDataDir, 'Default'), { recursive: true });
    await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ devtools: { preferences } }));
  }
  const rules = [
    ...WECHAT_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.serverPort}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: options.headless,
    executablePath: CHROMIUM_PATH,
    viewport: null,
    // On Linux Chromium takes its UI language from the environment, not from --lang.
    ...(prefs?.locale ? { locale: prefs.locale, env: { ...process.env, LANGUAGE: prefs.locale.replace('-', '_') } } : {}),
    args: [
      ...(prefs?.locale ? [`--lang=${prefs.locale}`] : []),
      `--disable-extensions-except=${options.distDir}`,
      `--load-extension=${options.distDir}`,
      '--auto-open-devtools-for-tabs',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      '--window-size=1400,900',
      `--host-resolver-rules=${rules}`,
      `--ignore-certificate-errors-spki-list=${options.spki}`,
    ],
  });
  const cdpPort = await until('DevToolsActivePort', 15_000, async () => {
    const text = await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8');
    const port = Number(text.split('\n')[0]);
    return port > 0 ? port : undefined;
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    cdpPort,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

interface TargetInfo {
  type: string;
  url: string;
}

export interface AttachedDevtools {
  browser: Browser;
  devtools: Page;
  extensionId: string;
}

/**
 * Connects to the DevTools window itself. Playwright's own connection never shows it, so wait until
 * the DevTools frontend and the extension's devtools page are both targets, then attach over CDP.
 */
export async function attachDevtools(cdpPort: number, timeoutMs = 20_000): Promise<AttachedDevtools> {
  const extensionId = await until('the DevTools window and the extension', timeoutMs, async () => {
    const targets = (await (await fetch(`http://127.0.0.1:${cdpPort}/json/list`)).json()) as TargetInfo[];
    const hasDevtools = targets.some((t) => t.url.startsWith('devtools://devtools/bundled/devtools_app.html'));
    const devtoolsPage = targets.find((t) => /^chrome-extension:\/\/[a-p]{32}\/src\/shells\/devtools\/devtools\.html/.test(t.url));
    return hasDevtools && devtoolsPage ? devtoolsPage.url.slice('chrome-extension://'.length, 'chrome-extension://'.length + 32) : undefined;
  });
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const devtools = await until('the DevTools page over CDP', timeoutMs, async () =>
    browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith('devtools://devtools/bundled/devtools_app.html')),
  );
  return { browser, devtools, extensionId };
}

interface LegacyUi {
  InspectorView: { InspectorView: { instance(): { hasPanel(id: string): boolean; showPanel(id: string): Promise<void> } } };
}

/** Shows the extension's panel in DevTools and returns its frame. */
export async function showPanel(devtools: Page, extensionId: string, timeoutMs = 20_000): Promise<Frame> {
  const panelId = `chrome-extension://${extensionId}${PANEL_TITLE.replace(/\s+/g, '')}`;
  // DevTools' own UI module, reached from inside the frontend: the way to switch panels without clicks.
  const args = { id: panelId, module: './ui/legacy/legacy.js' };
  await devtools.waitForFunction(
    async ({ id, module }) => ((await import(module)) as LegacyUi).InspectorView.InspectorView.instance().hasPanel(id),
    args,
    { timeout: timeoutMs, polling: 100 },
  );
  await devtools.evaluate(async ({ id, module }) => {
    await ((await import(module)) as LegacyUi).InspectorView.InspectorView.instance().showPanel(id);
  }, args);
  return until('the panel frame', timeoutMs, async () =>
    devtools.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/src/shells/devtools/panel.html`)),
  );
}
