import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export interface CliFigures {
  cliReport200MBSeconds: number;
  cliPeakRssMB: number;
  notes: string[];
}

const TARGET_BYTES = 200 * 1024 ** 2;

/** A HAR of about 200 MB as Chrome exports it: one call in five to WeChat (a third failing), bodies inline. */
async function writeHar(file: string): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[');
  const filler = 'Lorem ipsum dolor sit amet, 微信接口 consectetur adipiscing elit. '.repeat(2000);
  let bytes = 0;
  let n = 0;
  while (bytes < TARGET_BYTES) {
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

/** `report --json` of a 200 MB HAR with the built bin: wall time and the process's own peak RSS. */
export async function cliFigures(bin: string): Promise<CliFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'wechat-inspector-har-'));
  try {
    const har = join(dir, 'session.har');
    const entries = await writeHar(har);
    const size = (await stat(har)).size;
    // getrusage's maxrss, read by the process itself as it exits: exact, unlike polling /proc.
    const probe = join(dir, 'peak-rss.mjs');
    const rssFile = join(dir, 'rss');
    await writeFile(probe, `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`);
    const times: number[] = [];
    const rss: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = process.hrtime.bigint();
      const child = spawn(process.execPath, ['--import', probe, bin, 'report', har, '--json'], { stdio: ['ignore', 'ignore', 'inherit'] });
      const [code] = (await once(child, 'exit')) as [number | null];
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      if (code !== 1) throw new Error(`report exited with ${code}, expected 1 (the HAR has failing calls)`);
      rss.push(Number(await readFile(rssFile, 'utf8')) / 1024);
    }
    const best = Math.min(...times);
    return {
      cliReport200MBSeconds: best,
      cliPeakRssMB: Math.max(...rss),
      notes: [`cli: report --json of a ${(size / 1024 ** 2).toFixed(0)} MB HAR (${entries.toLocaleString('en')} entries, one in five WeChat): ${times.map((t) => t.toFixed(2)).join('/')} s (best taken), peak RSS ${rss.map((r) => r.toFixed(0)).join('/')} MB (highest taken)`],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
