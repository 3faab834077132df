import { chromium, type BrowserContext, type Frame, type Page } from 'playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../src/demo/browser';
import { channelName } from '../../src/link/protocol';
import { openDevtoolsWindow, type DevtoolsWindow } from '../support/devtools-window';
import { extensionIdForPath } from '../support/extension-id';
import { installFakeDevtools } from '../support/fake-devtools';
import { installBenchHooks, installPaintProbe, NAME_SHIM, type BenchHooks } from './page-hooks';
import { median, round } from './stats';

const TAB_ID = 4242;
type BenchWindow = Window & { __bench: BenchHooks; __wait?: Promise<{ at: number; count: number }> };

export interface PanelFigures {
  ingestRatio: number;
  burstDropped: number;
  burstLongTasks: number;
  heapMB100k: number;
  scrollLongTasks: number;
  firstPaintMs: number;
  notes: string[];
}

interface Bench {
  context: BrowserContext;
  window: DevtoolsWindow;
  capture: Frame;
  panel: Frame;
}

async function heapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  // Twice: the first pass can leave objects that only a second one frees (weak maps, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 ** 2;
}

async function gc(bench: Bench): Promise<void> {
  const cdp = await bench.context.newCDPSession(bench.window.host);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

/** Empties the log the way the panel's Clear button does, and waits until the panel shows it. */
async function clear(bench: Bench): Promise<void> {
  await bench.capture.evaluate((name) => new BroadcastChannel(name).postMessage({ type: 'clear' }), channelName(TAB_ID));
  await bench.panel.waitForFunction(() => !document.querySelector('.row[data-state]'));
  await gc(bench);
}

/** Feeds the prepared entries and returns ms from the feed to the panel's count reading `count`. */
async function feedUntilShown(bench: Bench, count: number, timeoutMs: number): Promise<{ ms: number; shown: number }> {
  await bench.panel.evaluate(([n, t]) => {
    const w = window as unknown as BenchWindow;
    w.__wait = w.__bench.countReached(n, t);
  }, [count, timeoutMs] as const);
  const start = await bench.capture.evaluate(() => (window as unknown as BenchWindow).__bench.feed());
  const end = await bench.panel.evaluate(() => (window as unknown as BenchWindow).__wait!);
  return { ms: end.at - start, shown: end.count };
}

/**
 * Long tasks of the one event loop both frames run on (each frame's observer reports them all): the
 * panel frame's observer counts them.
 */
const longTaskCount = (bench: Bench) => bench.panel.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks.length);
const longTasksSince = (bench: Bench, from: number) =>
  bench.panel.evaluate((i) => (window as unknown as BenchWindow).__bench.longTasks.slice(i).map((t) => Math.round(t.duration)), from);

/**
 * 1. 10,000 finished requests through capture → decode → store → render, against the bare floor run
 * just before in the same page: each product run is divided by its own floor, and the median of
 * those ratios taken, so a neighbour's load on the shared machine hits both sides of a ratio alike.
 */
async function ingest(bench: Bench, notes: string[]): Promise<number> {
  const floors: number[] = [];
  const products: number[] = [];
  for (let run = 0; run < 7; run++) {
    await clear(bench);
    await bench.capture.evaluate((r) => {
      const b = (window as unknown as BenchWindow).__bench;
      b.prepare(b.makeSpecs(10_000, 0.2, `floor${r}`));
    }, run);
    floors.push(await bench.capture.evaluate(() => (window as unknown as BenchWindow).__bench.floor()));
    await gc(bench);
    await bench.capture.evaluate((r) => {
      const b = (window as unknown as BenchWindow).__bench;
      b.prepare(b.makeSpecs(10_000, 0.2, `ingest${r}`));
    }, run);
    const { ms, shown } = await feedUntilShown(bench, 2_000, 60_000);
    if (shown !== 2_000) throw new Error(`ingest: the panel took in ${shown} of 2,000 calls`);
    products.push(ms);
  }
  const ratios = products.map((p, i) => p / floors[i]!);
  notes.push(`ingest: 10,000 requests (2,000 WeChat, bodies 200 B–50 KB) until the panel's list has taken them all in (shown, or dropped by the log's memory budget): median ${round(median(products), 0)} ms against a floor of ${round(median(floors), 0)} ms; ${products.length} runs (ms, product/floor): ${products.map((p, i) => `${Math.round(p)}/${Math.round(floors[i]!)}`).join(', ')}; the median of the per-run ratios is taken`);
  return median(ratios);
}

/**
 * 3. 5,000 WeChat calls finished in one tick. Bodies are typical answers (200 B–2 KB) so that all of
 * them fit the log's memory budget: a call missing from the list is then one the pipeline lost.
 */
async function burst(bench: Bench, notes: string[]): Promise<{ dropped: number; longTasks: number }> {
  await clear(bench);
  await bench.capture.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.prepare(b.makeSpecs(5_000, 1, 'burst', 2_000));
  });
  await bench.panel.waitForTimeout(300);
  const before = await longTaskCount(bench);
  const { ms } = await feedUntilShown(bench, 5_000, 120_000);
  await bench.panel.waitForTimeout(500);
  const shown = await bench.panel.evaluate(() => Number((document.querySelector('.count-calls')?.textContent ?? '').replace(/\D/g, '') || '0'));
  const tasks = await longTasksSince(bench, before);
  const loading = await bench.panel.locator('.row .c-meaning', { hasText: /Loading/ }).count();
  notes.push(`burst: ${shown} of 5,000 shown after ${round(ms, 0)} ms; long tasks (ms) [${tasks.join(', ')}]; rows still loading a label: ${loading}`);
  return { dropped: 5_000 - shown, longTasks: tasks.length };
}

