import { fileURLToPath } from 'node:url';
import { openRealDevtools } from './devtools-latency';
import { throttleCpu } from './throttle';
import { mainThread, printCpuByEvent, printSelfTimes, type TraceEvent } from './trace-summary';

/*
 * Not part of npm run bench: where the extension renderer's time goes in real DevTools while a page
 * calls the fake WeChat API at 50 calls a second (the label latency's pace). Traces the renderer of
 * the devtools page and the panel over 150 calls; prints main-thread CPU per call by trace event and
 * the JS functions by self time. Usage: tsx tests/bench/profile-devtools.ts [dist] [rate]
 */
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const CALLS = 150;
const { browser, devtools, extensionId, page, panel, capture, close } = await openRealDevtools(dist);
try {
  await page.evaluate(() => (window as unknown as { runScenario(id: string): Promise<void> }).runScenario('token-40164'));
  await panel.waitForSelector('.row[data-errcode="40164"]');
  await page.waitForTimeout(1500);
  const release = rate > 1 ? await throttleCpu(devtools.context(), [capture, panel], rate) : async () => undefined;
  const cdp = await devtools.context().newCDPSession(panel);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  // Tracing is the browser's: it records every process; the extension renderer's main thread is the one
  // running the extension's scripts.
  const tracing = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  tracing.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const traced = new Promise<void>((resolve) => tracing.once('Tracing.tracingComplete', () => resolve()));
  await tracing.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await page.evaluate(async (n) => {
    type Demo = { url: string; method: string; requestBody?: string };
    const list = (window as unknown as { demoScenarios: Demo[] }).demoScenarios;
    const fired: Array<Promise<unknown>> = [];
    for (let i = 0; i < n; i++) {
      const s = list[i % list.length]!;
      fired.push(fetch(`${s.url}${s.url.includes('?') ? '&' : '?'}bench=${i}`, { method: s.method, ...(s.requestBody ? { body: s.requestBody } : {}) }).then((r) => r.text(), () => null));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await Promise.all(fired);
  }, CALLS);
  await page.waitForTimeout(2000);
  const { profile } = await cdp.send('Profiler.stop');
  await tracing.send('Tracing.end');
  await traced;
  await release();
  const main = mainThread(events, (e) => e.args?.data?.url?.startsWith(`chrome-extension://${extensionId}`) === true);
  printCpuByEvent(events, main, CALLS, `extension renderer main thread, cpu ms per call (inclusive), count, rate ${rate}:`, 22);
  printSelfTimes(profile, CALLS, 'JS self time per call (ms):', 22);
  await browser.close().catch(() => undefined);
} finally {
  await close();
}
