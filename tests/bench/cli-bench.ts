import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export interface CliFigures {
  cliReport400MBSeconds: number;
  cliReportFloor400MBSeconds: number;
  cliReportRatio400MB: number;
  cliPeakRss400MBMB: number;
  cliReport1GBSeconds: number;
  cliPeakRss1GBMB: number;
  notes: string[];
}

/** A HAR of about `target` bytes as Chrome exports it: one call in five to WeChat (a third failing), bodies inline. */
export async function writeHar(file: string, target: number): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[');
  const filler = 'Lorem ipsum dolor sit amet, 微信接口 consectetur adipiscing elit. '.repeat(2000);
  let bytes = 0;
  let n = 0;
  while (bytes < target) {
    const wechat = n % 5 === 0;
    const failing = wechat && n % 15 === 0;
    const size = 200 + ((n * 7919) % 16_000);
    const url = wechat ? `https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=TOKEN${n}` : `https://static.example.com/chunk-${n}.js`;
    const text = wechat
      ? JSON.stringify({ errcode: failing ? 40164 : 0, errmsg: failing ? `invalid ip 203.0.113.${n % 250}, not in whitelist rid: 6745a1b2-${n}` : 'ok', pad: filler.slice(0, size) })
      : filler.slice(0, size);
    const entry = {
      startedDateTime: new Date(Date.UTC(2026, 10, 21, 10, 0, 0, n)).toISOString(),
      time: 42,
      request: { method: 'POST', url, httpVersion: 'http/2.0', headers: [{ name: 'content-type', value: 'application/json' }], queryString: [], cookies: [], headersSize: -1, bodySize: 40, postData: { mimeType: 'application/json', text: '{"touser":"OPENID","template_id":"T"}' } },
      response: { status: 200, statusText: '', httpVersion: 'http/2.0', headers: [{ name: 'content-type', value: wechat ? 'application/json' : 'text/javascript' }], cookies: [], content: { size: text.length, mimeType: wechat ? 'application/json' : 'text/javascript', text }, redirectURL: '', headersSize: -1, bodySize: -1 },
      cache: {},
      timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 40, receive: 0.9 },
    };
    const json = (n === 0 ? '' : ',') + JSON.stringify(entry);
    bytes += Buffer.byteLength(json);
    await write(json);
    n++;
  }
  await write(']}}');
  out.end();
  await once(out, 'finish');
  return n;
}

/**
 * The naive floor: the whole file read and JSON.parse'd, then each WeChat call's body parsed. It needs
 * the file as one string, so it cannot run on files beyond V8's string limit (about 512 M characters).
 */
const FLOOR = `
import { readFileSync } from 'node:fs';
const hosts = new Set(JSON.parse(process.argv[3]));
const har = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let n = 0;
for (const e of har.log.entries) {
  if (hosts.has(new URL(e.request.url).hostname)) { JSON.parse(e.response.content.text); n++; }
}
if (n === 0) throw new Error('no WeChat call');
`;

interface Run {
  seconds: number;
  rssMB: number;
}

/** Runs node with `args`, timing it; its peak RSS is getrusage's maxrss, read by the process itself as it exits. */
async function timed(dir: string, args: string[], expectCode: number): Promise<Run> {
  const probe = join(dir, 'peak-rss.mjs');
  const rssFile = join(dir, 'rss');
  await writeFile(probe, `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`);
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', probe, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = (await once(child, 'exit')) as [number | null];
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== expectCode) throw new Error(`node ${args.join(' ')} exited with ${code}, expected ${expectCode}`);
  return { seconds, rssMB: Number(await readFile(rssFile, 'utf8')) / 1024 };
}

const best = (runs: readonly Run[]): number => Math.min(...runs.map((r) => r.seconds));
const peak = (runs: readonly Run[]): number => Math.max(...runs.map((r) => r.rssMB));
const seconds = (runs: readonly Run[]): string => runs.map((r) => r.seconds.toFixed(2)).join('/');
const rss = (runs: readonly Run[]): string => runs.map((r) => r.rssMB.toFixed(0)).join('/');

/**
 * `report --json` with the built bin on a 400 MB and a 1 GB HAR: time and peak RSS; on the 400 MB one,
 * the naive floor too, report and floor taking turns (twice each) so that both meet the machine alike.
 */
export async function cliFigures(bin: string): Promise<CliFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'wechat-inspector-har-'));
  const hosts = JSON.stringify(((await import('../../data/hosts.json', { with: { type: 'json' } })).default.hosts as Array<{ host: string }>).map((h) => h.host));
  try {
    const har400 = join(dir, 'session-400.har');
    const entries400 = await writeHar(har400, 400 * 1024 ** 2);
    const size400 = (await stat(har400)).size;
    const floorScript = join(dir, 'floor.mjs');
    await writeFile(floorScript, FLOOR);
    const report: Run[] = [];
    const floor: Run[] = [];
    for (let turn = 0; turn < 2; turn++) {
      floor.push(await timed(dir, ['--max-old-space-size=8192', floorScript, har400, hosts], 0));
      report.push(await timed(dir, [bin, 'report', har400, '--json'], 1));
    }
    await rm(har400);
    const har1g = join(dir, 'session-1g.har');
    const entries1g = await writeHar(har1g, 1024 ** 3);
    const size1g = (await stat(har1g)).size;
    const big = [await timed(dir, [bin, 'report', har1g, '--json'], 1)];
    await rm(har1g);
    const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
    return {
      cliReport400MBSeconds: best(report),
      cliReportFloor400MBSeconds: best(floor),
      cliReportRatio400MB: best(report) / best(floor),
      cliPeakRss400MBMB: peak(report),
      cliReport1GBSeconds: best(big),
      cliPeakRss1GBMB: peak(big),
      notes: [
        `cli: report --json of a ${mb(size400)} MB HAR (${entries400.toLocaleString('en')} entries, one in five WeChat): ${seconds(report)} s (best taken), peak RSS ${rss(report)} MB; the naive floor on the same file (whole-file JSON.parse, then each WeChat body's): ${seconds(floor)} s, peak RSS ${rss(floor)} MB; taking turns`,
        `cli: report --json of a ${mb(size1g)} MB HAR (${entries1g.toLocaleString('en')} entries): ${seconds(big)} s, peak RSS ${rss(big)} MB; the floor cannot read a file this size (one string beyond V8's limit)`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
