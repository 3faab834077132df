import { describe, expect, it } from 'vitest';
import { decodeCall } from '../../src/decode/decode-call';
import { toErrcode } from '../../src/decode/errcode';
import { matchWeChatUrl } from '../../src/decode/hosts';
import type { CapturedCall } from '../../src/decode/types';
import { capturedCall as captured } from '../support/calls';


const decode = (content: string | null, overrides: Partial<CapturedCall> = {}) => {
  const call = captured(content, overrides);
  return decodeCall(call, matchWeChatUrl(call.url)!);
};

describe('decodeCall', () => {
  it('reads a failing errcode and its errmsg', () => {
    const d = decode('{"errcode":40164,"errmsg":"invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3"}');
    expect(d).toMatchObject({ state: 'error', errcode: 40164, platform: 'weixin', path: '/cgi-bin/token' });
    expect(d.errmsg).toContain('invalid ip');
  });
  it('accepts errcode as a numeric string', () => {
    expect(decode('{"errcode":"42001","errmsg":"access_token expired"}')).toMatchObject({ state: 'error', errcode: 42001 });
  });
  it('treats errcode 0 and an absent errcode as success', () => {
    expect(decode('{"errcode":0,"errmsg":"ok"}').state).toBe('ok');
    expect(decode('{"access_token":"T","expires_in":7200}')).toMatchObject({ state: 'ok', errcode: null });
  });
  it('marks a missing body as no-body, not as an error', () => {
    expect(decode(null)).toMatchObject({ state: 'no-body', errcode: null, body: { kind: 'missing' } });
  });
  it('decodes a base64 body with Chinese text', () => {
    const json = '{"errcode":40007,"errmsg":"不合法的媒体文件 id"}';
    const d = decode(Buffer.from(json).toString('base64'), { encoding: 'base64' });
    expect(d).toMatchObject({ errcode: 40007, errmsg: '不合法的媒体文件 id' });
  });
  it('keeps non-JSON and empty bodies as such', () => {
    expect(decode('<html>502 Bad Gateway</html>', { status: 502 })).toMatchObject({ state: 'error', body: { kind: 'text' } });
    expect(decode('', { status: 204 })).toMatchObject({ state: 'ok', body: { kind: 'empty' } });
    expect(decode('{"errcode": true}')).toMatchObject({ state: 'error', errcodeUnreadable: true, errcode: null });
  });
  it('keys the platform by host', () => {
    const d = decode('{"errcode":60020,"errmsg":"not allow"}', { url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken' });
    expect(d.platform).toBe('wecom');
  });
});

describe('secret leaks', () => {
  it('flags a server secret sent by the page, in the URL or the body', () => {
    expect(decode('{}').leakedSecrets).toEqual(['secret']);
    expect(decode('{}', { url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww&corpsecret=abc' }).leakedSecrets).toEqual(['corpsecret']);
    expect(decode('{}', { url: 'https://api.weixin.qq.com/cgi-bin/stable_token', method: 'POST', requestBody: '{"grant_type":"client_credential","appid":"wx","secret":"abc"}' }).leakedSecrets).toEqual(['secret']);
    expect(decode('{}', { url: 'https://api.weixin.qq.com/x', requestBody: 'appid=wx&component_appsecret=abc' }).leakedSecrets).toEqual(['component_appsecret']);
  });
  it('does not flag tokens, codes or empty values', () => {
    expect(decode('{}', { url: 'https://api.weixin.qq.com/cgi-bin/user/info?access_token=T&openid=o' }).leakedSecrets).toEqual([]);
    expect(decode('{}', { url: 'https://api.weixin.qq.com/sns/oauth2/access_token?code=C&secret=' }).leakedSecrets).toEqual([]);
  });
});

describe('toErrcode', () => {
  it.each([
    [40001, 40001],
    ['40001', 40001],
    [' -1 ', -1],
    [1.5, null],
    ['40001abc', null],
    [null, null],
    [{}, null],
  ])('%j → %j', (input, expected) => {
    expect(toErrcode(input)).toBe(expected);
  });
});
