import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../src/decode/report-entry';
import { inspect } from '../support/inspect';

const dir = mkdtempSync(join(tmpdir(), 'wechat-report-'));

const report = (...args: string[]) => inspect('report', ...args);

function entry(url: string, text: string | undefined, options: { status?: number; encoding?: string; method?: string } = {}) {
  return {
    startedDateTime: '2026-11-21T10:00:00.000Z',
    time: 3,
    request: { method: options.method ?? 'GET', url, headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
    response: { status: options.status ?? 200, statusText: '', headers: [], cookies: [], content: { size: 0, mimeType: 'application/json', ...(text === undefined ? {} : { text }), ...(options.encoding ? { encoding: options.encoding } : {}) }, redirectURL: '', headersSize: -1, bodySize: -1 },
    cache: {},
    timings: { send: 0, wait: 1, receive: 0 },
  };
}

function har(name: string, entries: unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ log: { version: '1.2', creator: { name: 'Firefox', version: '128.0' }, pages: [], entries } }));
  return file;
}

const okHar = har('ok.har', [
  entry('https://api.weixin.qq.com/cgi-bin/getcallbackip?access_token=TOKEN0123456789abcdef', '{"ip_list":["1.1.1.1"]}'),
  entry('https://example.com/api', '{"errcode":40001,"errmsg":"not wechat"}'),
  entry('https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww&corpsecret=SECRET0123456789abcdef', undefined, { method: 'OPTIONS', status: 204 }),
]);
const mixedHar = har('mixed.har', [
  // Firefox writes base64 bodies with encoding "base64", like Chrome.
  entry('https://api.weixin.qq.com/cgi-bin/token?secret=SECRET0123456789abcdef', Buffer.from('{"errcode":40164,"errmsg":"invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3"}').toString('base64'), { encoding: 'base64' }),
  entry('https://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=T', '{"errcode":0,"errmsg":"ok","invaliduser":"lisi"}'),
  entry('https://api.mch.weixin.qq.com/v3/refund/domestic/refunds', '{"code":"NOTENOUGH","message":"余额不足"}', { status: 403 }),
  entry('https://api.weixin.qq.com/cgi-bin/menu/get?access_token=T', undefined),
  entry('https://api.weixin.qq.com/cgi-bin/getcallbackip?access_token=T', '{"ip_list":[]}'),
]);

describe('inspect report', () => {
  it('exits 0 when no WeChat call failed, and leaves other traffic and preflights out', async () => {
    const { code, stdout } = await report(okHar, '--json');
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as ReportEntry[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ platform: 'weixin', ok: true, errcode: null, errmsg: null, endpoint: { path: '/cgi-bin/getcallbackip' } });
    expect(entries[0]!.url).not.toContain('TOKEN0123456789abcdef');
  });

  it('exits 1 when any failed: errcode, partial failure, WeChat Pay', async () => {
    const { code, stdout } = await report(mixedHar, '--json', '--lang', 'zh');
    expect(code).toBe(1);
    const entries = JSON.parse(stdout) as ReportEntry[];
    expect(entries.map((e) => [e.platform, e.errcode, e.ok])).toEqual([
      ['weixin', 40164, false],
      ['wecom', 0, false],
      ['pay', 'NOTENOUGH', false],
      ['weixin', null, null],
      ['weixin', null, true],
    ]);
    expect(entries[0]!.meaning).toMatch(/[\u4e00-\u9fff]/);
    expect(entries[2]).toMatchObject({ product: 'pay', known: true });
    expect(stdout).not.toContain('SECRET0123456789abcdef');
  });

  it('--errors-only keeps the failures', async () => {
    const entries = JSON.parse((await report(mixedHar, '--json', '--errors-only')).stdout) as ReportEntry[];
    expect(entries.map((e) => e.errcode)).toEqual([40164, 0, 'NOTENOUGH']);
  });

  it('prints a readable table with a summary and the fixes', async () => {
    const { stdout, code } = await report(mixedHar, '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain('5 WeChat calls, 3 failed');
    expect(stdout).toContain('partial failure: invaliduser: lisi');
    expect(stdout).toContain('1.2.3.4');
  });

  it('exits 2 with one line on stderr for a missing, invalid or non-HAR file', async () => {
    const bad = join(dir, 'bad.har');
    writeFileSync(bad, '{"log":{"entries":[{"request":');
    const notHar = join(dir, 'not.har');
    writeFileSync(notHar, '[1,2,3]');
    const binary = join(dir, 'binary.har');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const results = await Promise.all([join(dir, 'missing.har'), bad, notHar, binary, dir].map((f) => report(f)));
    for (const { code, stderr, stdout } of results) {
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
    }
  }, 60_000);

  it('reads a large HAR with bounded memory, one entry at a time', async () => {
    const big = Array.from({ length: 20_000 }, (_, i) =>
      i % 10 === 0 ? entry(`https://api.weixin.qq.com/cgi-bin/user/info?openid=o${i}`, `{"errcode":40003,"errmsg":"invalid openid rid: 5fab84d2-09424a07-${String(i).padStart(8, '0')}"}`) : entry(`https://cdn.example.com/a${i}.js`, 'x'.repeat(2000)),
    );
    const { code, stdout } = await report(har('big.har', big), '--json', '--errors-only');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(2000);
  }, 60_000);

  it('decodes the WeChat calls among big bodies of other traffic, escaped quotes and backslashes included', async () => {
    const huge = `{"k":"${'\\"'.repeat(400_000)}"} ${'漢字\\'.repeat(300_000)}`;
    const entries = [
      entry('https://cdn.example.com/app.js', huge),
      entry('https://api.weixin.qq.com/cgi-bin/token?secret=SECRET0123456789abcdef', `{"errcode":40164,"errmsg":"invalid ip 9.9.9.9 ipv6 ::ffff:9.9.9.9, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3","pad":"${'p'.repeat(100_000)}"}`),
      entry(`data:text/plain,${'x'.repeat(200_000)}`, huge),
      entry('https://qyapi.weixin.qq.com/cgi-bin/user/get?access_token=T', '{"errcode":60111,"errmsg":"userid not found"}'),
    ];
    const { code, stdout } = await report(har('big-bodies.har', entries), '--json');
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as ReportEntry[];
    expect(rows.map((r) => [r.platform, r.errcode, r.errmsg?.clientIp ?? null])).toEqual([
      ['weixin', 40164, '9.9.9.9'],
      ['wecom', 60111, null],
    ]);
    expect(stdout).not.toContain('SECRET0123456789abcdef');
  }, 60_000);
});
