import { fileURLToPath } from 'node:url';
import { fireRequests, openRealDevtools } from './devtools-latency';
import { throttleCpu } from './throttle';
import { mainThread, printCpuByEvent, printSelfTimes, startRecording } from './trace-summary';

/*
 * Not part of npm run bench: where the extension renderer's time goes in real DevTools while a page
 * calls the fake WeChat API at 50 calls a second (the label latency's pace). Traces the renderer of
 * the devtools page and the panel over 150 calls; prints main-thread CPU per call by trace event and
 * the JS functions by self time. `trace`: the trace alone, without the CPU profiler and its own cost
 * (the figures to compare builds by); `gap`: ms between calls (100 leaves each call's frame its own).
 * Usage: tsx tests/bench/profile-devtools.ts [dist] [rate] [gap] [trace]
 */
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const gap = Number(process.argv[4] ?? '20');
const traceOnly = process.argv[5] === 'trace';
const CALLS = 150;
const { browser, devtools, extensionId, page, panel, capture, close } = await openRealDevtools(dist);
try {
  await page.evaluate(() => (window as unknown as { runScenario(id: string): Promise<void> }).runScenario('token-40164'));
  await panel.waitForSelector('.row[data-errcode="40164"]');
  await page.waitForTimeout(1500);
  const release = rate > 1 ? await throttleCpu(devtools.context(), [capture, panel], rate) : async () => undefined;
  const cdp = await devtools.context().newCDPSession(panel);
  // Tracing is the browser's: it records every process; the extension renderer's main thread is the one
  // running the extension's scripts.
  const stop = await startRecording(await browser.newBrowserCDPSession(), cdp, traceOnly ? 0 : 250);
  await page.evaluate(fireRequests, [0, CALLS, 1000 / gap, 0, null] as const);
  await page.waitForTimeout(2000);
  const { events, profile } = await stop();
  await release();
  const main = mainThread(events, (e) => e.args?.data?.url?.startsWith(`chrome-extension://${extensionId}`) === true);
  printCpuByEvent(events, main, CALLS, `extension renderer main thread, cpu ms per call (inclusive), count, rate ${rate}:`, 22);
  if (!traceOnly) printSelfTimes(profile, CALLS, 'JS self time per call (ms):', 22);
  await browser.close().catch(() => undefined);
} finally {
  await close();
}
