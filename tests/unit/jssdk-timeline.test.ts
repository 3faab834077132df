import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSignature, diagnoseSignature } from '../../src/decode/jssdk/doctor';
import { foldJssdkEvents, parseJssdkEvent, type JssdkEvent } from '../../src/decode/jssdk/timeline';

const PAGE = 'https://h5.example.com/shop/index.html?from=menu#/cart';
const call = (id: number, api: string, args: unknown = {}, url = PAGE): JssdkEvent => ({ kind: 'call', id, api, args, url, at: 1000 + id });

describe('folding the hook events into JS-SDK calls', () => {
  it('takes the wx.error after wx.config as its outcome, and wx.ready without one as config:ok', () => {
    const calls = foldJssdkEvents(
      [
        call(1, 'config', { appId: 'wx1' }),
        { kind: 'error', res: { errMsg: 'config:fail,Error: 系统错误，错误码：63002,invalid signature' }, url: PAGE, at: 1100 },
        { kind: 'ready', url: PAGE, at: 1101 },
        call(2, 'config', { appId: 'wx1' }),
        { kind: 'ready', url: PAGE, at: 1200 },
      ],
      's1',
    );
    expect(calls.map((c) => [c.key, c.api, c.state, c.errMsg])).toEqual([
      ['j1@s1', 'config', 'error', 'config:fail,Error: 系统错误，错误码：63002,invalid signature'],
      ['j2@s1', 'config', 'ok', 'config:ok'],
    ]);
  });

  it('settles wx.* calls from their callbacks; complete alone decides only when nothing else came', () => {
    const calls = foldJssdkEvents(
      [
        call(1, 'chooseImage'),
        { kind: 'result', id: 1, callback: 'fail', res: { errMsg: 'chooseImage:permission denied' }, url: PAGE, at: 2 },
        { kind: 'result', id: 1, callback: 'complete', res: { errMsg: 'chooseImage:permission denied' }, url: PAGE, at: 3 },
        call(2, 'sendChatMessage'),
        { kind: 'result', id: 2, callback: 'complete', res: { err_msg: 'sendChatMessage:fail_nopermission' }, url: PAGE, at: 4 },
        call(3, 'openLocation'),
      ],
      's1',
    );
    expect(calls.map((c) => [c.api, c.state, c.errMsg])).toEqual([
      ['chooseImage', 'error', 'chooseImage:permission denied'],
      ['sendChatMessage', 'error', 'sendChatMessage:fail_nopermission'],
      ['openLocation', 'pending', null],
    ]);
  });

  it('continues a session across drains and keeps sessions apart', () => {
    const log = foldJssdkEvents([call(1, 'agentConfig')], 's1');
    foldJssdkEvents([{ kind: 'result', id: 1, callback: 'success', res: { errMsg: 'agentConfig:ok' }, url: PAGE, at: 5 }, call(1, 'config')], 's2', log);
    expect(log.map((c) => [c.key, c.state])).toEqual([
      ['j1@s1', 'pending'],
      ['j1@s2', 'pending'],
    ]);
    foldJssdkEvents([{ kind: 'result', id: 1, callback: 'success', res: { errMsg: 'agentConfig:ok' }, url: PAGE, at: 5 }], 's1', log);
    expect(log[0]!.state).toBe('ok');
  });

  it('reads anything the page sends without throwing, keeping only well-formed events', () => {
    expect(parseJssdkEvent({ kind: 'call', id: 'x', api: 'config' })).toBeNull();
    expect(parseJssdkEvent({ kind: 'nope' })).toBeNull();
    expect(parseJssdkEvent(null)).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.anything()), (values) => {
        const events = values.map(parseJssdkEvent).filter((e): e is JssdkEvent => e !== null);
        const calls = foldJssdkEvents(events, 's');
        for (const c of calls) expect(['pending', 'ok', 'error']).toContain(c.state);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('signature doctor', () => {
  const official = {
    ticket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
    args: { appId: 'wx1', nonceStr: 'Wm3WZYTPz0wzccnW', timestamp: 1414587457, signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed', jsApiList: ['chooseImage'] },
    url: 'http://mp.weixin.qq.com?params=value#anchor',
  };
  const configCall = (args: unknown, url: string, key = 'j1@s1') => ({ key, ids: [1], api: 'config', sdk: 'wx' as const, bridge: null, args, url, at: 1, state: 'error' as const, errMsg: 'config:invalid signature', res: null, resultUrl: url, resultAt: 2 });

  it('reproduces the official worked example from a captured wx.config, without the #fragment', async () => {
    const report = diagnoseSignature(configCall(official.args, official.url));
    expect(report.signedUrl).toBe('http://mp.weixin.qq.com?params=value');
    expect(report.missing).toEqual([]);
    const check = await checkSignature(report, official.ticket);
    expect(check).toEqual({
      string: `jsapi_ticket=${official.ticket}&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value`,
      expected: '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
      matches: true,
    });
  });

  it('says the signatures differ when the page passed other values than the server signed', async () => {
    const report = diagnoseSignature(configCall({ ...official.args, timestamp: 1414587457000 }, official.url));
    expect((await checkSignature(report, official.ticket))?.matches).toBe(false);
  });

  it('names missing fields, a URL that moved under the call, an entry URL of an SPA and the URL WeChat reports', () => {
    expect(diagnoseSignature(configCall({ appId: 'wx1' }, PAGE)).missing).toEqual(['timestamp', 'nonceStr', 'signature', 'jsApiList']);
    const moved = { ...configCall(official.args, PAGE), resultUrl: 'https://h5.example.com/shop/detail?id=1' };
    expect(diagnoseSignature(moved).warnings).toEqual([{ kind: 'changed-after-config', url: 'https://h5.example.com/shop/detail?id=1' }]);
    const entry = configCall(official.args, 'https://h5.example.com/shop/index.html', 'j1@s1');
    const later = configCall(official.args, 'https://h5.example.com/shop/detail?id=1', 'j2@s1');
    expect(diagnoseSignature(later, [entry, later]).warnings).toEqual([{ kind: 'entry-url', url: 'https://h5.example.com/shop/index.html' }]);
    expect(diagnoseSignature(later, [configCall(official.args, 'https://other/', 'j1@s0'), later]).warnings).toEqual([]);
    const reported = { ...configCall(official.args, PAGE), res: { errMsg: 'config:invalid signature', realAuthUrl: ['https://h5.example.com/shop/index.html?from=timeline'] } };
    expect(diagnoseSignature(reported).warnings).toEqual([{ kind: 'differs-from-reported', url: 'https://h5.example.com/shop/index.html?from=timeline' }]);
  });

  it('cannot check without a nonceStr and timestamp, or without a ticket', async () => {
    expect(await checkSignature(diagnoseSignature(configCall({ appId: 'x' }, PAGE)), official.ticket)).toBeNull();
    expect(await checkSignature(diagnoseSignature(configCall(official.args, PAGE)), '  ')).toBeNull();
  });
});
