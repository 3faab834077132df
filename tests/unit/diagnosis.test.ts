import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encryptedAnswer } from '../../src/decode/api-security';
import { decodeCall } from '../../src/decode/decode-call';
import { quotaTools, ridTools } from '../../src/decode/diagnosis-tools';
import { matchWeChatUrl } from '../../src/decode/hosts';
import { diagnosePaySignature, needsPaySignDoctor, parsePayAuthorization, pathWithQuery, readSignInformation } from '../../src/decode/pay-sign-doctor';
import { okOf } from '../../src/decode/report-entry';
import type { CapturedCall, Header } from '../../src/decode/types';
import { capturedCall } from '../support/calls';

function captured(url: string, content: string, overrides: Partial<CapturedCall> = {}): CapturedCall {
  return capturedCall(content, { method: 'POST', url, ...overrides });
}
const decode = (call: CapturedCall) => decodeCall(call, matchWeChatUrl(call.url)!);

const ENCRYPTED = JSON.stringify({ iv: 'fmW/zNxXlytUZBgj', data: '0IDVdrPtSPF/Oe2CTXCV2vVNPbVJdJlP2WaTMQnoYLh5iCrr', authtag: '5qeM/2vZv+6KtScN94IpMg==' });
const SECURITY_HEADERS: Header[] = [
  { name: 'Wechatmp-Appid', value: 'wxba6223c06417af7b' },
  { name: 'Wechatmp-TimeStamp', value: '1635927956' },
  { name: 'Wechatmp-Serial', value: 'fa05fe1e5bcc79b81ad5ad4b58acf787' },
  { name: 'Wechatmp-Signature', value: 'ZmFrZSBzaWduYXR1cmU=' },
  { name: 'Content-Type', value: 'application/json' },
];
const URL_SEC = 'https://api.weixin.qq.com/wxa/getuserriskrank?access_token=ACCESS_TOKEN';

describe('API security mode answers', () => {
  it('are state "encrypted": neither success nor failure, nor an unknown code', () => {
    const call = decode(captured(URL_SEC, ENCRYPTED, { responseHeaders: SECURITY_HEADERS }));
    expect(call.state).toBe('encrypted');
    expect(call.errcode).toBeNull();
    expect(okOf(call)).toBeNull();
  });

  it('keep the Wechatmp-* headers that came with them, and are recognised by their body alone', () => {
    expect(encryptedAnswer(JSON.parse(ENCRYPTED), SECURITY_HEADERS)!.headers.map((h) => h.name)).toEqual(['Wechatmp-Appid', 'Wechatmp-TimeStamp', 'Wechatmp-Serial', 'Wechatmp-Signature']);
    expect(decode(captured(URL_SEC, ENCRYPTED)).state).toBe('encrypted');
  });

  it('are not: a plain error (40234 in the security family), a body missing a field, an answer with an errcode, an HTTP error, WeCom', () => {
    expect(decode(captured(URL_SEC, '{"errcode":40234,"errmsg":"invalid signature rid: 660bbf5d-42122766-7111a136"}')).state).toBe('error');
    expect(decode(captured(URL_SEC, JSON.stringify({ iv: 'a', data: 'b' }))).state).toBe('ok');
    expect(decode(captured(URL_SEC, JSON.stringify({ iv: 'a', data: 'b', authtag: 'c', errcode: 0 }))).state).toBe('ok');
    expect(decode(captured(URL_SEC, JSON.stringify({ iv: 'a', data: 'b', authtag: '' }))).state).toBe('ok');
    expect(decode(captured(URL_SEC, ENCRYPTED, { status: 502 })).state).toBe('error');
    expect(decode(captured('https://qyapi.weixin.qq.com/cgi-bin/user/get', ENCRYPTED)).state).toBe('ok');
  });

  it('never come from random JSON that lacks one of the three strings', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const complete = ['iv', 'data', 'authtag'].every((f) => typeof record[f] === 'string' && record[f] !== '') && !('errcode' in record);
        expect(encryptedAnswer(record, []) !== null).toBe(complete);
      }),
    );
  });
});

