import { fileURLToPath } from 'node:url';
import { attachDevtools, launchWithExtension, showPanel } from '../../src/demo/browser';
import { makeCertificate } from '../../src/demo/certificate';
import { startFakeWeChatServer, WECHAT_HOSTS } from '../../src/demo/fake-wechat-server';
import { NAME_SHIM } from './page-hooks';
import { throttleCpu } from './throttle';

/*
 * Not part of npm run bench: where the extension renderer's time goes in real DevTools while a page
 * calls the fake WeChat API at 50 calls a second (the label latency's pace). Traces the renderer of
 * the devtools page and the panel over 150 calls; prints main-thread CPU per call by trace event and
 * the JS functions by self time. Usage: tsx tests/bench/profile-devtools.ts [dist] [rate]
 */
const dist = fileURLToPath(new URL(`../../${process.argv[2] ?? 'dist'}`, import.meta.url));
const rate = Number(process.argv[3] ?? '1');
const CALLS = 150;
const certificate = await makeCertificate(WECHAT_HOSTS);
const server = await startFakeWeChatServer(certificate);
const launched = await launchWithExtension({ distDir: dist, serverPort: server.port, spki: certificate.spki, headless: true });
try {
  const { browser, devtools, extensionId } = await attachDevtools(launched.cdpPort);
  const page = launched.page;
  await page.goto(`http://localhost:${server.port}/`);
  await page.waitForSelector('body[data-ready="true"]');
  const panel = await showPanel(devtools, extensionId);
  const capture = devtools.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/src/shells/devtools/devtools.html`));
  if (!capture) throw new Error('the extension devtools page is not loaded');
  for (const frame of [capture, panel, page.mainFrame()]) await frame.evaluate(NAME_SHIM);
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
  const events: Array<{ name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number; args?: { data?: { url?: string } } }> = [];
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
  const byThread = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && e.dur && e.args?.data?.url?.startsWith(`chrome-extension://${extensionId}`)) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byName = new Map<string, { cpu: number; n: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || `${e.pid}:${e.tid}` !== main) continue;
    const s = byName.get(e.name) ?? { cpu: 0, n: 0 };
    s.cpu += (e.tdur ?? 0) / 1000;
    s.n++;
    byName.set(e.name, s);
  }
  console.log(`extension renderer main thread, cpu ms per call (inclusive), count, rate ${rate}:`);
  for (const [name, s] of [...byName].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 22)) console.log(`  ${name.padEnd(40)} ${(s.cpu / CALLS).toFixed(2).padStart(8)} ${s.n}`);
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
  const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const n = nodes.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  console.log('JS self time per call (ms):');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(`  ${(ms / CALLS).toFixed(2).padStart(8)} ${k}`);
  await browser.close().catch(() => undefined);
} finally {
  await launched.close();
  await server.close();
}
