import { describe, expect, it, vi } from 'vitest';
import { startCapture } from '../../src/capture/network-capture';
import type { DecodedCall } from '../../src/decode/types';
import { fakeEntry, FakeNetwork } from '../support/fake-network';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const body = (code: number) => [`{"errcode":${code},"errmsg":"x"}`, ''];

function capture(network: FakeNetwork) {
  const calls: DecodedCall[] = [];
  const navigations: number[] = [];
  const problems: string[] = [];
  startCapture(network, { add: (c) => calls.push(c), navigated: (at) => navigations.push(at), problem: (p) => problems.push(p) }, { navigationDebounceMs: 20, contentTimeoutMs: 200 });
  return { calls, navigations, problems };
}

describe('startCapture', () => {
  it('backfills from getHAR and captures live calls, without duplicates', async () => {
    const network = new FakeNetwork();
    const both = fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/token', startedDateTime: '2026-11-21T10:00:01.000Z', contentArgs: body(40164) });
    network.har = [fakeEntry({ url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken', startedDateTime: '2026-11-21T10:00:00.000Z', contentArgs: body(60020) }), both];
    network.harDelayMs = 20;
    const { calls } = capture(network);
    network.finish(both); // finished while getHAR was still answering: in both lists
    await sleep(60);
    network.finish(fakeEntry({ url: 'https://api.weixin.qq.com/sns/jscode2session', contentArgs: body(40029) }));
    await sleep(10);
    expect(calls.map((c) => c.errcode).sort()).toEqual([40029, 40164, 60020]);
  });

  it('asks a callback-only API once per body and once for the HAR; an API of unknown form is tried as a promise first', async () => {
    for (const callbacks of [true, undefined]) {
      const network = new FakeNetwork();
      network.callbacks = callbacks;
      const { calls } = capture(network);
      const entry = fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/token', contentArgs: body(40164) });
      network.finish(entry);
      await sleep(10);
      expect(calls.map((c) => c.errcode)).toEqual([40164]);
      expect([entry.contentCalls, network.harCalls]).toEqual(callbacks ? [1, 1] : [2, 2]);
    }
  });

  it('keeps two identical live calls: only backfill and live are deduplicated', async () => {
    const network = new FakeNetwork();
    const { calls } = capture(network);
    await sleep(10);
    const entry = () => fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/token', startedDateTime: '2026-11-21T10:00:01.000Z', contentArgs: body(42001) });
    network.finish(entry());
    network.finish(entry());
    await sleep(10);
    expect(calls).toHaveLength(2);
  });

  it('reads bodies only of WeChat calls, and drops CORS preflights', async () => {
    const network = new FakeNetwork();
    const { calls } = capture(network);
    await sleep(10);
    const other = fakeEntry({ url: 'https://example.test/api', contentArgs: body(1) });
    const preflight = fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/token', method: 'OPTIONS', status: 204, contentArgs: [''] });
    network.finish(other);
    network.finish(preflight);
    await sleep(10);
    expect(other.contentCalls).toBe(0);
    expect(preflight.contentCalls).toBe(0);
    expect(calls).toHaveLength(0);
  });

  it('shows a call whose body the browser did not keep as no-body', async () => {
    const network = new FakeNetwork();
    const { calls } = capture(network);
    await sleep(10);
    network.finish(fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/menu/get', contentArgs: [null, ''] }));
    network.finish(fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/menu/get' }));
    await sleep(10);
    expect(calls.map((c) => c.state)).toEqual(['no-body', 'no-body']);
  });

  it('captures every call of a burst finished in one tick, in order, spread over several tasks', async () => {
    const network = new FakeNetwork();
    const { calls } = capture(network);
    await sleep(10);
    const big = JSON.stringify({ errcode: 40164, errmsg: 'invalid ip', pad: 'x'.repeat(200_000) });
    for (let i = 0; i < 300; i++) network.finish(fakeEntry({ url: `https://api.weixin.qq.com/cgi-bin/token?n=${i}`, contentArgs: [big, ''] }));
    await Promise.resolve();
    await Promise.resolve();
    // Decoding 300 bodies of 200 KB takes far more than one slice: the rest waits for later tasks.
    expect(calls.length).toBeLessThan(300);
    await vi.waitFor(() => expect(calls).toHaveLength(300), { timeout: 15_000, interval: 20 });
    expect(calls.map((c) => c.url)).toEqual(Array.from({ length: 300 }, (_, i) => `https://api.weixin.qq.com/cgi-bin/token?n=${i}`));
  });

  it('gives up on a getContent that never answers', async () => {
    const network = new FakeNetwork();
    const { calls } = capture(network);
    await sleep(10);
    const entry = fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/token' });
    entry.getContent = () => undefined;
    network.finish(entry);
    await sleep(300);
    expect(calls.map((c) => c.state)).toEqual(['no-body']);
  });

  it('reports a failed backfill and keeps capturing', async () => {
    const network = new FakeNetwork();
    network.har = 'fail';
    const { calls, problems } = capture(network);
    await sleep(10);
    network.finish(fakeEntry({ url: 'https://api.weixin.qq.com/cgi-bin/token', contentArgs: body(40001) }));
    await sleep(10);
    expect(problems).toEqual(['har-backfill-failed']);
    expect(calls).toHaveLength(1);
  });

  it('reports a burst of navigations once, with the time of the first', async () => {
    const network = new FakeNetwork();
    const { navigations } = capture(network);
    const before = Date.now();
    network.navigate('http://localhost/a');
    network.navigate('http://localhost/b');
    network.navigate('http://localhost/c');
    await sleep(50);
    expect(navigations).toHaveLength(1);
    expect(navigations[0]).toBeGreaterThanOrEqual(before);
    expect(navigations[0]).toBeLessThanOrEqual(before + 15);
  });
});
