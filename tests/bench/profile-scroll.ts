import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { fill, openBench, scroll, scrollFloor } from './panel-bench';
import { quantile } from './stats';
import { throttleCpu } from './throttle';

/*
 * Not part of npm run bench: where a scroll frame's time goes. Opens the panel bench (uncapped frames),
 * fills the log, then scrolls under a CDP trace and a CPU profile; prints the main thread's time by
 * trace event and the JS functions by self time. Usage: tsx tests/bench/profile-scroll.ts [dist] [rate]
 */
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const withProfiler = process.argv[4] === 'js';
// `floor`: the same trace of the scroll's floor (a bare list of the same size) instead of the panel.
const floorOnly = process.argv[4] === 'floor';
const { bench, close } = await openBench(dist, true);
try {
  await fill(bench, 20_000, 2_000);
  const cdp = await bench.context.newCDPSession(bench.window.host);
  const release = rate > 1 ? await throttleCpu(bench.context, [bench.window.host], rate) : async () => undefined;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: Array<{ name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number; args?: { data?: { frame?: string } } }> = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  if (withProfiler) await cdp.send('Profiler.start');
  const notes: string[] = [];
  // Without the floor: the trace then holds the panel's frames only.
  const viewportHeight = await bench.panel.evaluate(() => document.querySelector<HTMLElement>('.viewport')!.clientHeight);
  const r = floorOnly
    ? await scrollFloor(bench, 11_553, viewportHeight).then((f) => ({ longTasks: f.longTasks.length, frameP95Ms: quantile(f.times, 0.95) }))
    : await scroll(bench, notes, '', false);
  const profile = withProfiler ? (await cdp.send('Profiler.stop')).profile : { nodes: [], samples: [], timeDeltas: [] };
  await cdp.send('Tracing.end');
  await traced;
  await release();
  console.log(notes.join('\n'), r);
  await writeFile('/tmp/i23-scroll.cpuprofile', JSON.stringify(profile));
  // The renderer main thread: the thread with the most FunctionCall time.
  const byThread = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && e.dur) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  // Wall time and thread (CPU) time: on a loaded machine the thread is often descheduled inside an event.
  const byName = new Map<string, { ms: number; cpu: number; n: number }>();
  const otherThreads = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (`${e.pid}:${e.tid}` !== main) {
      if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') otherThreads.set(`${e.pid}:${e.tid}`, (otherThreads.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? 0) / 1000);
      continue;
    }
    const s = byName.get(e.name) ?? { ms: 0, cpu: 0, n: 0 };
    s.ms += e.dur / 1000;
    s.cpu += (e.tdur ?? 0) / 1000;
    s.n++;
    byName.set(e.name, s);
  }
  const frames = byName.get('FireAnimationFrame')?.n ?? 1;
  const per = (name: string) => ((byName.get(name)?.cpu ?? 0) / frames).toFixed(2);
  console.log(`SUMMARY ${process.argv[2]}${floorOnly ? ' (floor)' : ''} rate ${rate}: ${r.frameP95Ms.toFixed(1)} ms p95, ${r.longTasks} long; main-thread cpu per frame: all ${per('RunTask')} | style ${per('UpdateLayoutTree')} layout ${per('Layout')} prepaint ${per('PrePaint')} paint ${per('Paint')} layerize ${per('Layerize')} commit ${per('Commit')} | scroll event (JS) ${per('EventDispatch')} rAF ${per('FireAnimationFrame')}`);
  console.log('main thread (inclusive wall ms, cpu ms, count):');
  for (const [name, s] of [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 22)) console.log(`  ${name.padEnd(36)} ${s.ms.toFixed(1).padStart(9)} ${s.cpu.toFixed(1).padStart(9)} ${s.n}`);
  console.log('other threads, RunTask cpu ms:', [...otherThreads].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  // JS self time by function.
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
  const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = nodes.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  console.log('JS self time (ms):');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)} ${k}`);
} finally {
  await close();
}