const AUTH = 'WECHATPAY2-SHA256-RSA2048 mchid="1900007291",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="gZGkLF3mVIHY72hE1cFSrbEOKr5O7N2jYZAt5VSBpZpHn84HWylnljJHGGlMAtFt4AUP/gso9MyQ95GNb9h9DYI3RmwQe2kvcysVKoYvzgst217AzZYYwHaUnanaEFEuKD33L84JPe/HX1CLs4VjcE16aZfORqHanlgPivirKg==",timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"';
const BODY = '{"appid":"wxd678efh567hg6787","mchid":"1230000109","description":"Image形象店-深圳腾大-QQ公仔","out_trade_no":"1217752501201407033233368018"}';

function signError(truncated: string, length: number): string {
  return JSON.stringify({
    code: 'SIGN_ERROR',
    detail: { detail: { issue: 'sign not match' }, field: 'signature', location: 'authorization', sign_information: { method: 'POST', sign_message_length: length, truncated_sign_message: truncated, url: '/v3/pay/transactions/jsapi' } },
    message: '签名错误，请检查后再试',
  });
}

const payCall = (content: string, overrides: Partial<CapturedCall> = {}) =>
  decode(captured('https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi', content, { status: 401, requestHeaders: [{ name: 'Authorization', value: AUTH }], requestBody: BODY, startedDateTime: '2019-04-02T12:34:25.000Z', ...overrides }));

describe('WeChat Pay v3 signature doctor', () => {
  it('reads the Authorization header field by field', () => {
    expect(parsePayAuthorization(AUTH)).toEqual({
      scheme: 'WECHATPAY2-SHA256-RSA2048',
      mchid: '1900007291',
      nonceStr: '593BEC0C930BF1AFEB40B4A08C8FB242',
      timestamp: '1554208460',
      serialNo: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
      signature: expect.stringMatching(/^gZGk.*Kg==$/) as unknown as string,
    });
    expect(parsePayAuthorization('Bearer abc')).toBeNull();
    expect(parsePayAuthorization('WECHATPAY2-SHA256-RSA2048 mchid=1,timestamp="2"')).toMatchObject({ mchid: '1', timestamp: '2', nonceStr: null });
  });

  it('takes path and query exactly as written', () => {
    expect(pathWithQuery('https://api.mch.weixin.qq.com/v3/certificates?algorithm_type=RSA')).toBe('/v3/certificates?algorithm_type=RSA');
    expect(pathWithQuery('https://api.mch.weixin.qq.com/v3/x?a=%7Bb%7D&c= d#frag')).toBe('/v3/x?a=%7Bb%7D&c= d');
    expect(pathWithQuery('https://api.mch.weixin.qq.com')).toBe('/');
  });

  it('rebuilds the message and agrees with a truncated message of the same request', () => {
    const message = `POST\n/v3/pay/transactions/jsapi\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n${BODY}\n`;
    const call = payCall(signError('POST\n/v3/pay/transactions/jsapi\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{"appid"\n', 320));
    expect(needsPaySignDoctor(call)).toBe(true);
    const d = diagnosePaySignature(call);
    expect(d.message).toBe(message);
    expect(d.signInformation).toMatchObject({ method: 'POST', length: 320, url: '/v3/pay/transactions/jsapi' });
    expect(d.comparison!.map((c) => c.verdict)).toEqual(['same', 'same', 'same', 'same', 'prefix']);
    expect(d.clockSkewSeconds).toBe(-5);
  });

  it('points at the line that differs: a URL encoded differently, another nonce, a body changed after signing', () => {
    const call = payCall(signError('POST\n/v3/pay/transactions/jsapi?x=%E4%B8%AD\n1554208460\nOTHERNONCE\n{"mchid"\n', 300), { url: 'https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi?x=中' });
    const verdicts = Object.fromEntries(diagnosePaySignature(call).comparison!.map((c) => [c.line, c.verdict]));
    expect(verdicts).toEqual({ method: 'same', url: 'differs', timestamp: 'same', nonce: 'differs', body: 'differs' });
  });

  it('says a GET has an empty body line, and marks lines the server message lacks', () => {
    const get = payCall(signError('GET\n/v3/certificates?algorithm_type=RSA\n1680144553\nvDit3y4Fmv45dem0CSmKbBK4tUHRR8Dj\n\n', 85), {
      method: 'GET',
      url: 'https://api.mch.weixin.qq.com/v3/certificates?algorithm_type=RSA',
      requestBody: null,
      requestHeaders: [{ name: 'authorization', value: 'WECHATPAY2-SHA256-RSA2048 mchid="1376395802",nonce_str="vDit3y4Fmv45dem0CSmKbBK4tUHRR8Dj",timestamp="1680144553",serial_no="14",signature="x"' }],
    });
    const d = diagnosePaySignature(get);
    expect(d.message).toBe('GET\n/v3/certificates?algorithm_type=RSA\n1680144553\nvDit3y4Fmv45dem0CSmKbBK4tUHRR8Dj\n\n');
    expect(d.comparison!.every((c) => c.verdict === 'same')).toBe(true);
    const short = diagnosePaySignature(payCall(signError('POST\n/v3/pay', 500)));
    expect(short.comparison!.map((c) => c.verdict)).toEqual(['same', 'differs', 'missing', 'missing', 'missing']);
  });

  it('works without a detail or an Authorization header, and only for v3 signature failures', () => {
    const bare = payCall('{"code":"SIGN_ERROR","message":"签名错误"}', { requestHeaders: [] });
    const d = diagnosePaySignature(bare);
    expect(d.authorization).toBeNull();
    expect(d.signInformation).toBeNull();
    expect(d.comparison).toBeNull();
    expect(d.message).toBe(`POST\n/v3/pay/transactions/jsapi\n\n\n${BODY}\n`);
    expect(readSignInformation('not json')).toBeNull();
    const unauthorized = payCall('', { responseHeaders: [{ name: 'Wechatpay-Nonce', value: 'n' }] });
    expect(needsPaySignDoctor(unauthorized)).toBe(true);
    expect(needsPaySignDoctor(payCall('{"code":"PARAM_ERROR","message":"x"}', { status: 400 }))).toBe(false);
    expect(needsPaySignDoctor(decode(captured(URL_SEC, '{"errcode":40001}')))).toBe(false);
  });

  it('never throws on any Authorization header or detail', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), (auth, detail) => {
        parsePayAuthorization(`WECHATPAY2-SHA256-RSA2048 ${auth}`);
        readSignInformation(detail);
      }),
    );
  });
});

