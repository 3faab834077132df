import type { Frame } from 'playwright';
import { attachDevtools, launchWithExtension, showPanel } from '../../src/demo/browser';
import { makeCertificate } from '../../src/demo/certificate';
import { startFakeWeChatServer, WECHAT_HOSTS } from '../../src/demo/fake-wechat-server';
import { installPaintProbe, NAME_SHIM } from './page-hooks';
import { quantile, round } from './stats';
import { THROTTLE_RATE, throttleCpu } from './throttle';

export interface LatencyFigures {
  labelLatencyP50Ms: number;
  labelLatencyP95Ms: number;
  labelLatencyFloorP95Ms: number;
  throttled: { labelLatencyP95Ms: number; labelLatencyFloorP95Ms: number };
  notes: string[];
}

interface PassFigures {
  p50: number;
  p95: number;
  floorP50: number;
  floorP95: number;
}

const CALLS = 500;
const FLOOR_CALLS = 250;
const PER_SECOND = 50;
/** Calls and floor requests alternate in this many blocks. */
const BLOCKS = 10;
type Stamps = Record<string, number>;
export type StampWindow = Window & { __finished: Stamps; __content: Stamps; __floor: Stamps; __listFloor: Stamps; __shown: Stamps; __painted: Stamps; __labels: Record<string, string> };
/** The bare list of the second floor, in the panel's page (installListFloor). */
type BareList = { write(id: string, body: string): void; show(on: boolean): void };

/**
 * In the extension's devtools page: a second onRequestFinished listener, added by the benchmark after
 * capture's own, stamps each call as DevTools hands it over. It also measures the latency's floor on
 * requests capture ignores (ids starting with "f"): once its own getContent answers, it writes the start
 * of the body into the panel's page at once (no decoding, no store, no view) and stamps when that is
 * painted. Nothing of it ships in the extension.
 */
export function stampFinished(): void {
  type Entry = { request: { url: string }; getContent(callback: (content: string | null) => void): void };
  type PanelWindow = Window & { __afterPaint(callback: () => void): void; __bareList: BareList };
  const w = window as unknown as StampWindow & { chrome: { devtools: { network: { onRequestFinished: { addListener(l: (e: Entry) => void): void } } } } };
  w.__finished = {};
  w.__content = {};
  w.__floor = {};
  w.__listFloor = {};
  // The panel is a sibling frame of this page in the DevTools window.
  let panel: PanelWindow | null = null;
  let floorText: Text | null = null;
  for (let i = 0; i < parent.frames.length; i++) {
    try {
      if (parent.frames[i]!.location.pathname.endsWith('/panel.html')) panel = parent.frames[i] as unknown as PanelWindow;
    } catch {
      // A DevTools frame of another origin.
    }
  }
  if (panel) {
    const box = panel.document.createElement('div');
    box.style.cssText = 'position: fixed; left: 0; bottom: 0; font-size: 9px; pointer-events: none';
    floorText = panel.document.createTextNode('');
    box.append(floorText);
    panel.document.body.append(box);
  }
  w.chrome.devtools.network.onRequestFinished.addListener((entry) => {
    const id = /[?&]bench=([fl]?\d+)/.exec(entry.request.url)?.[1];
    if (id === undefined) return;
    w.__finished[id] = performance.timeOrigin + performance.now();
    if (id.startsWith('l')) {
      // The second floor: the body shown as a new row of a bare list that follows its bottom.
      entry.getContent((content) => {
        if (!panel) return;
        panel.__bareList.write(id, content ?? '');
        panel.__afterPaint(() => (w.__listFloor[id] = performance.timeOrigin + performance.now()));
      });
      return;
    }
    // A call's body is read by capture alone: a second read of it here would be work the floor's
    // requests do not carry.
    if (!id.startsWith('f')) return;
    // How long DevTools takes to hand over a body: a part of the latency no extension can remove.
    entry.getContent((content) => {
      w.__content[id] = performance.timeOrigin + performance.now();
      if (!panel || !floorText) return;
      floorText.data = `${id} ${(content ?? '').slice(0, 24)}`;
      panel.__afterPaint(() => (w.__floor[id] = performance.timeOrigin + performance.now()));
    });
  });
}

