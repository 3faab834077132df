import type { CDPSession } from 'playwright';

/*
 * A CDP trace and CPU profile recorded together, and their sums, as the profile-*.ts scripts print them (not part of the
 * benchmark): a renderer's main thread by trace event, and JS functions by self time.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

interface CpuProfile {
  nodes: unknown[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The thread that ran the most FunctionCall time (of the events `counted` keeps): a renderer's main thread. */
export function mainThread(events: readonly TraceEvent[], counted: (e: TraceEvent) => boolean = () => true): string | undefined {
  const byThread = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && e.dur && counted(e)) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  return [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Prints `thread`'s CPU time (thread time, inclusive) by event name, divided by `per`, the largest first. */
export function printCpuByEvent(events: readonly TraceEvent[], thread: string | undefined, per: number, title: string, top = 24): void {
  const byName = new Map<string, { cpu: number; n: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || `${e.pid}:${e.tid}` !== thread) continue;
    const s = byName.get(e.name) ?? { cpu: 0, n: 0 };
    s.cpu += (e.tdur ?? 0) / 1000;
    s.n++;
    byName.set(e.name, s);
  }
  console.log(title);
  for (const [name, s] of [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, top)) console.log(`  ${name.padEnd(40)} ${(s.cpu / per).toFixed(2).padStart(8)} ${s.n}`);
}

/** Prints the JS functions of a CPU profile by self time (ms), divided by `per`, the largest first. */
export function printSelfTimes(profile: CpuProfile, per: number, title: string, top = 24): void {
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
  const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const n = nodes.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  console.log(title);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(ms / per).toFixed(2).padStart(8)} ${k}`);
}

/**
 * Starts a trace (on `tracing`: a page's session, or the browser's to see every process) and a CPU
 * profile (on `profiler`, sampled every `intervalUs`; none when it is 0, as the profiler adds its own
 * cost to what the trace measures); the returned function stops both.
 */
export async function startRecording(tracing: CDPSession, profiler: CDPSession = tracing, intervalUs = 200): Promise<() => Promise<{ events: TraceEvent[]; profile: CpuProfile }>> {
  const profiling = intervalUs > 0;
  if (profiling) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: intervalUs });
  }
  const events: TraceEvent[] = [];
  tracing.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const traced = new Promise<void>((resolve) => tracing.once('Tracing.tracingComplete', () => resolve()));
  await tracing.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  if (profiling) await profiler.send('Profiler.start');
  return async () => {
    const profile: CpuProfile = profiling ? (await profiler.send('Profiler.stop')).profile : { nodes: [] };
    await tracing.send('Tracing.end');
    await traced;
    return { events, profile };
  };
}
