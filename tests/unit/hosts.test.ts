import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWeChatUrl } from '../../src/decode/hosts';

describe('matchWeChatUrl', () => {
  it('answers as the URL parser reads the host, however the URL spells it', () => {
    // Most URLs are ruled out from their text (see literal-url.ts): that must never miss a WeChat host.
    const known = new Set(['api.weixin.qq.com', 'qyapi.weixin.qq.com', 'api.mch.weixin.qq.com']);
    const hostSpelling = fc.tuple(
      fc.constantFrom('api.weixin.qq.com', 'qyapi.weixin.qq.com', 'api.mch.weixin.qq.com', 'weixin.qq.com', 'api.weixin.qq.co', 'example.com'),
      fc.constantFrom('plain', 'upper', 'percent', 'fullwidth', 'tab', 'newline', 'trailing-dot', 'userinfo', 'port'),
    ).map(([host, how]) => {
      switch (how) {
        case 'upper': return host.toUpperCase();
        case 'percent': return host.replace('.', '%2E').replace('a', '%61');
        case 'fullwidth': return host.replace('w', 'ｗ').replace('q', 'Ｑ');
        case 'tab': return host.replace('.', '.\t');
        case 'newline': return `\n${host.replace('i', 'i\r\n')}`;
        case 'trailing-dot': return `${host}.`;
        case 'userinfo': return `${host}:pw@example.org`;
        case 'port': return `${host}:8443`;
        default: return host;
      }
    });
    const url = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', ' https:\\\\', 'ws://'), hostSpelling, fc.constantFrom('/cgi-bin/token', '', '?a=api.weixin.qq.com', '\\sns\\x'))
      .map(([scheme, host, rest]) => `${scheme}${host}${rest}`);
    fc.assert(
      fc.property(url, (u) => {
        let expected: string | null = null;
        try {
          const parsed = new URL(u);
          if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && known.has(parsed.hostname)) expected = parsed.hostname;
        } catch {
          expected = null;
        }
        expect(matchWeChatUrl(u)?.host ?? null, JSON.stringify(u)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

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
