/** The figures of one benchmark run, as written to tests/bench/results.json. */
export interface BenchResults {
  ingestRatio: number;
  labelLatencyP50Ms: number;
  labelLatencyP95Ms: number;
  burstDropped: number;
  burstLongTasks: number;
  heapMB100k: number;
  scrollLongTasks: number;
  panelJsGzipKB: number;
  dataGzipKB: number;
  zipKB: number;
  firstPaintMs: number;
  cliReport200MBSeconds: number;
  cliPeakRssMB: number;
  webviewScriptGzipKB: number;
  webviewFetchRatio: number;
  webviewHeapMB: number;
  notes: string[];
  machine: string;
}

type Figure = Exclude<keyof BenchResults, 'notes' | 'machine'>;

const rows: Array<{ key: Figure; what: string; target: number | null; unit: string }> = [
  { key: 'ingestRatio', what: '10,000 requests through capture → decode → store → render, ÷ bare floor', target: 1.25, unit: '×' },
  { key: 'labelLatencyP50Ms', what: 'onRequestFinished → label painted, p50 (real DevTools, 50 calls/s)', target: null, unit: 'ms' },
  { key: 'labelLatencyP95Ms', what: 'onRequestFinished → label painted, p95', target: 16, unit: 'ms' },
  { key: 'burstDropped', what: '5,000 calls finished in one tick: calls not shown', target: 0, unit: '' },
  { key: 'burstLongTasks', what: '5,000 calls in one tick: long tasks (> 50 ms)', target: 0, unit: '' },
  { key: 'heapMB100k', what: 'JS heap after 100,000 captured calls (bounded log)', target: 64, unit: 'MB' },
  { key: 'scrollLongTasks', what: 'long tasks while scrolling through them', target: 0, unit: '' },
  { key: 'panelJsGzipKB', what: "panel's initial JavaScript, gzip", target: 35, unit: 'KB' },
  { key: 'dataGzipKB', what: 'knowledge base chunk (lazy), gzip', target: null, unit: 'KB' },
  { key: 'zipKB', what: 'whole extension, zipped', target: null, unit: 'KB' },
  { key: 'firstPaintMs', what: 'panel shown → rows painted, 1,000 calls captured', target: 150, unit: 'ms' },
  { key: 'cliReport200MBSeconds', what: '`report --json` of a 200 MB HAR (built bin)', target: null, unit: 's' },
  { key: 'cliPeakRssMB', what: 'its peak RSS', target: null, unit: 'MB' },
  { key: 'webviewScriptGzipKB', what: 'in-page plugin: the classic script, knowledge included, gzip', target: null, unit: 'KB' },
  { key: 'webviewFetchRatio', what: "in-page plugin: a page's fetch of a 1 KB JSON answer (relayed error, read and decoded) ÷ bare fetch", target: 1.05, unit: '×' },
  { key: 'webviewHeapMB', what: "in-page plugin: the page's JS heap after 5,000 captured 20 KB answers (bounded log)", target: 64, unit: 'MB' },
];

const show = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));

/** The Markdown table (README and results.md): figure, measured, target, met. */
export function resultsTable(results: BenchResults): string {
  const lines = ['| figure | what | measured | target | |', '| --- | --- | --- | --- | --- |'];
  for (const { key, what, target, unit } of rows) {
    const value = results[key];
    const met = target === null ? '' : value <= target ? '✓' : '✗';
    lines.push(`| \`${key}\` | ${what} | ${show(value)}${unit ? ` ${unit}` : ''} | ${target === null ? '—' : `≤ ${target}${unit ? ` ${unit}` : ''}`} | ${met} |`);
  }
  return lines.join('\n');
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
