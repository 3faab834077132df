import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridgeErrMsg, sdkApiOf } from '../../src/decode/jssdk/bridge';
import { jssdkCatalogue } from '../../src/decode/jssdk/catalogue';
import { checkSignature, diagnoseSignature } from '../../src/decode/jssdk/doctor';
import { decodeJssdkErrMsg } from '../../src/decode/jssdk/errmsg';
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

describe('calls seen on WeixinJSBridge', () => {
  const appOf = (args: unknown) => (args as { verifyAppId?: string } | undefined)?.verifyAppId;
  const viaBridge = (id: number, api: string, args: unknown = {}): JssdkEvent => ({ kind: 'call', id, api, sdk: 'bridge', args, url: PAGE, at: 1000 + id });
  const viaSdk = (id: number, api: string, sdk: 'wx' | 'ww' = 'wx'): JssdkEvent => ({ kind: 'call', id, api, sdk, args: { from: sdk }, url: PAGE, at: 1000 + id });
  const answer = (id: number, res: unknown, callback = 'complete'): JssdkEvent => ({ kind: 'result', id, callback, res, url: PAGE, at: 2000 + id });

  it('names them as the SDKs do and decodes the raw answers with the same knowledge', () => {
    expect(sdkApiOf('preVerifyJSAPI')).toBe('config');
    expect(sdkApiOf('imagePreview')).toBe('previewImage');
    expect(sdkApiOf('getBrandWCPayRequest')).toBe('chooseWXPay');
    expect(sdkApiOf('geoLocation')).toBe('getLocation');
    expect(sdkApiOf('chooseImage')).toBe('chooseImage');
    const cases: Array<[string, unknown, string, string | null]> = [
      ['preVerifyJSAPI', { err_msg: 'config:fail,Error: 系统错误，错误码：63002,invalid signature' }, 'config:fail,Error: 系统错误，错误码：63002,invalid signature', 'invalid-signature'],
      ['preVerifyJSAPI', { err_msg: 'preVerifyJSAPI:fail_invalid url domain' }, 'config:invalid url domain', 'invalid-url-domain'],
      ['preVerifyJSAPI', { err_msg: 'preVerifyJSAPI:fail_function_not_exist' }, 'config:ok', null],
      ['chooseImage', { err_msg: 'chooseImage:fail_access denied' }, 'chooseImage:permission denied', 'permission-denied'],
      ['chooseImage', { err_msg: 'chooseImage:no permission to execute' }, 'chooseImage:permission denied', 'permission-denied'],
      ['agentConfig', { errMsg: 'agentConfig:fail', err_Info: 'fail', hint: "Hint: '1:2:40093'" }, "agentConfig:fail Hint: '1:2:40093'", 'invalid-signature'],
      ['agentConfig', { err_msg: 'agentConfig:fail_invalid corpid' }, 'agentConfig:invalid corpid', 'wecom-invalid-corpid'],
      ['imagePreview', {}, 'previewImage:ok', null],
      ['getBrandWCPayRequest', { err_msg: 'get_brand_wcpay_request:confirm' }, 'chooseWXPay:ok', null],
    ];
    for (const [name, res, errMsg, id] of cases) {
      expect(bridgeErrMsg(name, res), name).toBe(errMsg);
      if (id) expect(decodeJssdkErrMsg(errMsg, jssdkCatalogue).id, errMsg).toBe(id);
    }
  });

  it('lists a call made through wx or ww and passed on to the bridge once, in either order, the SDK’s answer first', () => {
    const calls = foldJssdkEvents(
      [
        viaSdk(1, 'config'),
        viaBridge(2, 'preVerifyJSAPI', { verifySignature: 's' }),
        answer(2, { err_msg: 'preVerifyJSAPI:fail_invalid url domain' }),
        { kind: 'error', res: { errMsg: 'config:invalid url domain' }, url: PAGE, at: 3000 },
        viaBridge(3, 'getLocation'),
        viaSdk(4, 'getLocation', 'ww'),
        answer(3, { err_msg: 'geoLocation:fail_access denied' }),
        answer(4, { errMsg: 'getLocation:permission denied' }, 'fail'),
        answer(4, { errMsg: 'getLocation:permission denied' }),
      ],
      's',
    );
    expect(calls.map((c) => [c.key, c.sdk, c.api, c.state, c.errMsg, c.bridge?.api])).toEqual([
      ['j1@s', 'wx', 'config', 'error', 'config:invalid url domain', 'preVerifyJSAPI'],
      ['j3@s', 'ww', 'getLocation', 'error', 'getLocation:permission denied', 'getLocation'],
    ]);
    expect(calls[0]!.args).toEqual({ from: 'wx' });
    expect(calls[0]!.bridge).toMatchObject({ args: { verifySignature: 's' }, res: { err_msg: 'preVerifyJSAPI:fail_invalid url domain' } });
    expect(calls[1]!.res).toEqual({ errMsg: 'getLocation:permission denied' });
  });

  it('gives wx.error and wx.ready to wx.config only, never to a config of ww or the bridge, and wx.ready after a failure changes nothing', () => {
    const calls = foldJssdkEvents(
      [
        viaSdk(1, 'config'),
        viaBridge(2, 'preVerifyJSAPI', { verifyAppId: 'wx1' }),
        viaBridge(3, 'preVerifyJSAPI', { verifyAppId: 'ww1' }),
        answer(2, { err_msg: 'config:fail,Error: 系统错误，错误码：63002,invalid signature' }),
        { kind: 'error', res: { errMsg: 'config:fail,error: 系统错误，错误码：63002,invalid signature' }, url: PAGE, at: 3000 },
        { kind: 'ready', url: PAGE, at: 3001 },
        answer(3, { err_msg: 'preVerifyJSAPI:fail_invalid url domain' }),
      ],
      's',
    );
    expect(calls.map((c) => [c.sdk, c.state, c.errMsg])).toEqual([
      ['wx', 'error', 'config:fail,error: 系统错误，错误码：63002,invalid signature'],
      ['bridge', 'error', 'config:invalid url domain'],
    ]);
  });

  it('pairs a config only with the bridge call for the same app (WeChat’s and WeCom’s SDKs on one page)', () => {
    const calls = foldJssdkEvents(
      [
        { kind: 'call', id: 1, api: 'config', sdk: 'ww', args: { appId: 'ww1' }, url: PAGE, at: 1 },
        { kind: 'call', id: 2, api: 'config', sdk: 'wx', args: { appId: 'wx1' }, url: PAGE, at: 2 },
        viaBridge(3, 'preVerifyJSAPI', { verifyAppId: 'wx1' }),
        viaBridge(4, 'preVerifyJSAPI', { verifyAppId: 'ww1' }),
      ],
      's',
    );
    expect(calls.map((c) => [c.sdk, appOf(c.bridge?.args)])).toEqual([
      ['ww', 'ww1'],
      ['wx', 'wx1'],
    ]);
  });

  it('pairs overlapping calls of one API first come, first paired, also across drains', () => {
    const log = foldJssdkEvents([viaSdk(1, 'chooseImage'), viaSdk(2, 'chooseImage'), viaBridge(3, 'chooseImage')], 's');
    foldJssdkEvents([viaBridge(4, 'chooseImage'), answer(4, { err_msg: 'chooseImage:cancel' }), answer(3, { err_msg: 'chooseImage:ok' })], 's', log);
    foldJssdkEvents([answer(2, { errMsg: 'chooseImage:cancel' }, 'cancel'), viaBridge(5, 'chooseImage')], 's', log);
    expect(log.map((c) => [c.key, c.sdk, c.state, c.errMsg, c.ids])).toEqual([
      ['j1@s', 'wx', 'ok', 'chooseImage:ok', [1, 3]],
      ['j2@s', 'wx', 'error', 'chooseImage:cancel', [2, 4]],
      ['j5@s', 'bridge', 'pending', null, [5]],
    ]);
  });

  it('reads junk bridge calls and answers without throwing', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), fc.array(fc.record({ sdk: fc.constantFrom('wx', 'ww', 'bridge', 7), api: fc.constantFrom('preVerifyJSAPI', 'config', 'chooseImage', 'imagePreview'), res: fc.anything() })), (name, res, events) => {
        expect(typeof bridgeErrMsg(name, res)).toBe('string');
        const raw = events.flatMap((e, i) => [{ kind: 'call', id: i, api: e.api, sdk: e.sdk, args: e.res, url: PAGE, at: i }, { kind: 'result', id: i % 3, callback: 'complete', res: e.res, url: PAGE, at: i }]);
        const calls = foldJssdkEvents(raw.map(parseJssdkEvent).filter((e): e is JssdkEvent => e !== null), 's');
        for (const c of calls) {
          expect(['pending', 'ok', 'error']).toContain(c.state);
          diagnoseSignature(c, calls);
        }
      }),
      { numRuns: 500 },
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
