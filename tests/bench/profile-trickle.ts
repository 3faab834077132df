import { fileURLToPath } from 'node:url';
import { fill, openBench } from './panel-bench';
import { throttleCpu } from './throttle';
import { mainThread, printCpuByEvent, printSelfTimes, startRecording } from './trace-summary';

/*
 * Not part of npm run bench: where a call's time goes when calls arrive one by one (the label-latency
 * pace, 50 a second) into a long log the list follows at its bottom. The panel bench's two frames, the
 * 60 Hz frame clock on, a CDP trace and CPU profile over 150 calls; prints main-thread CPU per call by
 * trace event and the JS functions by self time. Usage: tsx tests/bench/profile-trickle.ts [dist] [rate]
 */
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const CALLS = 150;
const { bench, close } = await openBench(dist, false);
try {
  await fill(bench, 1_000, 2_000);
  const cdp = await bench.context.newCDPSession(bench.window.host);
  const release = rate > 1 ? await throttleCpu(bench.context, [bench.window.host], rate) : async () => undefined;
  const stop = await startRecording(cdp);
  await bench.capture.evaluate(async (n) => {
    type Fake = { finish(spec: unknown): void };
    const fake = (window as unknown as { __fake: Fake }).__fake;
    for (let i = 0; i < n; i++) {
      fake.finish({ url: `https://api.weixin.qq.com/cgi-bin/user/info?access_token=T&n=${i}`, content: JSON.stringify({ errcode: i % 3 ? 0 : 42001, errmsg: `access_token expired n=${i}` }) });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, CALLS);
  const { events, profile } = await stop();
  await release();
  const main = mainThread(events);
  printCpuByEvent(events, main, CALLS, `main thread cpu ms per call (inclusive), count, rate ${rate}:`);
  printSelfTimes(profile, CALLS, 'JS self time per call (ms):');
} finally {
  await close();
}
