import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWeChatUrl } from '../../src/decode/hosts';

describe('matchWeChatUrl', () => {
  it.each([
    ['https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential', 'weixin', '/cgi-bin/token'],
    ['http://api.weixin.qq.com/sns/jscode2session', 'weixin', '/sns/jscode2session'],
    ['https://api2.weixin.qq.com/cgi-bin/token', 'weixin', '/cgi-bin/token'],
    ['https://sh.api.weixin.qq.com/cgi-bin/token', 'weixin', '/cgi-bin/token'],
    ['https://sz.api.weixin.qq.com/cgi-bin/token', 'weixin', '/cgi-bin/token'],
    ['https://hk.api.weixin.qq.com/cgi-bin/token', 'weixin', '/cgi-bin/token'],
    ['https://qyapi.weixin.qq.com/cgi-bin/gettoken', 'wecom', '/cgi-bin/gettoken'],
    ['http://QYAPI.weixin.qq.com:80/cgi-bin/gettoken', 'wecom', '/cgi-bin/gettoken'],
  ])('%s is %s', (url, platform, path) => {
    expect(matchWeChatUrl(url)).toMatchObject({ platform, path });
  });

  it.each([
    'https://mp.weixin.qq.com/cgi-bin/showqrcode',
    'https://api.weixin.qq.com.evil.example/cgi-bin/token',
    'https://evilapi.weixin.qq.com/cgi-bin/token',
    'ws://api.weixin.qq.com/x',
    'ftp://api.weixin.qq.com/x',
    'not a url',
    '',
    'http://localhost:8080/cgi-bin/token',
  ])('%s is not a WeChat call', (url) => {
    expect(matchWeChatUrl(url)).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (url) => {
        const match = matchWeChatUrl(url);
        if (match) expect(['weixin', 'wecom']).toContain(match.platform);
      }),
      { numRuns: 3000 },
    );
  });
});