/** 4. 100,000 WeChat calls captured (bodies 200 B to `maxBody`), then the JS heap after a forced GC. */
async function heapAfter100k(bench: Bench, notes: string[], maxBody: number): Promise<number> {
  await clear(bench);
  const total = 100_000;
  const batch = 2_000;
  const started = Date.now();
  for (let fed = 0; fed < total; fed += batch) {
    await bench.capture.evaluate(
      ([n, r, max]) => {
        const b = (window as unknown as BenchWindow).__bench;
        b.prepare(b.makeSpecs(n, 1, r, max));
        b.feed();
      },
      [batch, `heap${maxBody}-${fed}`, maxBody] as const,
    );
    // Paced like a busy page, not a single burst: the next batch comes once the panel has taken this one.
    await bench.panel.waitForFunction(
      (n) => {
        const digits = (selector: string) => Number((document.querySelector(selector)?.textContent ?? '').replace(/\D/g, '') || '0');
        return digits('.count-calls') + digits('.banner.dropped') >= n;
      },
      fed + batch,
      { timeout: 120_000, polling: 50 },
    );
  }
  const kept = await bench.panel.evaluate(() => (document.querySelector('.count-calls')?.textContent ?? '').replace(/\D/g, ''));
  // Both frames run in one renderer, on one V8 heap.
  const heap = await heapMB(bench.context, bench.window.host);
  notes.push(`heap: after ${total.toLocaleString('en')} WeChat calls (bodies 200 B–${maxBody / 1000} KB, fed in ${round((Date.now() - started) / 1000, 0)} s) the log keeps ${Number(kept).toLocaleString('en')}; the JS heap of the devtools page and the panel: ${round(heap)} MB after a forced GC`);
  return heap;
}

/** 4. Long tasks while scrolling through the log as it stands. */
async function scrollLongTasks(bench: Bench, notes: string[]): Promise<number> {
  const before = await longTaskCount(bench);
  await bench.panel.evaluate(async () => {
    const viewport = document.querySelector<HTMLElement>('.viewport')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // Read once: reading scrollHeight each frame would force a layout a real scroll never does.
    const height = viewport.scrollHeight;
    viewport.scrollTop = 0;
    await frame();
    // Top to bottom in 300 frames, then 60 jumps to far-apart places: scrollbar drags as a user does them.
    for (let i = 1; i <= 300; i++) {
      viewport.scrollTop = (height * i) / 300;
      await frame();
    }
    for (let i = 0; i < 60; i++) {
      viewport.scrollTop = (((i * 7919) % 60) / 60) * height;
      await frame();
    }
  });
  await bench.panel.waitForTimeout(300);
  const scrollTasks = await longTasksSince(bench, before);
  notes.push(`scroll: 360 frames through the list, long tasks (ms) [${scrollTasks.join(', ')}]`);
  return scrollTasks.length;
}

/** 6. A panel opened with 1,000 calls (typical bodies, 200 B–2 KB) already captured: navigation start to the rows painted. */
async function firstPaint(bench: Bench, notes: string[]): Promise<number> {
  await clear(bench);
  await bench.capture.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.prepare(b.makeSpecs(1_000, 1, 'first-paint', 2_000));
  });
  await feedUntilShown(bench, 1_000, 60_000);
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const panel = await bench.window.addPanel();
    times.push(await panel.evaluate(() => (window as unknown as BenchWindow).__bench.firstRowPainted));
    await bench.window.host.evaluate((name) => document.querySelector(`iframe[name="${name}"]`)?.remove(), panel.name());
  }
  notes.push(`first paint: ${times.map((t) => Math.round(t)).join('/')} ms over ${times.length} panel loads (median taken)`);
  return median(times);
}

/** The built devtools page and panel opened as tabs with a fake chrome.devtools fed by the benchmark. */
export async function panelFigures(dist: string): Promise<PanelFigures> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'wechat-inspector-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    locale: 'en-US',
    viewport: { width: 1200, height: 700 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US', '--enable-precise-memory-info'],
  });
  try {
    // tsx (esbuild keepNames) wraps named functions in __name(): give the serialised page functions one.
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installFakeDevtools, { tabId: TAB_ID, theme: 'default', har: [], firefox: false });
    await context.addInitScript(installPaintProbe);
    await context.addInitScript(installBenchHooks);
    const devtoolsWindow = await openDevtoolsWindow(context, `chrome-extension://${extensionIdForPath(dist)}`);
    const { capture, panel } = devtoolsWindow;
    await panel.waitForSelector('.empty');
    if ((await panel.evaluate(() => document.documentElement.dataset['transport'])) !== 'direct') throw new Error('the panel did not link to the devtools page');
    const bench: Bench = { context, window: devtoolsWindow, capture, panel };
    const notes: string[] = [];
    const firstPaintMs = await firstPaint(bench, notes);
    const ingestRatio = await ingest(bench, notes);
    const b = await burst(bench, notes);
    // Large bodies fill the log's memory budget; typical ones (< 2 KB) its longest list: the worse counts.
    const heapLarge = await heapAfter100k(bench, notes, 50_000);
    const heapTypical = await heapAfter100k(bench, notes, 2_000);
    const scroll = await scrollLongTasks(bench, notes);
    return { ingestRatio, burstDropped: b.dropped, burstLongTasks: b.longTasks, heapMB100k: Math.max(heapLarge, heapTypical), scrollLongTasks: scroll, firstPaintMs, notes };
  } finally {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