describe('rid and quota tools', () => {
  it('offer WeChat\'s diagnosis page and the rid command for api.weixin.qq.com rids only', () => {
    expect(ridTools('weixin', '617682e0-09059ac5-34a8e2ea')).toMatchObject({
      diagnosisUrl: 'https://developers.weixin.qq.com/console/devtools/debug?tab=errorDiag',
      command: 'wechat-api-inspector rid 617682e0-09059ac5-34a8e2ea',
    });
    expect(ridTools('wecom', '617682e0-09059ac5-34a8e2ea')).toBeNull();
  });

  it('name the failing API path on 45009 and 45011, not on /sns/ paths, other codes or platforms', () => {
    expect(quotaTools('weixin', 45009, '/cgi-bin/message/custom/send')).toMatchObject({ path: '/cgi-bin/message/custom/send', command: 'wechat-api-inspector quota /cgi-bin/message/custom/send', monthlyResets: 10 });
    expect(quotaTools('weixin', 45011, '/wxa/getwxacodeunlimit')).not.toBeNull();
    expect(quotaTools('weixin', 45011, '/sns/jscode2session')).toBeNull();
    expect(quotaTools('weixin', 40001, '/cgi-bin/token')).toBeNull();
    expect(quotaTools('wecom', 45009, '/cgi-bin/message/send')).toBeNull();
    expect(quotaTools('weixin', 45009, '/cgi-bin/a;rm -rf')).toBeNull();
  });
});
