import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jssdkCatalogue } from '../../src/decode/jssdk/catalogue';
import { decodeJssdkErrMsg, normalizeJssdkResult } from '../../src/decode/jssdk/errmsg';

const decode = (value: unknown) => decodeJssdkErrMsg(normalizeJssdkResult(value), jssdkCatalogue);
const MORE = 'https://open.work.weixin.qq.com/devtool/query';

describe('decodeJssdkErrMsg: the real variants (facts section 5)', () => {
  const cases: Array<[string, string, string | null, number | null]> = [
    ['config:invalid signature', 'invalid-signature', 'config', null],
    ['config:fail,invalid signature', 'invalid-signature', 'config', null],
    ['config:fail,Error: invalid signature', 'invalid-signature', 'config', null],
    ['config:fail,Error: 系统错误，错误码：63002,invalid signature', 'invalid-signature', 'config', 63002],
    ['config:fail,Error: 系统错误，错误码：63002,invalid signature[20201208 08:38:01][]', 'invalid-signature', 'config', 63002],
    ['config:invalid url domain', 'invalid-url-domain', 'config', null],
    ['config:fail,invalid url domain', 'invalid-url-domain', 'config', null],
    ['config:fail,Error: 系统错误,错误码:40048,invalid url domain', 'invalid-url-domain', 'config', 40048],
    ['openLocation:fail, the permission value is offline verifying', 'offline-verifying', 'openLocation', null],
    ['scanQRCode:fail, the permission value is offline verifying', 'offline-verifying', 'scanQRCode', null],
    ['chooseImage:permission denied', 'permission-denied', 'chooseImage', null],
    ['getCurExternalContact:fail_permission denied', 'permission-denied', 'getCurExternalContact', null],
    ['function not exist', 'function-not-exist', null, null],
    ['openBusinessView:function not exist', 'function-not-exist', 'openBusinessView', null],
    [`agentConfig:invalid corpId more info at ${MORE}?e=40013`, 'wecom-invalid-corpid', 'agentConfig', 40013],
    [`agentConfig:invalid signature more info at ${MORE}?e=40093`, 'invalid-signature', 'agentConfig', 40093],
    [`agentConfig:not match any reliable domain. more info at ${MORE}?e=80001`, 'wecom-not-reliable-domain', 'agentConfig', 80001],
    [`agentConfig:${MORE.slice('https:'.length)}?e=80001`, 'wecom-not-reliable-domain', 'agentConfig', 80001],
    ['agentConfig:fail_invalid', 'wecom-agentconfig-fail', 'agentConfig', null],
    ['fail_nopermission', 'wecom-fail-nopermission', null, null],
    ['sendChatMessage: fail_nopermission', 'wecom-fail-nopermission', 'sendChatMessage', null],
    ['getCurExternalContact:fail no permission', 'wecom-fail-nopermission', 'getCurExternalContact', null],
    ['getCurExternalContact:fail without context of external contact', 'wecom-no-external-context', 'getCurExternalContact', null],
    ['config:fail', 'config-missing-params', 'config', null],
    ['config:require subscribe', 'require-subscribe', 'config', null],
    ['launch:fail_check fail', 'open-tag-launch-fail', 'launch', null],
    ['chooseImage:cancel', 'user-cancel', 'chooseImage', null],
    ['getLocation:fail auth deny', 'user-auth-deny', 'getLocation', null],
    ['system:access_denied', 'access-denied', 'system', null],
    ['ReferenceError: wx is not defined', 'sdk-not-loaded', 'ReferenceError', null],
  ];

  it.each(cases)('%s → %s', (errMsg, id, api, code) => {
    const d = decodeJssdkErrMsg(errMsg, jssdkCatalogue);
    expect(d).toMatchObject({ errMsg, id, api, code, known: true });
    const entry = jssdkCatalogue.errors.find((e) => e.id === id)!;
    expect(d.meaning).toEqual({ zh: entry.zh, en: entry.en });
    expect(d.causes).toBe(entry.causes);
    expect(d.fixes).toBe(entry.fixes);
    expect(d.docUrl).toBe(entry.docUrl);
  });

  it('reads the two WeCom object forms', () => {
    const hinted = decode({ errMsg: 'agentConfig:fail', err_Info: 'fail', hint: `Hint: '1116162709:28pf8aujopx:40093'. More info at ${MORE}?e=40093` });
    expect(hinted).toMatchObject({ id: 'invalid-signature', api: 'agentConfig', code: 40093 });
    expect(hinted.errMsg).toBe(`agentConfig:fail Hint: '1116162709:28pf8aujopx:40093'. More info at ${MORE}?e=40093`);
    const coded = decode({ errCode: 2, err_info: `invalid signature more info at ${MORE}?e=40093` });
    expect(coded).toMatchObject({ id: 'invalid-signature', api: null, code: 40093 });
  });

  it('takes the hint code even when nothing else names the failure', () => {
    expect(decode({ errMsg: 'agentConfig:fail', hint: "Hint: '1116162709:28pf8aujopx:-30001'." })).toMatchObject({ id: 'wecom-agentconfig-fail', code: -30001 });
  });

  it('prefers a numbered code over the words around it', () => {
    expect(decodeJssdkErrMsg('config:fail,Error: 系统错误,错误码:40048,invalid signature', jssdkCatalogue).id).toBe('invalid-url-domain');
    // 系统错误 alone (no code the catalogue knows) is a system error, not a missing parameter.
    expect(decodeJssdkErrMsg('config:fail,Error: 系统错误，错误码：12345', jssdkCatalogue)).toMatchObject({ id: 'system-error', code: 12345 });
  });

  it('keeps an entry to its APIs', () => {
    // `fail` means a missing parameter on config, a failed agentConfig on agentConfig, nothing elsewhere.
    expect(decodeJssdkErrMsg('agentConfig:fail', jssdkCatalogue).id).toBe('wecom-agentconfig-fail');
    expect(decodeJssdkErrMsg('chooseImage:fail', jssdkCatalogue).known).toBe(false);
    expect(decodeJssdkErrMsg('launch:fail', jssdkCatalogue).id).toBe('open-tag-launch-fail');
    expect(decodeJssdkErrMsg('fail', jssdkCatalogue).known).toBe(false);
    expect(decodeJssdkErrMsg('chooseImage:invalid signature', jssdkCatalogue).known).toBe(false);
    expect(decodeJssdkErrMsg('chooseWXPay:fail, 当前页面的URL未注册', jssdkCatalogue).id).toBe('pay-url-not-registered');
  });

  it('does not find a pattern inside a longer word', () => {
    expect(decodeJssdkErrMsg('chooseImage:cancelled_by_policy', jssdkCatalogue).id).not.toBe('user-cancel');
    expect(decodeJssdkErrMsg('config:failed', jssdkCatalogue).known).toBe(false);
  });

  it('says known:false for what it does not know, with the api and code still read', () => {
    expect(decodeJssdkErrMsg('chooseImage:ok', jssdkCatalogue)).toEqual({
      errMsg: 'chooseImage:ok', api: 'chooseImage', known: false, id: null, code: null, meaning: null, causes: null, fixes: null, docUrl: null,
    });
    expect(decodeJssdkErrMsg('something odd happened, 错误码：99', jssdkCatalogue)).toMatchObject({ known: false, api: null, code: 99 });
    expect(decodeJssdkErrMsg('', jssdkCatalogue)).toMatchObject({ known: false, api: null, code: null });
  });
});

