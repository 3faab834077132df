import { fileURLToPath } from 'node:url';
import { loadUntilPainted, openBench } from './panel-bench';
import { throttleCpu } from './throttle';
import { mainThread, printCpuByEvent, printSelfTimes, startRecording } from './trace-summary';

/*
 * Not part of npm run bench: where a panel load's time goes until its first rows are painted (as the
 * first-paint figure: 1,000 calls captured). Loads the panel five times under a CDP trace and a CPU
 * profile; prints the main thread's time by trace event and the JS functions by self time, per load.
 * Usage: tsx tests/bench/profile-first-paint.ts [dist] [rate]
 */
type W = Window & { __bench: { prepare(s: unknown[]): number; makeSpecs(n: number, share: number, run: string, max?: number): unknown[]; feed(): number } };
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const loads = 5;
const { bench, close } = await openBench(dist, false);
try {
  await bench.capture.evaluate(() => {
    const h = (window as unknown as W).__bench;
    h.prepare(h.makeSpecs(1_000, 1, 'first-paint', 2_000));
    h.feed();
  });
  await bench.panel.waitForFunction(() => document.querySelector('.count-calls')?.textContent?.startsWith('1000'));
  const cdp = await bench.context.newCDPSession(bench.window.host);
  const release = rate > 1 ? await throttleCpu(bench.context, [bench.window.host], rate) : async () => undefined;
  const stop = await startRecording(cdp);
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    times.push(await loadUntilPainted(bench, () => bench.window.addPanel()));
  }
  const { events, profile } = await stop();
  await release();
  console.log(`first paint (ms): ${times.map((t) => Math.round(t)).join('/')}`);
  const main = mainThread(events);
  // The last load in order: its main-thread steps from the panel's HTML to the end of the trace.
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  const start = onMain.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes('panel.html')).at(-1)?.ts ?? 0;
  const steps = new Set(['ParseHTML', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC', 'v8.compile', 'ParseAuthorStyleSheet', 'EventDispatch', 'v8.callFunction', 'ResizeObserver']);
  console.log(`last load, main thread from its HTML (ms after, wall ms, cpu ms):`);
  for (const e of onMain) if (e.ts >= start && steps.has(e.name) && (e.dur ?? 0) >= 1500) console.log(`  ${((e.ts - start) / 1000).toFixed(1).padStart(7)} ${e.name.padEnd(24)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${((e.tdur ?? 0) / 1000).toFixed(1).padStart(6)}`);
  printCpuByEvent(events, main, loads, 'main thread cpu ms per load (inclusive), count:', 30);
  printSelfTimes(profile, loads, 'JS self time per load (ms):', 30);
} finally {
  await close();
}