/**
 * In the demo page: `count` requests at `perSecond`, numbered from `first + from`, each answer read (until
 * then a request has not finished loading). With `floor` (an id prefix): requests for one of the demo
 * page's scripts, which capture looks at only to see they are no WeChat calls; else the demo's WeChat
 * calls in turn.
 */
export async function fireRequests([from, count, perSecond, first, floor]: readonly [number, number, number, number, string | null]): Promise<void> {
  type Demo = { url: string; method: string; requestBody?: string };
  const list = (window as unknown as { demoScenarios: Demo[] }).demoScenarios;
  const fired: Array<Promise<unknown>> = [];
  for (let i = from; i < from + count; i++) {
    const s = list[i % list.length]!;
    const request = floor === null ? fetch(`${s.url}${s.url.includes('?') ? '&' : '?'}bench=${first + i}`, { method: s.method, ...(s.requestBody ? { body: s.requestBody } : {}) }) : fetch(`/demo-ui.js?bench=${floor}${first + i}`);
    fired.push(request.then((r) => r.text(), () => null));
    await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
  }
  await Promise.all(fired);
}

/**
 * In the panel: the bare list of the second floor, over the panel's own list and of its size, hidden
 * but while its requests run. It does what any list that follows its bottom must do for a new call and
 * nothing more: a row element of a fixed ring placed and given eight texts cut from the body (no
 * decoding, no store, no framework), the list's height grown by a row, the view scrolled to the bottom.
 */
function installListFloor(): void {
  const ROW = 22;
  const area = document.querySelector('.viewport')!.getBoundingClientRect();
  const view = document.createElement('div');
  view.style.cssText = `position: fixed; left: ${area.left}px; top: ${area.top}px; width: ${area.width}px; height: ${area.height}px; overflow: auto; overflow-anchor: none; will-change: scroll-position; background: white; z-index: 10; display: none`;
  const spacer = document.createElement('div');
  spacer.style.cssText = 'position: relative; contain: strict; height: 0';
  view.append(spacer);
  document.body.append(view);
  const rows = Array.from({ length: Math.ceil(area.height / ROW) + 10 }, () => {
    const row = document.createElement('div');
    row.style.cssText = `position: absolute; left: 0; right: 0; height: ${ROW}px; contain: strict; display: grid; grid-template-columns: 100px 56px 1fr 1.6fr 52px 70px 2.4fr 68px; align-items: center`;
    const cells = Array.from({ length: 8 }, () => {
      const cell = document.createElement('span');
      cell.style.cssText = 'padding: 0 6px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis';
      const text = document.createTextNode('');
      cell.append(text);
      row.append(cell);
      return text;
    });
    return { row, cells };
  });
  let count = 0;
  const list: BareList = {
    write(id, body) {
      const { row, cells } = rows[count % rows.length]!;
      const texts = [new Date().toISOString().slice(11, 23), 'GET', id, body.slice(0, 40), '200', body.slice(12, 17), body.slice(20, 80), `${count % 97} ms`];
      texts.forEach((text, i) => (cells[i]!.data = text));
      row.style.top = `${count * ROW}px`;
      if (!row.isConnected) spacer.append(row);
      count++;
      spacer.style.height = `${count * ROW}px`;
      view.scrollTop = count * ROW;
    },
    show(on) {
      view.style.display = on ? 'block' : 'none';
    },
  };
  (window as unknown as { __bareList: BareList }).__bareList = list;
}

/**
 * In the panel: a call that shows up in a row is stamped then, and once its frame is painted (see
 * installPaintProbe). The list reuses its row elements, so a call shows up as new text in a row as
 * often as a new row: every change of the list is looked at.
 */
