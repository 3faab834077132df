import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_PATH } from '../../src/demo/browser';
import { cliFigures, type CliFigures } from './cli-bench';
import { latencyFigures } from './devtools-latency';
import { panelFigures } from './panel-bench';
import { resultsMarkdown, resultsTable, type BenchResults } from './results-table';
import { sizeFigures } from './sizes';
import { webviewFigures, type WebviewFigures } from './webview-bench';
import { round } from './stats';
import { partsOptions, runParts } from './parts';

/*
 * npm run bench: builds the extension and the CLI, then measures them (see README, Performance).
 * Runs one part after another, never in parallel: the machines are shared and have two cores.
 */
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const BIN = fileURLToPath(new URL('../../dist-cli/wechat-api-inspector.mjs', import.meta.url));
const OUT = new URL('./', import.meta.url);

function machine(): string {
  const chromium = (() => {
    try {
      return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'Chromium (version unknown)';
    }
  })();
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${chromium}`;
}

const started = Date.now();
const log = (what: string) => console.log(`[bench ${round((Date.now() - started) / 1000, 0)} s] ${what}`);

// `npm run bench -- --only=scroll,first-paint,ingest [--rate=4] [--against=<old build>] [--rounds=n]`
// measures those pieces of the panel benchmark alone (against another build, taking turns) and prints
// them: results.json and README stay as they are.
const parts = partsOptions(process.argv);
if (parts) {
  await runParts(parts, log);
  process.exit(0);
}

// `npm run bench -- --cli-only` measures the command line alone and keeps the other figures (and their
// notes) of the last full run.
const cliOnly = process.argv.includes('--cli-only');
const previous = cliOnly ? (JSON.parse(await readFile(new URL('results.json', OUT), 'utf8')) as BenchResults) : null;

const browserFigures = async (): Promise<Omit<BenchResults, keyof CliFigures | keyof WebviewFigures | 'machine'> & { notes: string[] }> => {
  if (previous) {
    const { ingestRatio, labelLatencyP50Ms, labelLatencyP95Ms, labelLatencyFloorP95Ms, burstDropped, burstLongTasks, heapMB100k, scrollLongTasks, scrollFrameP95Ms, panelJsGzipKB, dataGzipKB, zipKB, firstPaintMs, throttled4x } = previous;
    const notes = previous.notes.filter((n) => !n.startsWith('cli:') && !n.startsWith('webview') && !n.startsWith('the whole run'));
    return { ingestRatio, labelLatencyP50Ms, labelLatencyP95Ms, labelLatencyFloorP95Ms, burstDropped, burstLongTasks, heapMB100k, scrollLongTasks, scrollFrameP95Ms, panelJsGzipKB, dataGzipKB, zipKB, firstPaintMs, throttled4x, notes };
  }
  log('sizes');
  const sizes = await sizeFigures(DIST);
  log('panel with a fake devtools.network');
  const panel = await panelFigures(DIST);
  log('label latency in real DevTools');
  const latency = await latencyFigures(DIST);
  return {
    ingestRatio: round(panel.ingestRatio, 2),
    labelLatencyP50Ms: round(latency.labelLatencyP50Ms),
    labelLatencyP95Ms: round(latency.labelLatencyP95Ms),
    labelLatencyFloorP95Ms: round(latency.labelLatencyFloorP95Ms),
    burstDropped: panel.burstDropped,
    burstLongTasks: panel.burstLongTasks,
    heapMB100k: round(panel.heapMB100k),
    scrollLongTasks: panel.scrollLongTasks,
    scrollFrameP95Ms: round(panel.scrollFrameP95Ms),
    panelJsGzipKB: round(sizes.panelJsGzipKB),
    dataGzipKB: round(sizes.dataGzipKB),
    zipKB: round(sizes.zipKB),
    firstPaintMs: round(panel.firstPaintMs),
    throttled4x: {
      ingestRatio: round(panel.throttled.ingestRatio, 2),
      scrollLongTasks: panel.throttled.scrollLongTasks,
      scrollFrameP95Ms: round(panel.throttled.scrollFrameP95Ms),
      firstPaintMs: round(panel.throttled.firstPaintMs),
      labelLatencyP95Ms: round(latency.throttled.labelLatencyP95Ms),
      labelLatencyFloorP95Ms: round(latency.throttled.labelLatencyFloorP95Ms),
    },
    notes: [...sizes.notes, ...panel.notes, ...latency.notes],
  };
};
const browser = await browserFigures();
log('report of a 400 MB and a 1 GB HAR');
const cli = await cliFigures(BIN);
log('the in-page plugin');
const webview = await webviewFigures();

const results: BenchResults = {
  ...browser,
  cliReport400MBSeconds: round(cli.cliReport400MBSeconds, 2),
  cliReportFloor400MBSeconds: round(cli.cliReportFloor400MBSeconds, 2),
  cliReportRatio400MB: round(cli.cliReportRatio400MB, 2),
  cliPeakRss400MBMB: round(cli.cliPeakRss400MBMB),
  cliReport1GBSeconds: round(cli.cliReport1GBSeconds, 2),
  cliPeakRss1GBMB: round(cli.cliPeakRss1GBMB),
  webviewScriptGzipKB: round(webview.webviewScriptGzipKB),
  webviewFetchRatio: round(webview.webviewFetchRatio, 3),
  webviewHeapMB: round(webview.webviewHeapMB),
  notes: [...browser.notes, ...cli.notes, ...webview.notes, `the whole run took ${round((Date.now() - started) / 1000, 0)} s${cliOnly ? ' (command line only; the other figures are the last full run\'s)' : ''}`],
  machine: machine(),
};
await writeFile(new URL('results.json', OUT), `${JSON.stringify(results, null, 2)}\n`);
const markdown = resultsMarkdown(results);
await writeFile(new URL('results.md', OUT), markdown);
// The README's performance section shows the same table, between two markers.
const readme = new URL('../../README.md', import.meta.url);
const marked = /(<!-- bench:start[^>]*-->\n)[\s\S]*?(<!-- bench:end -->)/;
const text = await readFile(readme, 'utf8');
if (marked.test(text)) {
  const section = `${resultsTable(results)}\n\n${results.machine}.\n\n${results.notes.map((n) => `- ${n}`).join('\n')}\n`;
  await writeFile(readme, text.replace(marked, (_, start: string, end: string) => `${start}${section}${end}`));
}
console.log(markdown);
