import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/cli/knowledge';
import { lookupCodes, lookupResult } from '../../src/cli/lookup';
import { decodeResponse, explainJssdk, jssdkSignature, lookup } from '../../src/lib/index';
import { lookup as payLookup } from '../../src/lib/pay';
import { lookup as wecomLookup } from '../../src/lib/wecom';
import { lookup as weixinLookup } from '../../src/lib/weixin';

describe('library', () => {
  it('lookup answers as lookup --json does, from the root and from each platform sub-path', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const [code, platform, sub] of [[-1, 'weixin', weixinLookup], [40164, 'weixin', weixinLookup], [45011, 'weixin', weixinLookup], [60020, 'wecom', wecomLookup], [1, 'wecom', wecomLookup], ['SIGN_ERROR', 'pay', payLookup], [999999, 'weixin', weixinLookup]] as const) {
        const cli = lookupResult(lookupCodes(knowledge(), [code], platform)[0]!, lang);
        expect(lookup(code, platform, { lang })).toEqual(cli);
        expect(sub(code, { lang })).toEqual(cli);
      }
    }
    expect(lookup(40164, 'weixin').meaning).toMatch(/^[\x20-\x7e]+$/);
  });

  it('decodeResponse reads headers in every form, bytes and parsed bodies, and masks the URL', () => {
    const body = { errcode: 0, errmsg: 'ok', invaliduser: 'lisi' };
    const url = 'https://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=TOKEN0123456789abcdefgh';
    for (const headers of [new Headers({ 'Content-Type': 'application/json' }), [['content-type', 'application/json']] as Array<[string, string]>, { 'content-type': 'application/json' }, [{ name: 'Content-Type', value: 'application/json' }]]) {
      const d = decodeResponse({ url, method: 'post', headers, body });
      expect(d).toMatchObject({ platform: 'wecom', product: 'wecom', state: 'warning', ok: false, errcode: 0, method: 'POST', partialFailures: [{ field: 'invaliduser', value: 'lisi' }] });
      expect(d.url).not.toContain('TOKEN0123456789abcdefgh');
    }
    const axiosLike = { 'content-type': 'application/json; charset=utf-8', 'set-cookie': ['a=1', 'b=2'], 'x-none': null, toJSON: () => ({}) };
    expect(decodeResponse({ url, status: 200, headers: axiosLike, body: { errcode: 45009, errmsg: 'reach max api daily quota limit' } })).toMatchObject({ errcode: 45009, ok: false, known: true });
    const bytes = new TextEncoder().encode('{"errcode":40001,"errmsg":"invalid credential rid: 5fab84d2-09424a07-00bd7fe3"}');
    expect(decodeResponse({ url: 'https://api.weixin.qq.com/cgi-bin/user/info', body: bytes })).toMatchObject({ errcode: 40001, ok: false, errmsg: { rid: '5fab84d2-09424a07-00bd7fe3' } });
    expect(decodeResponse({ url: 'https://api.weixin.qq.com/cgi-bin/user/info', body: bytes.buffer })).toMatchObject({ errcode: 40001 });
  });

  it('decodeResponse: WeChat Pay v3 and v2, no URL, a relayed answer with a platform given', () => {
    expect(decodeResponse({ url: 'https://api.mch.weixin.qq.com/v3/refund/domestic/refunds', status: 403, body: '{"code":"NOTENOUGH","message":"余额不足"}', headers: { 'Request-ID': '08F4C6A5A806100118B8F8B30620D4A8' } })).toMatchObject({ platform: 'pay', errcode: 'NOTENOUGH', ok: false, pay: { version: 'v3' } });
    expect(decodeResponse({ url: 'https://api.mch.weixin.qq.com/pay/unifiedorder', body: '<xml><return_code>SUCCESS</return_code><result_code>FAIL</result_code><err_code>ORDERPAID</err_code></xml>' })).toMatchObject({ errcode: 'ORDERPAID', pay: { version: 'v2' } });
    expect(decodeResponse({ body: { errcode: 42001, errmsg: 'access_token expired' } })).toMatchObject({ platform: 'weixin', errcode: 42001, known: true });
    expect(decodeResponse({ url: 'https://admin.example.com/api/wx', body: { errcode: 60020 } }, { platform: 'wecom', lang: 'zh' })).toMatchObject({ platform: 'wecom', errcode: 60020, known: true });
    expect(decodeResponse({ url: 'https://api.weixin.qq.com/cgi-bin/menu/get', body: null })).toMatchObject({ ok: null, state: 'no-body' });
  });

  it('explainJssdk and jssdkSignature answer as the jssdk command', async () => {
    expect(explainJssdk({ errMsg: 'config:invalid signature' }, { lang: 'zh' })).toMatchObject({ api: 'config', known: true });
    expect(await jssdkSignature({ jsapiTicket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg', nonceStr: 'Wm3WZYTPz0wzccnW', timestamp: 1414587457, url: 'http://mp.weixin.qq.com?params=value' })).toEqual({
      string: 'jsapi_ticket=sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value',
      signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
    });
  });
});