export function stampPainted(): void {
  const w = window as unknown as StampWindow & { __afterPaint(callback: () => void): void };
  w.__shown = {};
  w.__painted = {};
  w.__labels = {};
  new MutationObserver(() => {
    for (const row of document.querySelectorAll('.row[data-state]')) {
      const id = /[?&]bench=(\d+)/.exec(row.querySelector('.c-endpoint')?.getAttribute('title') ?? '')?.[1];
      if (id === undefined || id in w.__labels) continue;
      w.__shown[id] = performance.timeOrigin + performance.now();
      w.__labels[id] = row.querySelector('.c-meaning')?.textContent ?? '';
      w.__afterPaint(() => (w.__painted[id] = performance.timeOrigin + performance.now()));
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['title'] });
}

/**
 * The demo page (served by the fake WeChat API on loopback) in Chromium with the built extension and
 * real DevTools open on it, the panel shown, and the benchmark's name shim in the three frames.
 */
export async function openRealDevtools(dist: string) {
  const certificate = await makeCertificate(WECHAT_HOSTS);
  const server = await startFakeWeChatServer(certificate);
  const launched = await launchWithExtension({ distDir: dist, serverPort: server.port, spki: certificate.spki, headless: true });
  const close = async (): Promise<void> => {
    await launched.close();
    await server.close();
  };
  try {
    const { browser, devtools, extensionId } = await attachDevtools(launched.cdpPort);
    const page = launched.page;
    await page.goto(`http://localhost:${server.port}/`);
    await page.waitForSelector('body[data-ready="true"]');
    const panel: Frame = await showPanel(devtools, extensionId);
    const capture = devtools.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/src/shells/devtools/devtools.html`));
    if (!capture) throw new Error('the extension devtools page is not loaded');
    for (const frame of [capture, panel, page.mainFrame()]) await frame.evaluate(NAME_SHIM);
    return { browser, devtools, extensionId, page, panel, capture, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * 2. Real DevTools: a page makes WeChat calls at a steady 50/s; onRequestFinished → label painted. Twice:
 * as the machine runs, then with the extension's pages slowed 4×, each pass with its own floor.
 */
export async function latencyFigures(dist: string): Promise<LatencyFigures> {
  const { browser, devtools, page, panel, capture, close } = await openRealDevtools(dist);
  try {
    // One call first, so the knowledge base is loaded and labels are final when the timed calls come.
    await page.evaluate(() => (window as unknown as { runScenario(id: string): Promise<void> }).runScenario('token-40164'));
    await panel.waitForFunction(() => {
      const label = document.querySelector('.row[data-errcode="40164"] .c-meaning')?.textContent ?? '';
      return label !== '' && !/Loading|正在加载/.test(label);
    });
    await panel.evaluate(installPaintProbe);
    await panel.evaluate(installListFloor);
    await panel.evaluate(stampPainted);
    await capture.evaluate(stampFinished);

    const pass = async (offset: number, name: string): Promise<PassFigures> => {
      // Calls and floor requests take turns in blocks, so both meet the machine in the same states (it
      // switches between quiet and loaded stretches); within a block the floor does not share frames
      // with the panel's drawing. Ids start at `offset`, so a pass never counts the rows of the last.
      const started = Date.now();
      const callsPerBlock = CALLS / BLOCKS;
      const floorPerBlock = FLOOR_CALLS / BLOCKS;
      for (let block = 0; block < BLOCKS; block++) {
        await page.evaluate(fireRequests, [block * callsPerBlock, callsPerBlock, PER_SECOND, offset, null] as const);
        await panel.waitForFunction((n) => Object.keys((window as unknown as StampWindow).__painted).length >= n, (block + 1) * callsPerBlock, { timeout: 10_000 }).catch(() => undefined);
        // The floor: the same pace of requests that capture ignores.
        await page.evaluate(fireRequests, [block * floorPerBlock, floorPerBlock, PER_SECOND, offset, 'f'] as const);
        await capture.waitForFunction((n) => Object.keys((window as unknown as StampWindow).__floor).length >= n, (block + 1) * floorPerBlock, { timeout: 10_000 }).catch(() => undefined);
        // The second floor: as many requests again, each shown as a new row of a bare list.
        await panel.evaluate(() => (window as unknown as { __bareList: BareList }).__bareList.show(true));
        await page.evaluate(fireRequests, [block * floorPerBlock, floorPerBlock, PER_SECOND, offset, 'l'] as const);
        await capture.waitForFunction((n) => Object.keys((window as unknown as StampWindow).__listFloor).length >= n, (block + 1) * floorPerBlock, { timeout: 10_000 }).catch(() => undefined);
        await panel.evaluate(() => (window as unknown as { __bareList: BareList }).__bareList.show(false));
      }
      const seconds = (Date.now() - started) / 1000;
      const stamps = { ...(await capture.evaluate(() => {
        const w = window as unknown as StampWindow;
        return { finished: w.__finished, content: w.__content, floor: w.__floor, listFloor: w.__listFloor };
      })), ...(await panel.evaluate(() => ({ painted: (window as unknown as StampWindow).__painted, labels: (window as unknown as StampWindow).__labels }))) };
      // The stamps are cleared for the next pass.
      await capture.evaluate(() => {
        const w = window as unknown as StampWindow;
        w.__finished = {};
        w.__content = {};
        w.__floor = {};
        w.__listFloor = {};
      });
      await panel.evaluate(() => ((window as unknown as StampWindow).__painted = {}));
      const { finished, content, floor, listFloor, painted, labels } = stamps;
      const calls = Object.keys(finished).filter((id) => /^\d/.test(id));
      const listLatencies = Object.keys(listFloor).map((id) => listFloor[id]! - finished[id]!);
      const bodyWaits = Object.keys(content).map((id) => content[id]! - finished[id]!);
      const floorLatencies = Object.keys(floor).map((id) => floor[id]! - finished[id]!);
      const latencies = calls.filter((id) => painted[id] !== undefined).map((id) => painted[id]! - finished[id]!);
      const loading = calls.filter((id) => /Loading|正在加载/.test(labels[id] ?? '')).length;
      const figures = {
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        floorP50: quantile(floorLatencies, 0.5),
        floorP95: quantile(floorLatencies, 0.95),
      };
      notes.push(`${name}label latency: ${CALLS} calls fired at ${PER_SECOND}/s in real DevTools, in ${BLOCKS} blocks taking turns with the floor's requests (${round(seconds, 1)} s in all); ${calls.length} reached onRequestFinished, ${latencies.length} painted (${loading} with a placeholder label); p50 ${round(figures.p50)} / p95 ${round(figures.p95)} / max ${round(Math.max(...latencies))} ms. Of this, DevTools' getContent alone takes (on the floor's requests) p50 ${round(quantile(bodyWaits, 0.5))} / p95 ${round(quantile(bodyWaits, 0.95))} ms. The floor, measured in the same DevTools on ${floorLatencies.length} requests that capture ignores (a script of the demo page), at the same pace, taking turns with the calls, that listener writing each body into the panel's page as soon as it has it, stamped the same way: p50 ${round(figures.floorP50)} / p95 ${round(figures.floorP95)} ms. A second floor, on ${listLatencies.length} more such requests taking turns with the others, each body shown as a new row of a bare list that follows its bottom (over the panel's list, of its size; no decoding, no framework): p50 ${round(quantile(listLatencies, 0.5))} / p95 ${round(quantile(listLatencies, 0.95))} ms (${round(quantile(listLatencies, 0.95) / figures.floorP95, 2)} × the floor's p95)`);
      return figures;
    };

    const notes: string[] = [];
    const fast = await pass(0, '');
    // The slow laptop: both extension pages (one renderer) slowed; DevTools' own frontend is not.
    const release = await throttleCpu(devtools.context(), [capture, panel], THROTTLE_RATE);
    let slow: PassFigures;
    try {
      slow = await pass(CALLS, `${THROTTLE_RATE}× CPU throttling: `);
    } finally {
      await release();
    }
    await browser.close().catch(() => undefined);
    return {
      labelLatencyP50Ms: fast.p50,
      labelLatencyP95Ms: fast.p95,
      labelLatencyFloorP95Ms: fast.floorP95,
      throttled: { labelLatencyP95Ms: slow.p95, labelLatencyFloorP95Ms: slow.floorP95 },
      notes,
    };
  } finally {
    await close();
  }
}
