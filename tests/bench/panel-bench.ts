import { chromium, type BrowserContext, type Frame, type Page } from 'playwright';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../src/demo/browser';
import { channelName } from '../../src/link/protocol';
import { openDevtoolsWindow, type DevtoolsWindow } from '../support/devtools-window';
import { extensionIdForPath } from '../support/extension-id';
import { installFakeDevtools } from '../support/fake-devtools';
import { installBenchHooks, installPaintProbe, NAME_SHIM, type BenchHooks } from './page-hooks';
import { median, quantile, round } from './stats';
import { THROTTLE_RATE, throttleCpu } from './throttle';

const TAB_ID = 4242;
/** The first-paint floor's page and stylesheet, written into the extension's directory while it is measured. */
const FLOOR_PAGE = 'bench-first-paint-floor';
type BenchWindow = Window & { __bench: BenchHooks; __wait?: Promise<{ at: number; count: number }> };

/** The figures measured twice: as the machine runs, and with the extension's pages slowed 4×. */
export interface PanelPass {
  ingestRatio: number;
  scrollLongTasks: number;
  scrollFrameP95Ms: number;
  firstPaintMs: number;
}

export interface PanelFigures extends PanelPass {
  burstDropped: number;
  burstLongTasks: number;
  heapMB100k: number;
  throttled: PanelPass;
  notes: string[];
}

