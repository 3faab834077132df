import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { sha1Hex } from '../../src/decode/jssdk/sha1';
import { compareSignature, jssdkSignature, signatureString, signedUrl } from '../../src/decode/jssdk/signature';

/** The worked example of the official docs (WeCom "JS-SDK 签名算法", developer.work.weixin.qq.com/document/path/96909). */
const official = {
  jsapiTicket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
  nonceStr: 'Wm3WZYTPz0wzccnW',
  timestamp: 1414587457,
  url: 'http://mp.weixin.qq.com?params=value',
};

describe('JS-SDK signature', () => {
  it('reproduces the official example exactly', async () => {
    expect(signatureString(official)).toBe(
      'jsapi_ticket=sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value',
    );
    expect(await jssdkSignature(official)).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
    // The Official Account docs' older version of the same example, without the query string.
    expect(await jssdkSignature({ ...official, url: 'http://mp.weixin.qq.com' })).toBe('f4d90daf4b3bca3078ab155816175ba34c443a7b');
  });

  it('signs the URL without its #fragment, and nothing else changes', async () => {
    expect(signedUrl('https://a.example/p?x=1#/route?y=2')).toBe('https://a.example/p?x=1');
    expect(signedUrl('https://a.example/p')).toBe('https://a.example/p');
    expect(signedUrl('#only')).toBe('');
    expect(await jssdkSignature({ ...official, url: `${official.url}#/home` })).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
    // Values are used as given: no URL encoding, no trimming, the timestamp as a string is the same.
    expect(signatureString({ jsapiTicket: ' t ', nonceStr: 'n&=', timestamp: '0012', url: 'http://h/路径?a=b c' })).toBe(
      'jsapi_ticket= t &noncestr=n&=&timestamp=0012&url=http://h/路径?a=b c',
    );
    expect(await jssdkSignature({ ...official, timestamp: '1414587457' })).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  it('compares signatures ignoring case and stray spaces', () => {
    expect(compareSignature('0f9de62fce790f9a083d5c99e95740ceb90c27ed', ' 0F9DE62FCE790F9A083D5C99E95740CEB90C27ED\n')).toBe(true);
    expect(compareSignature('0f9de62fce790f9a083d5c99e95740ceb90c27ed', '0f9de62fce790f9a083d5c99e95740ceb90c27ee')).toBe(false);
    expect(compareSignature('abc', '')).toBe(false);
  });

  it('always writes the four keys in order', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.:/?'.split('')) });
    fc.assert(
      fc.property(plain, plain, fc.oneof(fc.nat(), plain), plain, plain, (jsapiTicket, nonceStr, timestamp, url, fragment) => {
        const s = signatureString({ jsapiTicket, nonceStr, timestamp, url: `${url}#${fragment}` });
        expect(s.split('&').map((pair) => pair.split('=')[0])).toEqual(['jsapi_ticket', 'noncestr', 'timestamp', 'url']);
        expect(s).toBe(`jsapi_ticket=${jsapiTicket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('is the SHA-1 Node computes, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.string(), fc.string(), async (jsapiTicket, nonceStr, timestamp, url) => {
        const params = { jsapiTicket, nonceStr, timestamp, url };
        expect(await jssdkSignature(params)).toBe(createHash('sha1').update(signatureString(params), 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it("has a SHA-1 of its own for pages without Web Crypto (plain http), equal to Node's on any bytes", async () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha1Hex(bytes)).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
    vi.stubGlobal('crypto', undefined);
    try {
      expect(await jssdkSignature(official)).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
