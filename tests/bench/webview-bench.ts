import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_PATH } from '../../src/demo/browser';
import { median, round } from './stats';

/*
 * The in-page plugin (dist-webview/): its classic script's size, what it adds to a page's fetch, and
 * the page's heap once it has captured many calls. Run alone with `npx tsx tests/bench/webview-bench.ts`
 * (after `npm run build:webview`): it writes its keys into results.json, results.md and the README.
 */
export interface WebviewFigures {
  webviewScriptGzipKB: number;
  webviewFetchRatio: number;
  webviewHeapMB: number;
  notes: string[];
}

const SCRIPT = fileURLToPath(new URL('../../dist-webview/wechat-api-inspector.js', import.meta.url));
/** About 1 KB of JSON, a relayed WeChat error: capture reads and decodes every one (the costliest case). */
const ANSWER_1KB = JSON.stringify({ code: 500, msg: 'failed', data: { wx: { errcode: 40164, errmsg: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 674d1a2b-1a2b3c4d-5e6f7a8b' } }, pad: 'p'.repeat(780) });
const ANSWER_20KB = JSON.stringify({ errcode: 40164, errmsg: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 674d1a2b-1a2b3c4d-5e6f7a8b', pad: 'q'.repeat(20_000) });

function serve(script: Buffer): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/bare') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>bare</title>');
    else if (path === '/plugin') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>plugin</title><script src="/p.js"></script>');
    else if (path === '/p.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else if (path === '/api/1k') res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(ANSWER_1KB);
    else if (path === '/cgi-bin/20k') res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(ANSWER_20KB);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

/** `n` sequential fetches of the 1 KB answer, each awaited to its parsed JSON; total ms. */
const fetchBlock = (page: Page, n: number): Promise<number> =>
  page.evaluate(async (count) => {
    const start = performance.now();
    for (let i = 0; i < count; i++) await (await fetch('/api/1k')).json();
    return performance.now() - start;
  }, n);

export async function webviewFigures(): Promise<WebviewFigures> {
  const script = await readFile(SCRIPT);
  const webviewScriptGzipKB = gzipSync(script, { level: 9 }).length / 1024;
  const { server, port } = await serve(script);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  try {
    const context = await browser.newContext();
    const bare = await context.newPage();
    const plugin = await context.newPage();
    await bare.goto(`http://127.0.0.1:${port}/bare`);
    await plugin.goto(`http://127.0.0.1:${port}/plugin`);
    // Warm both up, then take turns in blocks, so both meet the machine in the same states.
    await fetchBlock(bare, 50);
    await fetchBlock(plugin, 50);
    const BLOCKS = 12;
    const PER_BLOCK = 100;
    const ratios: number[] = [];
    const pairs: string[] = [];
    for (let i = 0; i < BLOCKS; i++) {
      const [first, second] = i % 2 === 0 ? [bare, plugin] : [plugin, bare];
      const a = await fetchBlock(first, PER_BLOCK);
      const b = await fetchBlock(second, PER_BLOCK);
      const [bareMs, pluginMs] = first === bare ? [a, b] : [b, a];
      ratios.push(pluginMs / bareMs);
      pairs.push(`${round(pluginMs, 0)}/${round(bareMs, 0)}`);
    }
    const captured = await plugin.evaluate(() => (window as unknown as { WeChatApiInspector: { install(): { log: { link: { store: { calls: unknown[] } } } } } }).WeChatApiInspector.install().log.link.store.calls.length);

    // Memory: 5,000 WeChat answers of 20 KB each through the plugin (100 MB); the log keeps what its caps allow.
    const heapPage = await context.newPage();
    await heapPage.goto(`http://127.0.0.1:${port}/plugin`);
    const CALLS = 5000;
    await heapPage.evaluate(async (count) => {
      for (let i = 0; i < count; i += 20) await Promise.all(Array.from({ length: 20 }, () => fetch('/cgi-bin/20k').then((r) => r.text())));
    }, CALLS);
    await heapPage.waitForTimeout(500);
    const kept = await heapPage.evaluate(() => (window as unknown as { WeChatApiInspector: { install(): { log: { link: { store: { calls: unknown[] } } } } } }).WeChatApiInspector.install().log.link.store.calls.length);
    const cdp = await context.newCDPSession(heapPage);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const webviewHeapMB = usedSize / 1024 ** 2;
    return {
      webviewScriptGzipKB,
      webviewFetchRatio: median(ratios),
      webviewHeapMB,
      notes: [
        `webview fetch: ${BLOCKS} blocks of ${PER_BLOCK} sequential fetches of a 1 KB relayed WeChat error (read to JSON), the page with the plugin taking turns with a bare page in the same browser (ms, plugin/bare): ${pairs.join(', ')}; the median of the per-block ratios is taken; the plugin page listed ${captured} calls`,
        `webview heap: after ${CALLS.toLocaleString('en')} WeChat answers of 20 KB through the plugin the log keeps ${kept.toLocaleString('en')} (its cap is 20 MiB of call text); the page's JS heap (the classic script with its knowledge, the log, nothing shown) ${round(webviewHeapMB)} MB after a forced GC — Blink keeps the bodies' text as external strings, outside that figure, bounded by the same cap`,
      ],
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Run alone: measures the webview figures only and merges them into the last full run's results. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { resultsMarkdown, resultsTable } = await import('./results-table');
  const out = new URL('./results.json', import.meta.url);
  const figures = await webviewFigures();
  const previous = JSON.parse(await readFile(out, 'utf8')) as import('./results-table').BenchResults;
  const results = {
    ...previous,
    webviewScriptGzipKB: round(figures.webviewScriptGzipKB),
    webviewFetchRatio: round(figures.webviewFetchRatio, 3),
    webviewHeapMB: round(figures.webviewHeapMB),
    notes: [...previous.notes.filter((n) => !n.startsWith('webview ')), ...figures.notes],
  };
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(new URL('./results.md', import.meta.url), resultsMarkdown(results));
  const readme = new URL('../../README.md', import.meta.url);
  const marked = /(<!-- bench:start[^>]*-->\n)[\s\S]*?(<!-- bench:end -->)/;
  const text = await readFile(readme, 'utf8');
  const section = `${resultsTable(results)}\n\n${results.machine}.\n\n${results.notes.map((n) => `- ${n}`).join('\n')}\n`;
  await writeFile(readme, text.replace(marked, (_, start: string, end: string) => `${start}${section}${end}`));
  console.log(figures);
}
