import { fileURLToPath } from 'node:url';
import { fireRequests, openRealDevtools } from './devtools-latency';
import { installPaintProbe } from './page-hooks';
import { quantile, round } from './stats';
import { throttleCpu } from './throttle';

/*
 * Not part of npm run bench: where a call's label latency goes in real DevTools while a page calls the
 * fake WeChat API at a steady 50 a second (no pauses, unlike the benchmark's blocks). Stamps each call
 * as DevTools hands it over, as it enters the devtools page's log, as its row appears in the panel's
 * DOM and once that is painted; prints the stages' p50 and p95.
 * Usage: tsx tests/bench/profile-stages.ts [dist] [rate]
 */
type Stamps = Record<string, number>;
type CaptureStamps = { finished: Stamps; stored: Stamps };
type PanelStamps = { dom: Stamps; painted: Stamps };
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const CALLS = 200;
const { devtools, page, panel, capture, close } = await openRealDevtools(dist);
try {
  await page.evaluate(() => (window as unknown as { runScenario(id: string): Promise<void> }).runScenario('token-40164'));
  await panel.waitForSelector('.row[data-errcode="40164"]');
  await panel.evaluate(installPaintProbe);
  await capture.evaluate(() => {
    type Entry = { request: { url: string } };
    type Link = { store: { subscribe(l: (e: { type: string; calls?: Array<{ url: string }> }) => void): void } };
    const w = window as unknown as { __stages: CaptureStamps; __wechatApiInspectorCapture: Link; chrome: { devtools: { network: { onRequestFinished: { addListener(l: (e: Entry) => void): void } } } } };
    const stages: CaptureStamps = { finished: {}, stored: {} };
    w.__stages = stages;
    const idOf = (url: string) => /[?&]bench=(\d+)/.exec(url)?.[1];
    w.chrome.devtools.network.onRequestFinished.addListener((entry) => {
      const id = idOf(entry.request.url);
      if (id) stages.finished[id] = performance.timeOrigin + performance.now();
    });
    w.__wechatApiInspectorCapture.store.subscribe((event) => {
      for (const call of event.calls ?? []) {
        const id = idOf(call.url);
        if (id) stages.stored[id] = performance.timeOrigin + performance.now();
      }
    });
  });
  await panel.evaluate(() => {
    const w = window as unknown as { __stages: PanelStamps; __afterPaint(callback: () => void): void };
    const stages: PanelStamps = { dom: {}, painted: {} };
    w.__stages = stages;
    new MutationObserver(() => {
      for (const row of document.querySelectorAll('.row[data-state]')) {
        const id = /[?&]bench=(\d+)/.exec(row.querySelector('.c-endpoint')?.getAttribute('title') ?? '')?.[1];
        if (id === undefined || id in stages.dom) continue;
        stages.dom[id] = performance.timeOrigin + performance.now();
        w.__afterPaint(() => (stages.painted[id] = performance.timeOrigin + performance.now()));
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['title'] });
  });
  const release = rate > 1 ? await throttleCpu(devtools.context(), [capture, panel], rate) : async () => undefined;
  await page.evaluate(fireRequests, [0, CALLS, 50, 0, null] as const);
  await page.waitForTimeout(3000);
  await release();
  const captured = await capture.evaluate(() => (window as unknown as { __stages: CaptureStamps }).__stages);
  const shown = await panel.evaluate(() => (window as unknown as { __stages: PanelStamps }).__stages);
  const stage = (name: string, from: Stamps, to: Stamps): void => {
    const ms = Object.keys(to).filter((id) => from[id] !== undefined).map((id) => to[id]! - from[id]!);
    console.log(`  ${name.padEnd(30)} n ${ms.length}  p50 ${round(quantile(ms, 0.5))}  p95 ${round(quantile(ms, 0.95))} ms`);
  };
  console.log(`${CALLS} calls at 50/s, rate ${rate}:`);
  stage('finished → in the log', captured.finished, captured.stored);
  stage('in the log → row in the DOM', captured.stored, shown.dom);
  stage('row in the DOM → painted', shown.dom, shown.painted);
  stage('finished → painted', captured.finished, shown.painted);
} finally {
  await close();
}
