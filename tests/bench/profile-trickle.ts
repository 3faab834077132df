import { fileURLToPath } from 'node:url';
import { fill, openBench } from './panel-bench';
import { throttleCpu } from './throttle';

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
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: Array<{ name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: Record<string, unknown> }> = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await bench.capture.evaluate(async (n) => {
    type Fake = { finish(spec: unknown): void };
    const fake = (window as unknown as { __fake: Fake }).__fake;
    for (let i = 0; i < n; i++) {
      fake.finish({ url: `https://api.weixin.qq.com/cgi-bin/user/info?access_token=T&n=${i}`, content: JSON.stringify({ errcode: i % 3 ? 0 : 42001, errmsg: `access_token expired n=${i}` }) });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, CALLS);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  await release();
  const byThread = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && e.dur) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byName = new Map<string, { cpu: number; n: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || `${e.pid}:${e.tid}` !== main) continue;
    const s = byName.get(e.name) ?? { cpu: 0, n: 0 };
    s.cpu += (e.tdur ?? 0) / 1000;
    s.n++;
    byName.set(e.name, s);
  }
  if (process.env['LAYOUTS']) for (const e of events.filter((x) => `${x.pid}:${x.tid}` === main && ['Layout', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'Paint'].includes(x.name)).sort((a, b) => a.ts - b.ts).slice(200, 260)) console.log(e.ts, e.name, ((e.tdur ?? 0) / 1000).toFixed(2), JSON.stringify(e.args).slice(0, 300));
  console.log(`main thread cpu ms per call (inclusive), count, rate ${rate}:`);
  for (const [name, s] of [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 24)) console.log(`  ${name.padEnd(40)} ${(s.cpu / CALLS).toFixed(2).padStart(8)} ${s.n}`);
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
  const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const n = nodes.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  console.log('JS self time per call (ms):');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 24)) console.log(`  ${(ms / CALLS).toFixed(2).padStart(8)} ${k}`);
} finally {
  await close();
}
