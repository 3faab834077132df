import { fileURLToPath } from 'node:url';
import { clear, feedUntilShown, openBench, type Bench } from './panel-bench';
import { throttleCpu } from './throttle';

/*
 * Not part of npm run bench: the JS functions by self time while the panel takes in 10,000 requests
 * (as the ingest figure), three runs under one CPU profile. Usage: tsx tests/bench/profile-ingest.ts [dist] [rate]
 */
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const { bench, close } = await openBench(dist, false);
type W = Window & { __bench: { prepare(s: unknown[]): number; makeSpecs(n: number, share: number, run: string): unknown[] } };
const prepare = (b: Bench, run: string) => b.capture.evaluate((r) => { const h = (window as unknown as W).__bench; h.prepare(h.makeSpecs(10_000, 0.2, r)); }, run);
try {
  const cdp = await bench.context.newCDPSession(bench.window.host);
  const release = rate > 1 ? await throttleCpu(bench.context, [bench.window.host], rate) : async () => undefined;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  const self = new Map<string, number>();
  let total = 0;
  for (let run = 0; run < 3; run++) {
    await clear(bench);
    await prepare(bench, `p${run}`);
    await cdp.send('Profiler.start');
    const { ms } = await feedUntilShown(bench, 2_000, 60_000);
    const { profile } = await cdp.send('Profiler.stop');
    total += ms;
    type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
    const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
    (profile.samples ?? []).forEach((id, i) => {
      const n = nodes.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    });
  }
  await release();
  console.log(`ingest ms (3 runs) ${total.toFixed(0)}; JS self time (ms):`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${ms.toFixed(1).padStart(8)} ${k}`);
} finally {
  await close();
}
