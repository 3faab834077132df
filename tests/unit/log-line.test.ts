import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAnswers, type LogForm } from '../../src/decode/log-line';
import { maskText } from '../../src/decode/mask';

const RID = 'rid: 5fab84d2-09424a07-00bd7fe3';

describe('findAnswers: each form a backend logs', () => {
  const cases: Array<[string, LogForm, number | string, string]> = [
    [`2026-12-02 WARN resp {"errcode":40164,"errmsg":"invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist ${RID}"}`, 'json', 40164, `invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist ${RID}`],
    [`{"errmsg":"access_token expired ${RID}", "errcode": 42001}`, 'json', 42001, `access_token expired ${RID}`],
    [JSON.stringify({ level: 'error', msg: `wechat said {"errcode":42001,"errmsg":"access_token expired ${RID}"}` }), 'json-escaped', 42001, `access_token expired ${RID}`],
    [`errcode=40001, errmsg=invalid credential, access_token is invalid or not latest ${RID}`, 'key-value', 40001, `invalid credential, access_token is invalid or not latest ${RID}`],
    [`wx api failed errcode: 40029 errmsg: "invalid code, ${RID}" user=7`, 'key-value', 40029, `invalid code, ${RID}`],
    [`me.chanjar.weixin.common.error.WxErrorException: 错误代码：40164, 错误信息：invalid ip 9.9.9.9 ipv6 ::ffff:9.9.9.9, not in whitelist ${RID}，微信原始报文：{"errcode":40164,"errmsg":"invalid ip 9.9.9.9 ipv6 ::ffff:9.9.9.9, not in whitelist ${RID}"}`, 'wxjava', 40164, `invalid ip 9.9.9.9 ipv6 ::ffff:9.9.9.9, not in whitelist ${RID}`],
    [`WxErrorException: 错误代码：-1, 错误信息：system error`, 'wxjava', -1, 'system error'],
    [`wechatpy.exceptions.WeChatClientException: Error code: 40029, message: invalid code, ${RID}`, 'wechatpy', 40029, `invalid code, ${RID}`],
    [`EasyWeChat\\Kernel\\Exceptions\\HttpException: Request access_token fail: {"errcode":40013,"errmsg":"invalid appid ${RID}"}`, 'json', 40013, `invalid appid ${RID}`],
    [`pay refund failed status=400 body={"code":"PARAM_ERROR","message":"参数错误"} Request-ID: 08F4C6A5A806100118B8F8B30620D4A8`, 'pay-v3', 'PARAM_ERROR', '参数错误'],
    [`wx.config error {"errMsg":"config:invalid signature"}`, 'jssdk', '', 'config:invalid signature'],
    [`[H5] chooseImage:fail permission denied`, 'jssdk', '', 'chooseImage:fail permission denied'],
  ];
  it.each(cases)('%s', (line, form, code, errmsg) => {
    const [answer, ...rest] = findAnswers(line);
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ form, errmsg });
    if (form !== 'jssdk') expect(answer!.errcode).toBe(code);
  });

  it('tells the platform from a host or WeCom wording in the line', () => {
    expect(findAnswers('POST https://qyapi.weixin.qq.com/cgi-bin/message/send -> {"errcode":60020,"errmsg":"not allow to access from your ip"}')[0]!.platform).toBe('wecom');
    expect(findAnswers('{"errcode":60011,"errmsg":"no privilege to access/modify contact/party/agent , more info at https://open.work.weixin.qq.com/devtool/query?e=60011"}')[0]!.platform).toBe('wecom');
    expect(findAnswers(`{"errcode":40164,"errmsg":"invalid ip 1.1.1.1, not in whitelist ${RID}"}`)[0]!.platform).toBeNull();
  });

  it('finds two answers in one line, and one answer written twice once', () => {
    expect(findAnswers(`a {"errcode":40001,"errmsg":"invalid credential ${RID}"} b {"errcode":42001,"errmsg":"access_token expired ${RID}"}`).map((a) => a.errcode)).toEqual([40001, 42001]);
    const twice = JSON.stringify({ raw: `{"errcode":40001,"errmsg":"invalid credential ${RID}"}`, body: { errcode: 40001, errmsg: `invalid credential ${RID}` } });
    expect(findAnswers(twice)).toHaveLength(1);
  });
});

