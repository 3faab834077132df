import { fileURLToPath } from 'node:url';
import { fireRequests, openRealDevtools, stampFinished, stampPainted, type StampWindow } from './devtools-latency';
import { installPaintProbe } from './page-hooks';
import { quantile, round } from './stats';
import { throttleCpu } from './throttle';

/*
 * Not part of npm run bench: where a call's label latency goes in real DevTools while a page calls the
 * fake WeChat API at a steady 50 a second (no pauses, unlike the benchmark's blocks). With the
 * benchmark's own stamps (as DevTools hands a call over, as its row appears in the panel's DOM, once
 * that is painted) and one more as it enters the devtools page's log; prints the stages' p50 and p95.
 * Usage: tsx tests/bench/profile-stages.ts [dist] [rate]
 */
type Stamps = Record<string, number>;
type StoredWindow = Window & { __stored: Stamps };
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const CALLS = 200;
const { devtools, page, panel, capture, close } = await openRealDevtools(dist);
try {
  await page.evaluate(() => (window as unknown as { runScenario(id: string): Promise<void> }).runScenario('token-40164'));
  await panel.waitForSelector('.row[data-errcode="40164"]');
  await panel.evaluate(installPaintProbe);
  await panel.evaluate(stampPainted);
  await capture.evaluate(stampFinished);
  await capture.evaluate(() => {
    type Link = { store: { subscribe(l: (e: { type: string; calls?: Array<{ url: string }> }) => void): void } };
    const w = window as unknown as StoredWindow & { __wechatApiInspectorCapture: Link };
    w.__stored = {};
    w.__wechatApiInspectorCapture.store.subscribe((event) => {
      for (const call of event.calls ?? []) {
        const id = /[?&]bench=(\d+)/.exec(call.url)?.[1];
        if (id) w.__stored[id] = performance.timeOrigin + performance.now();
      }
    });
  });
  const release = rate > 1 ? await throttleCpu(devtools.context(), [capture, panel], rate) : async () => undefined;
  await page.evaluate(fireRequests, [0, CALLS, 50, 0, null] as const);
  await page.waitForTimeout(3000);
  await release();
  const captured = await capture.evaluate(() => {
    const w = window as unknown as StampWindow & StoredWindow;
    return { finished: w.__finished, stored: w.__stored };
  });
  const shown = await panel.evaluate(() => {
    const w = window as unknown as StampWindow;
    return { dom: w.__shown, painted: w.__painted };
  });
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
