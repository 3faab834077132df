import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import relay from '../../data/relay.json';
import weixinEndpoints from '../../data/endpoints/weixin.json';
import wecomEndpoints from '../../data/endpoints/wecom.json';
import { isDevHost } from '../../src/decode/relay/dev-host';
import { matchPathRule, platformOfPath, wechatPathStart } from '../../src/decode/relay/path-rules';

describe('isDevHost', () => {
  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.20', 'app.localhost', 'admin.local', 'api.test', 'svc.internal', '[::1]', '[fd12:3456::1]'])(
    '%s is a development host',
    (host) => expect(isDevHost(host)).toBe(true),
  );
  it.each(['example.com', 'api.weixin.qq.com', '172.32.0.1', '172.15.255.255', '11.0.0.1', '192.169.0.1', '8.8.8.8', '[2001:db8::1]', 'localhost.example.com', '127.0.0.1.nip.io', '999.0.0.1'])(
    '%s is not',
    (host) => expect(isDevHost(host)).toBe(false),
  );
});

describe('wechatPathStart', () => {
  it('is where the earliest WeChat prefix starts in the path, or -1', () => {
    const fragment = fc.oneof(fc.constantFrom(...relay.pathPrefixes, '/', '-', '.', 'cgi', 'bin', 'wx', 'a', '?x=/sns/'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), (parts) => {
        const path = parts.join('');
        const starts = relay.pathPrefixes.map((p) => path.indexOf(p)).filter((at) => at >= 0);
        expect(wechatPathStart(path)).toBe(starts.length > 0 ? Math.min(...starts) : -1);
      }),
    );
  });
});

describe('matchPathRule', () => {
  it.each([
    ['http://localhost:5173/cgi-bin/token?grant_type=client_credential', '/cgi-bin/token', 'weixin'],
    ['http://127.0.0.1:8080/sns/jscode2session', '/sns/jscode2session', 'weixin'],
    ['http://192.168.1.5/wx-proxy/cgi-bin/message/template/send', '/cgi-bin/message/template/send', 'weixin'],
    ['http://localhost/cgi-bin/gettoken?corpid=x', '/cgi-bin/gettoken', 'wecom'],
    ['http://localhost/cgi-bin/externalcontact/list', '/cgi-bin/externalcontact/list', 'wecom'],
    ['http://dev.local/datacube/getweanalysisappiddailysummarytrend', '/datacube/getweanalysisappiddailysummarytrend', 'weixin'],
    ['http://localhost/customservice/kfaccount/add', '/customservice/kfaccount/add', 'weixin'],
    ['http://localhost/wxa/getwxacodeunlimit', '/wxa/getwxacodeunlimit', 'weixin'],
  ])('%s → %s (%s)', (url, path, platform) => {
    expect(matchPathRule(url, false)).toMatchObject({ path, platform });
  });

  it('leaves public hosts alone unless the setting extends it to every host', () => {
    expect(matchPathRule('https://admin.example.com/cgi-bin/token', false)).toBeNull();
    expect(matchPathRule('https://admin.example.com/cgi-bin/token', true)).toMatchObject({ path: '/cgi-bin/token', host: 'admin.example.com' });
  });

  it.each(['http://localhost/api/orders', 'http://localhost/', 'http://localhost/cgi-binary/x', 'ftp://localhost/cgi-bin/token', 'not a url', 'http://localhost/sns'])(
    '%s is not a WeChat path',
    (url) => expect(matchPathRule(url, true)).toBeNull(),
  );

  it('finds a WeChat path however the URL spells it: dot segments, encoded dots, backslashes, tabs', () => {
    const segment = fc.constantFrom('cgi-bin', 'sns', 'shop', 'token', '.', '..', '%2e', '%2E%2e', '', 'a b', 'x\\cgi-bin', 'sns\\x', 'CGI-BIN', 'cgi-\tbin', 'sh\nop', 'ｓns');
    const url = fc.tuple(fc.array(segment, { maxLength: 6 }), fc.constantFrom('', '?next=/cgi-bin/token', '#/sns/x')).map(([segments, tail]) => `http://localhost:8080/${segments.join('/')}${tail}`);
    fc.assert(
      fc.property(url, (u) => {
        // What the rule must find: the prefix in the path the URL parser gives.
        const pathname = new URL(u).pathname;
        const expected = relay.pathPrefixes.some((p) => pathname.includes(p));
        expect(matchPathRule(u, false) !== null, u).toBe(expected);
      }),
    );
  });

  it('never throws and only answers with a path from the list', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.string()), fc.boolean(), (url, every) => {
        const m = matchPathRule(url, every);
        if (m) expect(relay.pathPrefixes.some((p) => m.path.startsWith(p))).toBe(true);
      }),
    );
  });
});

describe('data/relay.json wecomPathPrefixes', () => {
  it('names no path of the api.weixin.qq.com catalogue, and covers WeCom paths that are WeCom-only', () => {
    const weixin = weixinEndpoints.endpoints.map((e) => e.path);
    for (const p of weixin) expect(platformOfPath(p), p).toBe('weixin');
    const wecomOnly = wecomEndpoints.endpoints.map((e) => e.path).filter((p) => !weixin.includes(p));
    const told = wecomOnly.filter((p) => platformOfPath(p) === 'wecom').length;
    // Paths both platforms spell alike (/cgi-bin/user/get, /cgi-bin/message/send) are left to the errmsg.
    expect(told / wecomOnly.length).toBeGreaterThan(0.85);
  });
});
