import { THROTTLE_RATE } from './throttle';

/** The figures measured again with the DevTools window's extension pages slowed 4× (CDP CPU throttling). */
export interface Throttled4x {
  ingestRatio: number;
  scrollLongTasks: number;
  scrollFrameP95Ms: number;
  firstPaintMs: number;
  labelLatencyP95Ms: number;
  labelLatencyFloorP95Ms: number;
}

/** The figures of one benchmark run, as written to tests/bench/results.json. */
export interface BenchResults {
  ingestRatio: number;
  labelLatencyP50Ms: number;
  labelLatencyP95Ms: number;
  labelLatencyFloorP95Ms: number;
  burstDropped: number;
  burstLongTasks: number;
  heapMB100k: number;
  scrollLongTasks: number;
  scrollFrameP95Ms: number;
  panelJsGzipKB: number;
  dataGzipKB: number;
  zipKB: number;
  firstPaintMs: number;
  cliReport400MBSeconds: number;
  cliReportFloor400MBSeconds: number;
  cliReportRatio400MB: number;
  cliPeakRss400MBMB: number;
  cliReport1GBSeconds: number;
  cliPeakRss1GBMB: number;
  throttled4x: Throttled4x;
  notes: string[];
  machine: string;
}

type Figure = Exclude<keyof BenchResults, 'notes' | 'machine' | 'throttled4x'>;
type Row<K> = { key: K; what: string; target: number | null; unit: string };

const rows: Array<Row<Figure>> = [
  { key: 'ingestRatio', what: '10,000 requests through capture → decode → store → render, ÷ bare floor', target: 1.25, unit: '×' },
  { key: 'labelLatencyP50Ms', what: 'onRequestFinished → label painted, p50 (real DevTools, 50 calls/s)', target: null, unit: 'ms' },
  { key: 'labelLatencyP95Ms', what: 'onRequestFinished → label painted, p95', target: 16, unit: 'ms' },
  { key: 'labelLatencyFloorP95Ms', what: "its floor's p95: a bare listener painting each body, same DevTools, same run", target: null, unit: 'ms' },
  { key: 'burstDropped', what: '5,000 calls finished in one tick: calls not shown', target: 0, unit: '' },
  { key: 'burstLongTasks', what: '5,000 calls in one tick: long tasks (> 50 ms)', target: 0, unit: '' },
  { key: 'heapMB100k', what: 'JS heap after 100,000 captured calls (bounded log)', target: 64, unit: 'MB' },
  { key: 'scrollLongTasks', what: 'long tasks while scrolling through them', target: 0, unit: '' },
  { key: 'scrollFrameP95Ms', what: 'frame to frame while scrolling, p95 (frame rate uncapped)', target: 8, unit: 'ms' },
  { key: 'panelJsGzipKB', what: "panel's initial JavaScript, gzip", target: 35, unit: 'KB' },
  { key: 'dataGzipKB', what: 'knowledge base chunk (lazy), gzip', target: null, unit: 'KB' },
  { key: 'zipKB', what: 'whole extension, zipped', target: null, unit: 'KB' },
  { key: 'firstPaintMs', what: 'panel shown → rows painted, 1,000 calls captured', target: 150, unit: 'ms' },
  { key: 'cliReport400MBSeconds', what: '`report --json` of a 400 MB HAR (built bin)', target: null, unit: 's' },
  { key: 'cliReportFloor400MBSeconds', what: 'naive floor on the same file: whole-file `JSON.parse`, then each WeChat body', target: null, unit: 's' },
  { key: 'cliReportRatio400MB', what: 'report ÷ floor, same file, same run', target: 1, unit: '×' },
  { key: 'cliPeakRss400MBMB', what: 'peak RSS of the report, 400 MB HAR', target: 200, unit: 'MB' },
  { key: 'cliReport1GBSeconds', what: '`report --json` of a 1 GB HAR', target: null, unit: 's' },
  { key: 'cliPeakRss1GBMB', what: 'its peak RSS', target: 200, unit: 'MB' },
];

/** Label latency's target at 4× is relative: at most this many times its floor's p95 in the same pass. */
const LATENCY_OVER_FLOOR = 1.25;

const throttledRows = (results: BenchResults): Array<Row<keyof Throttled4x>> => [
  { key: 'ingestRatio', what: '10,000 requests, ÷ the floor also slowed 4×', target: 1.5, unit: '×' },
  { key: 'scrollLongTasks', what: 'long tasks while scrolling', target: 0, unit: '' },
  { key: 'scrollFrameP95Ms', what: 'frame to frame while scrolling, p95 (one 60 Hz frame)', target: 16.7, unit: 'ms' },
  { key: 'firstPaintMs', what: 'panel shown → rows painted, 1,000 calls', target: 300, unit: 'ms' },
  { key: 'labelLatencyP95Ms', what: `label latency p95 (target: ${LATENCY_OVER_FLOOR} × its floor's)`, target: LATENCY_OVER_FLOOR * results.throttled4x.labelLatencyFloorP95Ms, unit: 'ms' },
  { key: 'labelLatencyFloorP95Ms', what: "its floor's p95, same DevTools, same pass", target: null, unit: 'ms' },
];

const show = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));

function table<K extends string>(rowsOf: Array<Row<K>>, value: (key: K) => number, name: (key: K) => string): string[] {
  const lines = ['| figure | what | measured | target | |', '| --- | --- | --- | --- | --- |'];
  for (const { key, what, target, unit } of rowsOf) {
    const v = value(key);
    const met = target === null ? '' : v <= target ? '✓' : '✗';
    lines.push(`| \`${name(key)}\` | ${what} | ${show(v)}${unit ? ` ${unit}` : ''} | ${target === null ? '—' : `≤ ${show(target)}${unit ? ` ${unit}` : ''}`} | ${met} |`);
  }
  return lines;
}

/** The Markdown tables (README and results.md): figure, measured, target, met; then the 4× pass. */
export function resultsTable(results: BenchResults): string {
  return [
    ...table(rows, (key) => results[key], (key) => key),
    '',
    `With the DevTools window's extension pages slowed ${THROTTLE_RATE}× (CDP \`Emulation.setCPUThrottlingRate\`), floors slowed alike:`,
    '',
    ...table(throttledRows(results), (key) => results.throttled4x[key], (key) => `throttled4x.${key}`),
  ].join('\n');
}

export function resultsMarkdown(results: BenchResults): string {
  return [
    '# Benchmark results',
    '',
    `\`npm run bench\` on ${results.machine}.`,
    '',
    resultsTable(results),
    '',
    '## Notes',
    '',
    ...results.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