export interface Bench {
  /** The built extension, and its address in the browser. */
  dist: string;
  base: string;
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
export async function clear(bench: Bench): Promise<void> {
  await bench.capture.evaluate((name) => new BroadcastChannel(name).postMessage({ type: 'clear' }), channelName(TAB_ID));
  await bench.panel.waitForFunction(() => !document.querySelector('.row[data-state]'));
  await gc(bench);
}

/** Feeds the prepared entries and returns ms from the feed to the panel's count reading `count`. */
export async function feedUntilShown(bench: Bench, count: number, timeoutMs: number): Promise<{ ms: number; shown: number }> {
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
export async function ingest(bench: Bench, notes: string[], pass: string): Promise<number> {
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
  notes.push(`${pass}ingest: 10,000 requests (2,000 WeChat, bodies 200 B–50 KB) until the panel's list has taken them all in (shown, or dropped by the log's memory budget): median ${round(median(products), 0)} ms against a floor of ${round(median(floors), 0)} ms; ${products.length} runs (ms, product/floor): ${products.map((p, i) => `${Math.round(p)}/${Math.round(floors[i]!)}`).join(', ')}; the median of the per-run ratios is taken`);
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

/** Feeds `total` WeChat calls (bodies 200 B to `maxBody`) in batches, each once the panel has taken the last. */
export async function fill(bench: Bench, total: number, maxBody: number): Promise<void> {
  const batch = 2_000;
  for (let fed = 0; fed < total; fed += batch) {
    await bench.capture.evaluate(
      ([n, r, max]) => {
        const b = (window as unknown as BenchWindow).__bench;
        b.prepare(b.makeSpecs(n, 1, r, max));
        b.feed();
      },
      [batch, `fill${maxBody}-${fed}`, maxBody] as const,
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
}

const keptCalls = (bench: Bench): Promise<number> =>
  bench.panel.evaluate(() => Number((document.querySelector('.count-calls')?.textContent ?? '').replace(/\D/g, '')));

/** 4. 100,000 WeChat calls captured (bodies 200 B to `maxBody`), then the JS heap after a forced GC. */
async function heapAfter100k(bench: Bench, notes: string[], maxBody: number): Promise<number> {
  await clear(bench);
  const total = 100_000;
  const started = Date.now();
  await fill(bench, total, maxBody);
  const kept = await keptCalls(bench);
  // Both frames run in one renderer, on one V8 heap.
  const heap = await heapMB(bench.context, bench.window.host);
  notes.push(`heap: after ${total.toLocaleString('en')} WeChat calls (bodies 200 B–${maxBody / 1000} KB, fed in ${round((Date.now() - started) / 1000, 0)} s) the log keeps ${kept.toLocaleString('en')}; the JS heap of the devtools page and the panel: ${round(heap)} MB after a forced GC`);
  return heap;
}

/**
 * 5. Scrolling through the log as it stands: long tasks, and the time from one frame to the next
 * (requestAnimationFrame timestamps in the panel), p95. Measured in a browser whose frame rate is not
 * capped (see panelFigures), so a frame comes as soon as the last one is done and its interval is what
 * the frame cost, not the 60 Hz clock.
 */
export async function scroll(bench: Bench, notes: string[], pass: string, withFloor = true): Promise<{ longTasks: number; frameP95Ms: number }> {
  const before = await longTaskCount(bench);
  const viewportHeight = await bench.panel.evaluate(() => document.querySelector<HTMLElement>('.viewport')!.clientHeight);
  const stamps = await bench.panel.evaluate(async () => {
    const viewport = document.querySelector<HTMLElement>('.viewport')!;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    // Read once: reading scrollHeight each frame would force a layout a real scroll never does.
    const height = viewport.scrollHeight;
    viewport.scrollTop = 0;
    await frame();
    const times: number[] = [await frame()];
    // Top to bottom in 300 frames, then 60 jumps to far-apart places: scrollbar drags as a user does them.
    for (let i = 1; i <= 300; i++) {
      viewport.scrollTop = (height * i) / 300;
      times.push(await frame());
    }
    for (let i = 0; i < 60; i++) {
      viewport.scrollTop = (((i * 7919) % 60) / 60) * height;
      times.push(await frame());
    }
    return times;
  });
  await bench.panel.waitForTimeout(300);
  const scrollTasks = await longTasksSince(bench, before);
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const frameP95Ms = quantile(intervals, 0.95);
  const kept = await keptCalls(bench);
  const { times: floor, longTasks: floorTasks } = withFloor ? await scrollFloor(bench, kept, viewportHeight) : { times: [], longTasks: [] };
  notes.push(`${pass}scroll: ${intervals.length} frames through the list of ${kept.toLocaleString('en')} calls, frame to frame p50 ${round(quantile(intervals, 0.5))} / p95 ${round(frameP95Ms)} / max ${round(Math.max(...intervals))} ms; long tasks (ms) [${scrollTasks.join(', ')}]${withFloor ? `. Its floor right after (a bare list of the same size rewriting its rows' text on each scroll event, in the same renderer): p50 ${round(quantile(floor, 0.5))} / p95 ${round(quantile(floor, 0.95))} ms; long tasks (ms) [${floorTasks.join(', ')}]` : ''}`);
  return { longTasks: scrollTasks.length, frameP95Ms };
}

/**
 * The scroll's floor, measured the same way right after it: in the document hosting the two frames (so
 * in the same renderer, slowed alike), a bare list of the panel's size shows the same rows (the view's
 * and one more on each edge, eight cells of text each, placed the same way) and rewrites their text with
 * plain DOM writes on each scroll event: no framework, no decoding, no grid. Returns the frame-to-frame
 * times of the same 360-frame scroll.
 */
export async function scrollFloor(bench: Bench, calls: number, viewportHeight: number): Promise<{ times: number[]; longTasks: number[] }> {
  return bench.window.host.evaluate(
    async ([total, height]) => {
      const rowHeight = 22;
      const box = document.createElement('div');
      box.style.cssText = `position:fixed;left:0;top:0;width:1200px;height:${height}px;z-index:1;background:#fff;font:12px system-ui;overflow:auto;will-change:scroll-position;overflow-anchor:none`;
      const spacer = document.createElement('div');
      spacer.style.cssText = `position:relative;height:${total * rowHeight}px;contain:strict`;
      box.append(spacer);
      document.body.append(box);
      const widths = [100, 56, 180, 300, 52, 70, 330, 68];
      const count = Math.ceil(height / rowHeight) + 2;
      const rows: Array<{ row: HTMLElement; cells: Text[] }> = [];
      for (let r = 0; r < count; r++) {
        const row = document.createElement('div');
        row.style.cssText = `position:absolute;left:0;right:0;height:${rowHeight}px;contain:strict;display:flex;align-items:center;border-bottom:1px solid #ddd`;
        const cells = widths.map((w) => {
          const cell = document.createElement('span');
          cell.style.cssText = `flex:none;width:${w}px;padding:0 6px;box-sizing:border-box;overflow:hidden;white-space:nowrap;text-overflow:ellipsis`;
          const text = document.createTextNode('');
          cell.append(text);
          row.append(cell);
          return text;
        });
        rows.push({ row, cells });
        spacer.append(row);
      }
      const paths = ['/cgi-bin/message/template/send', '/sns/jscode2session', '/cgi-bin/user/info', '/cgi-bin/user/get'];
      const draw = (): void => {
        const first = Math.max(0, Math.min(total - count, Math.floor(box.scrollTop / rowHeight) - 1));
        rows.forEach(({ row, cells }, r) => {
          const i = first + r;
          row.style.top = `${i * rowHeight}px`;
          const texts = [`10:00:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}`, i % 2 ? 'GET' : 'POST', `Endpoint ${i}`,
            `api.weixin.qq.com${paths[i % 4]}`, '200', i % 3 ? '0' : '40164', i % 3 ? 'OK' : `The calling IP is not in the whitelist (${i})`, `${i % 300} ms`];
          cells.forEach((cell, c) => (cell.data = texts[c]!));
        });
      };
      box.addEventListener('scroll', draw);
      draw();
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const scrollHeight = box.scrollHeight;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
      observer.observe({ type: 'longtask' });
      await frame();
      const times: number[] = [await frame()];
      for (let i = 1; i <= 300; i++) {
        box.scrollTop = (scrollHeight * i) / 300;
        times.push(await frame());
      }
      for (let i = 0; i < 60; i++) {
        box.scrollTop = (((i * 7919) % 60) / 60) * scrollHeight;
        times.push(await frame());
      }
      // Long tasks are reported after the task: one more frame lets the last one in.
      await frame();
      observer.disconnect();
      box.remove();
      return { times: times.slice(1).map((t, i) => t - times[i]!), longTasks };
    },
    [calls, viewportHeight] as const,
  );
}

/**
 * The first-paint floor: the document a panel load painted first, copied without its scripts (same DOM,
 * same stylesheets), as a page of the extension (an iframe of the same renderer, loaded the same way).
 * It paints what the panel paints with no module fetched or run. The extension's CSP refuses style
 * attributes in parsed HTML, so the elements' own styles (the rows' places, the list's height) go into
 * a stylesheet of the extension beside it. Returns the page's path in the extension; `remove` deletes both.
 */
async function firstPaintFloor(bench: Bench, panel: Frame): Promise<{ path: string; remove(): Promise<void> }> {
  const { html, css } = await panel.evaluate((sheet) => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, link[rel=modulepreload]').forEach((e) => e.remove());
    // A copy opens scrolled to the top: its rows are moved up by the list's scroll, to where they showed.
    const scrolled = document.querySelector('.viewport')?.scrollTop ?? 0;
    copy.querySelectorAll<HTMLElement>('.spacer > .row').forEach((row) => (row.style.top = `${parseFloat(row.style.top) - scrolled}px`));
    // A select's choice is state, not markup.
    const live = [...document.querySelectorAll('option')];
    copy.querySelectorAll('option').forEach((option, i) => option.toggleAttribute('selected', live[i]!.selected));
    const rules: string[] = [];
    copy.querySelectorAll<HTMLElement>('[style]').forEach((element, i) => {
      element.dataset['floor'] = String(i);
      rules.push(`[data-floor="${i}"] { ${element.style.cssText.replace(/;/g, ' !important;')} }`);
      element.removeAttribute('style');
    });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = sheet;
    copy.querySelector('head')!.append(link);
    return { html: `<!doctype html>\n${copy.outerHTML}`, css: rules.join('\n') };
  }, `/${FLOOR_PAGE}.css`);
  await writeFile(join(bench.dist, `${FLOOR_PAGE}.html`), html);
  await writeFile(join(bench.dist, `${FLOOR_PAGE}.css`), css);
  return {
    path: `/${FLOOR_PAGE}.html`,
    remove: async () => {
      await rm(join(bench.dist, `${FLOOR_PAGE}.html`), { force: true });
      await rm(join(bench.dist, `${FLOOR_PAGE}.css`), { force: true });
    },
  };
}

/** Loads a frame (`load`), waits for its first rows' paint and removes it again; ms from its navigation. */
export async function loadUntilPainted(bench: Bench, load: () => Promise<Frame>, whileShown?: (frame: Frame) => Promise<void>): Promise<number> {
  const frame = await load();
  const ms = await frame.evaluate(() => (window as unknown as BenchWindow).__bench.firstRowPainted);
  await whileShown?.(frame);
  await bench.window.host.evaluate((name) => document.querySelector(`iframe[name="${name}"]`)?.remove(), frame.name());
  return ms;
}

/**
 * 6. A panel opened with 1,000 calls (typical bodies, 200 B–2 KB) already captured: navigation start to
 * the rows painted. Each load is followed by one of its floor (see firstPaintFloor), noted beside it.
 */
export async function firstPaint(bench: Bench, notes: string[], pass: string): Promise<number> {
  await clear(bench);
  await bench.capture.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.prepare(b.makeSpecs(1_000, 1, 'first-paint', 2_000));
  });
  await feedUntilShown(bench, 1_000, 60_000);
  let floor: Awaited<ReturnType<typeof firstPaintFloor>> | undefined;
  const times: number[] = [];
  const floors: number[] = [];
  try {
    for (let run = 0; run < 7; run++) {
      times.push(await loadUntilPainted(bench, () => bench.window.addPanel(), run === 0 ? async (panel) => void (floor = await firstPaintFloor(bench, panel)) : undefined));
      floors.push(await loadUntilPainted(bench, () => bench.window.addFrame(`${bench.base}${floor!.path}`)));
    }
  } finally {
    await floor?.remove();
  }
  notes.push(`${pass}first paint: ${times.map((t) => Math.round(t)).join('/')} ms over ${times.length} panel loads (median taken); its floor, the panel's first painted document without its scripts loaded the same way after each: ${floors.map((t) => Math.round(t)).join('/')} ms, median ${Math.round(median(floors))}`);
  return median(times);
}

/**
 * The built devtools page and panel as sibling frames of one extension document, with a fake
 * chrome.devtools fed by the benchmark. `uncappedFrames` lifts Chromium's 60 Hz frame clock.
 */
export async function openBench(dist: string, uncappedFrames: boolean): Promise<{ bench: Bench; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'wechat-inspector-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    locale: 'en-US',
    viewport: { width: 1200, height: 700 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US', '--enable-precise-memory-info',
      ...(uncappedFrames ? ['--disable-frame-rate-limit', '--disable-gpu-vsync'] : [])],
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    // tsx (esbuild keepNames) wraps named functions in __name(): give the serialised page functions one.
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installFakeDevtools, { tabId: TAB_ID, theme: 'default', har: [], firefox: false });
    await context.addInitScript(installPaintProbe);
    await context.addInitScript(installBenchHooks);
    const base = `chrome-extension://${extensionIdForPath(dist)}`;
    const devtoolsWindow = await openDevtoolsWindow(context, base);
    const { capture, panel } = devtoolsWindow;
    await panel.waitForSelector('.empty');
    if ((await panel.evaluate(() => document.documentElement.dataset['transport'])) !== 'direct') throw new Error('the panel did not link to the devtools page');
    return { bench: { dist, base, context, window: devtoolsWindow, capture, panel }, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The host document holds both frames in one renderer: throttling it slows the devtools page and the panel alike. */
const throttle = (bench: Bench) => throttleCpu(bench.context, [bench.window.host], THROTTLE_RATE);

export async function panelFigures(dist: string): Promise<PanelFigures> {
  const notes: string[] = [];
  const slow = `${THROTTLE_RATE}× CPU throttling: `;
  // Chromium's 60 Hz frame clock, as in DevTools: first paint, ingest, burst and heap.
  const paced = await openBench(dist, false);
  let measured: Omit<PanelFigures, 'scrollLongTasks' | 'scrollFrameP95Ms' | 'throttled' | 'notes'>;
  let slowed: Pick<PanelPass, 'ingestRatio' | 'firstPaintMs'>;
  try {
    const bench = paced.bench;
    const firstPaintMs = await firstPaint(bench, notes, '');
    const ingestRatio = await ingest(bench, notes, '');
    const b = await burst(bench, notes);
    // Large bodies fill the log's memory budget; typical ones (< 2 KB) its longest list: the worse counts.
    const heapLarge = await heapAfter100k(bench, notes, 50_000);
    const heapTypical = await heapAfter100k(bench, notes, 2_000);
    measured = { ingestRatio, firstPaintMs, burstDropped: b.dropped, burstLongTasks: b.longTasks, heapMB100k: Math.max(heapLarge, heapTypical) };
    const release = await throttle(bench);
    try {
      slowed = { firstPaintMs: await firstPaint(bench, notes, slow), ingestRatio: await ingest(bench, notes, slow) };
    } finally {
      await release();
    }
  } finally {
    await paced.close();
  }
  // Scrolling, in a browser without the frame clock; the log as the heap phase leaves it with typical bodies.
  const uncapped = await openBench(dist, true);
  try {
    const bench = uncapped.bench;
    await fill(bench, 20_000, 2_000);
    const fast = await scroll(bench, notes, '');
    const release = await throttle(bench);
    try {
      const throttledScroll = await scroll(bench, notes, slow);
      return {
        ...measured,
        scrollLongTasks: fast.longTasks,
        scrollFrameP95Ms: fast.frameP95Ms,
        throttled: { ...slowed, scrollLongTasks: throttledScroll.longTasks, scrollFrameP95Ms: throttledScroll.frameP95Ms },
        notes,
      };
    } finally {
      await release();
    }
  } finally {
    await uncapped.close();
  }
}
