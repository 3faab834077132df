import { describe, expect, it } from 'vitest';
import { startCapture } from '../../src/capture/network-capture';
import { decodeRelayed, relayCandidate, type RelayConfig } from '../../src/decode/relay/decode-relayed';
import { compileRule, DEFAULT_RELAY_SETTINGS, type UserRule } from '../../src/decode/relay/user-rules';
import type { CapturedCall, DecodedCall } from '../../src/decode/types';
import { fakeEntry, FakeNetwork } from '../support/fake-network';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const RID = 'rid: 6541f0a1-1b2c3d4e-5f6a7b8c';
const wrapped = JSON.stringify({ code: 500, data: { wx: { errcode: 40164, errmsg: `invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist ${RID}` } } });

const rule: UserRule = { id: 'r1', enabled: true, hostGlob: 'admin.example.com', path: { kind: 'prefix', value: '/api/' }, platform: 'wecom', errcodePath: 'result.code', errmsgPath: 'result.message' };
const config = (over: Partial<RelayConfig['settings']> = {}, rules: UserRule[] = []): RelayConfig => ({
  settings: { ...DEFAULT_RELAY_SETTINGS, ...over },
  rules: rules.map((r) => compileRule(r)!),
});

function capture(network: FakeNetwork, relay?: RelayConfig) {
  const calls: DecodedCall[] = [];
  startCapture(network, { add: (c) => calls.push(c), navigated: () => undefined, problem: () => undefined }, { contentTimeoutMs: 200, ...(relay ? { relay: () => relay } : {}) });
  return calls;
}

describe('capture of relayed WeChat answers', () => {
  it('reads small JSON answers of other hosts and keeps only WeChat-looking ones', async () => {
    const network = new FakeNetwork();
    const calls = capture(network, config());
    await sleep(10);
    const relayed = fakeEntry({ url: 'https://admin.example.com/api/admin/send-template', status: 500, contentArgs: [wrapped, ''] });
    const business = fakeEntry({ url: 'https://admin.example.com/api/orders', contentArgs: ['{"errcode":1001,"errmsg":"库存不足"}', ''] });
    const html = fakeEntry({ url: 'https://admin.example.com/index.html', mimeType: 'text/html', contentArgs: ['<p>errcode</p>', ''] });
    const big = fakeEntry({ url: 'https://admin.example.com/api/export', size: 5_000_000, contentArgs: [wrapped, ''] });
    const preflight = fakeEntry({ url: 'https://admin.example.com/api/admin/send-template', method: 'OPTIONS', contentArgs: [wrapped, ''] });
    for (const e of [relayed, business, html, big, preflight]) network.finish(e);
    await sleep(20);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ errcode: 40164, state: 'error', platform: 'weixin', host: 'admin.example.com', relay: { by: 'auto', at: 'data.wx' } });
    expect(calls[0]!.relay!.signals).toContain('rid');
    // Bodies were asked for only where they could hold an answer.
    expect([relayed, business, html, big, preflight].map((e) => e.contentCalls > 0)).toEqual([true, true, false, false, false]);
  });

  it('auto-detection switched off reads nothing but rule matches', async () => {
    const network = new FakeNetwork();
    const calls = capture(network, config({ autoDetect: false }, [rule]));
    await sleep(10);
    const other = fakeEntry({ url: 'https://other.example.com/api/x', contentArgs: [wrapped, ''] });
    const ruled = fakeEntry({ url: 'https://admin.example.com/api/wx', mimeType: 'text/plain', contentArgs: ['{"result":{"code":60020,"message":"not allow to access from your ip"}}', ''] });
    network.finish(other);
    network.finish(ruled);
    await sleep(20);
    expect(other.contentCalls).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ errcode: 60020, platform: 'wecom', relay: { by: 'user-rule', ruleId: 'r1', at: 'result' } });
  });

  it('a dev-server proxy path on localhost is a WeChat call, whatever its content type', async () => {
    const network = new FakeNetwork();
    const calls = capture(network, config({ autoDetect: false }));
    await sleep(10);
    network.finish(fakeEntry({ url: 'http://localhost:5173/cgi-bin/token?grant_type=client_credential', mimeType: 'text/plain', contentArgs: [`{"errcode":40013,"errmsg":"invalid appid ${RID}"}`, ''] }));
    network.finish(fakeEntry({ url: 'http://localhost:5173/cgi-bin/gettoken', contentArgs: ['{"errcode":0,"errmsg":"ok","access_token":"x"}', ''] }));
    await sleep(20);
    expect(calls.map((c) => [c.errcode, c.state, c.platform, c.path, c.relay?.by])).toEqual([
      [40013, 'error', 'weixin', '/cgi-bin/token', 'path-rule'],
      [0, 'ok', 'wecom', '/cgi-bin/gettoken', 'path-rule'],
    ]);
  });

  it('without relay settings only WeChat hosts are read', async () => {
    const network = new FakeNetwork();
    const calls = capture(network);
    await sleep(10);
    const e = fakeEntry({ url: 'http://localhost/cgi-bin/token', contentArgs: [wrapped, ''] });
    network.finish(e);
    await sleep(20);
    expect(e.contentCalls).toBe(0);
    expect(calls).toHaveLength(0);
  });

  it('a burst of candidates is bounded: some are skipped rather than queued without end', async () => {
    const network = new FakeNetwork();
    const calls = capture(network, config());
    await sleep(10);
    const never = Array.from({ length: 300 }, (_, i) => {
      const e = fakeEntry({ url: `https://admin.example.com/api/${i}` });
      e.getContent = () => new Promise(() => undefined);
      return e;
    });
    for (const e of never) network.finish(e);
    const after = fakeEntry({ url: 'https://admin.example.com/api/late', contentArgs: [wrapped, ''] });
    network.finish(after);
    await sleep(20);
    expect(after.contentCalls).toBe(0);
    expect(calls).toHaveLength(0);
  });
});