describe('normalizeJssdkResult', () => {
  it('reads every shape a callback hands over', () => {
    expect(normalizeJssdkResult('config:invalid signature')).toBe('config:invalid signature');
    expect(normalizeJssdkResult({ errMsg: 'chooseImage:permission denied' })).toBe('chooseImage:permission denied');
    expect(normalizeJssdkResult({ err_msg: 'get_brand_wcpay_request:cancel' })).toBe('get_brand_wcpay_request:cancel');
    expect(normalizeJssdkResult(new TypeError('wx.agentConfig is not a function'))).toBe('TypeError: wx.agentConfig is not a function');
    expect(normalizeJssdkResult({ detail: { errMsg: 'launch:fail_check fail' } })).toBe('launch:fail_check fail');
    expect(normalizeJssdkResult('{"errMsg":"agentConfig:fail","err_Info":"fail"}')).toBe('agentConfig:fail');
    expect(normalizeJssdkResult('{"not":"a result"}')).toBe('{"not":"a result"}');
    expect(normalizeJssdkResult('{broken json')).toBe('{broken json');
    expect(normalizeJssdkResult(null)).toBe('');
    expect(normalizeJssdkResult(undefined)).toBe('');
    expect(normalizeJssdkResult(42)).toBe('42');
  });

  it('survives hostile objects', () => {
    const throwing = { get errMsg(): string { throw new Error('boom'); } };
    const cyclic: Record<string, unknown> = {};
    cyclic['detail'] = cyclic;
    const trap = new Proxy({}, { get() { throw new Error('trap'); } });
    for (const value of [throwing, cyclic, trap, Object.create(null), [1, 2], Symbol('x'), () => 1]) {
      expect(() => decode(value)).not.toThrow();
    }
    expect(normalizeJssdkResult(throwing)).toBe('');
  });
});

describe('decodeJssdkErrMsg properties', () => {
  it('never throws; api is the text before the first ":" or null', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.tuple(fc.constantFrom('config', 'agentConfig', 'chooseImage', ' launch ', 'a.b', '', '{"errMsg"'), fc.string()).map(([a, b]) => `${a}:${b}`),
      fc.constantFrom(...jssdkCatalogue.errors.flatMap((e) => e.patterns)).chain((p) => fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}${p}${b}`)),
    );
    fc.assert(
      fc.property(text, (s) => {
        const d = decodeJssdkErrMsg(s, jssdkCatalogue);
        expect(d.errMsg).toBe(s);
        const colon = s.indexOf(':');
        if (d.api !== null) expect(d.api).toBe(s.slice(0, colon).trim());
        if (colon === -1) expect(d.api).toBeNull();
        expect(d.known).toBe(d.id !== null);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ errMsg: fc.anything(), err_Info: fc.anything(), hint: fc.anything(), detail: fc.anything() }, { requiredKeys: [] })), (value) => {
        const d = decode(value);
        expect(typeof d.errMsg).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('data/jssdk-errors.json', () => {
  it('has unique ids, and causes and fixes item for item in both languages', () => {
    const ids = jssdkCatalogue.errors.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of jssdkCatalogue.errors) {
      expect(e.causes.zh.length, `${e.id} causes`).toBe(e.causes.en.length);
      expect(e.fixes.zh.length, `${e.id} fixes`).toBe(e.fixes.en.length);
    }
  });

  it('gives each numbered code to one entry only', () => {
    const codes = jssdkCatalogue.errors.flatMap((e) => e.codes);
    expect(new Set(codes).size).toBe(codes.length);
    expect(jssdkCatalogue.errors.find((e) => e.codes.includes(40093))?.id).toBe('invalid-signature');
  });
});