describe('findAnswers: lines that only look similar', () => {
  it.each([
    '{"errcode":40001,"errmsg":"参数错误"}',
    '{"errcode":1001,"errmsg":"invalid ip"}',
    '{"errcode":0,"errmsg":"ok"}',
    'errcode=0, errmsg=ok',
    '{"myerrcode":40164,"errmsg":"invalid ip 1.2.3.4 rid: 5fab84d2-09424a07-00bd7fe3"}',
    'GET https://api.weixin.qq.com/cgi-bin/user/info?openid=40164&lang=zh_CN 200 12ms',
    'GET /orders/40164/items?page=42001 200',
    '{"errcode":40164,"errmsg":"invalid ip',
    '{"errcode":',
    '{"code":"PARAM_ERROR","message":"bad"}',
    '{"code":0,"msg":"success","data":{"errcode_count":3}}',
    'open: permission denied',
    'user clicked config: panel',
    '\u0000\u0001\u00ff errcode \ufffd\ufffd "errcode" : : = =',
  ])('%s', (line) => {
    expect(findAnswers(line)).toEqual([]);
  });
});

const wechatMessages = fc.constantFrom(
  ['invalid ip 203.0.113.9 ipv6 ::ffff:203.0.113.9, not in whitelist', 40164],
  ['access_token expired', 42001],
  ['invalid credential, access_token is invalid or not latest', 40001],
  ['api unauthorized', 48001],
) as fc.Arbitrary<[string, number]>;
const rid = fc.tuple(fc.stringMatching(/^[0-9a-f]{8}$/), fc.stringMatching(/^[0-9a-f]{8}$/), fc.stringMatching(/^[0-9a-f]{8}$/)).map((p) => `rid: ${p.join('-')}`);
/** Log text around an answer: anything without the keys an answer is found by, nor quotes or backslashes that would join it. */
const noise = fc.string({ maxLength: 60 }).map((s) => s.replace(/errcode|errmsg|错误|Error code|code|:|["\\\r\n]/gi, ' '));

describe('findAnswers: properties', () => {
  it('finds the answer in every form, whatever text is around it', () => {
    fc.assert(
      fc.property(wechatMessages, rid, noise, noise, fc.constantFrom('json', 'json-escaped', 'key-value', 'wxjava', 'wechatpy'), ([text, code], r, before, after, form) => {
        const errmsg = `${text} ${r}`;
        const answer = {
          json: () => JSON.stringify({ errcode: code, errmsg }),
          'json-escaped': () => JSON.stringify({ msg: `${before} ${JSON.stringify({ errcode: code, errmsg })}` }),
          'key-value': () => `errcode=${code}, errmsg=${errmsg}`,
          wxjava: () => `WxErrorException: 错误代码：${code}, 错误信息：${errmsg}`,
          wechatpy: () => `WeChatClientException: Error code: ${code}, message: ${errmsg}`,
        }[form]();
        const found = findAnswers(`${before} ${answer}${form === 'key-value' || form.startsWith('w') ? '' : ` ${after}`}`);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ form, errcode: code, errmsg });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and finds nothing failing in text without an errcode or SDK message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (line) => {
        const found = findAnswers(line);
        for (const a of found) expect(a.errcode).not.toBe(0);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), fc.integer(), (url, n) => {
        expect(findAnswers(`GET ${url} ${n} ${n}ms`)).toEqual([]);
      }),
    );
  });

  it("leaves a business API's own {errcode, errmsg} out, whatever its code", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 10_000_000 }), fc.constantFrom('参数错误', 'token invalid', '系统繁忙', 'user not found', 'ok', ''), (code, errmsg) => {
        expect(findAnswers(JSON.stringify({ errcode: code, errmsg }))).toEqual([]);
        expect(findAnswers(`errcode=${code}, errmsg=${errmsg}`)).toEqual([]);
      }),
    );
  });

  it('reads huge and repetitive lines (linear patterns, bounded windows)', () => {
    const line = `${'errcode=1 errmsg= errcode":"'.repeat(100_000)}${'a'.repeat(1_000_000)} {"errcode":40164,"errmsg":"invalid ip 1.1.1.1 rid: 5fab84d2-09424a07-00bd7fe3"}`;
    expect(findAnswers(line).map((a) => a.errcode)).toEqual([40164]);
    expect(maskText(`${'?a=b&'.repeat(200_000)}x=1 access_token=${'t'.repeat(50)}`)).toContain('access_token=***tttt');
    expect(findAnswers(`${'x:fail'.repeat(100_000)}`).length).toBeGreaterThan(0);
  });
});

describe('maskText', () => {
  it('masks secrets in queries, JSON pairs (plain and escaped) and name=value text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{16,40}$/), fc.constantFrom('access_token', 'secret', 'corpsecret', 'js_code', 'session_key'), (value, name) => {
        for (const line of [
          `GET https://api.weixin.qq.com/x?appid=wx1&${name}=${value}&b=2 200`,
          JSON.stringify({ [name]: value, n: 1 }),
          JSON.stringify({ msg: JSON.stringify({ [name]: value }) }),
          `${name}=${value}, errcode=40001`,
          `${name}: ${value}`,
        ]) expect(maskText(line)).not.toContain(value);
      }),
    );
  });
});