describe('relayCandidate and decodeRelayed', () => {
  const call = (url: string, content: string): CapturedCall => ({
    id: 'x', startedDateTime: '2026-11-21T10:00:00.000Z', time: 1, method: 'POST', url, status: 200, mimeType: 'application/json',
    requestHeaders: [], responseHeaders: [], requestBody: null, content, encoding: '', timings: null,
  });

  it('JSON content types count, others do not', () => {
    const facts = (mimeType: string) => ({ url: 'https://a.example.com/x', method: 'GET', mimeType, size: 100 });
    for (const m of ['application/json', 'application/json; charset=utf-8', 'application/problem+json', 'text/json']) expect(relayCandidate(facts(m), config())).toEqual({ by: 'auto' });
    for (const m of ['text/html', 'text/plain', 'image/png', '', 'application/jsonp']) expect(relayCandidate(facts(m), config()), m).toBeNull();
  });

  it('a WeCom errmsg makes an auto-detected call WeCom', () => {
    const errmsg = 'api forbidden, hint: [1700000000123456789012], from ip: 203.0.113.7, more info at https://open.work.weixin.qq.com/devtool/query?e=48002';
    const d = decodeRelayed(call('https://a.example.com/api/member', JSON.stringify({ ok: false, error: { errcode: 48002, errmsg } })), { by: 'auto' });
    expect(d).toMatchObject({ platform: 'wecom', errcode: 48002, relay: { at: 'error' } });
  });

  it('a business answer and a body too large are not decoded', () => {
    expect(decodeRelayed(call('https://a.example.com/api', '{"errcode":40001,"errmsg":"参数错误"}'), { by: 'auto' })).toBeNull();
    expect(decodeRelayed(call('https://a.example.com/api', `{"errcode":40164,"errmsg":"invalid ip","pad":"${'x'.repeat(300_000)}"}`), { by: 'auto' })).toBeNull();
  });
});

describe('HAR import of relayed answers', () => {
  it('finds them with the relay settings, and leaves them out without', async () => {
    const { fromHar } = await import('../../src/view/toolbar/har-file');
    const entry = (url: string, text: string) => ({
      startedDateTime: '2026-11-21T10:00:00.000Z',
      time: 5,
      request: { method: 'POST', url, headers: [] },
      response: { status: 500, headers: [], content: { mimeType: 'application/json', size: text.length, text } },
    });
    const har = JSON.stringify({ log: { entries: [entry('https://admin.example.com/api/admin/send-template', wrapped), entry('https://admin.example.com/api/orders', '{"errcode":1001,"errmsg":"库存不足"}')] } });
    const withRelay = fromHar(har, 'a.har', config());
    expect('calls' in withRelay && withRelay.calls.map((c) => [c.errcode, c.relay?.by, c.importedFrom])).toEqual([[40164, 'auto', 'a.har']]);
    const without = fromHar(har, 'a.har');
    expect('calls' in without && without.calls).toEqual([]);
  });
});

describe('stored rules arriving after capture started', () => {
  it('answers of other hosts wait for them; WeChat calls do not', async () => {
    const network = new FakeNetwork();
    let current = config({ autoDetect: false });
    let loaded!: () => void;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const calls: DecodedCall[] = [];
    startCapture(network, { add: (c) => calls.push(c), navigated: () => undefined, problem: () => undefined }, { contentTimeoutMs: 200, relay: () => current, relayReady: ready });
    await sleep(10);
    network.finish(fakeEntry({ url: 'https://admin.example.com/api/wx', contentArgs: ['{"result":{"code":60020,"message":"x"}}', ''] }));
    network.finish(fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/token', contentArgs: ['{"errcode":40164,"errmsg":"x"}', ''] }));
    await sleep(20);
    expect(calls.map((c) => c.errcode)).toEqual([40164]);
    current = config({ autoDetect: false }, [rule]);
    loaded();
    await sleep(20);
    expect(calls.map((c) => c.errcode)).toEqual([40164, 60020]);
  });
});
