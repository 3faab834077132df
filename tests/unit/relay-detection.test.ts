import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import weixinCodes from '../../data/codes/weixin.json';
import wecomCodes from '../../data/codes/wecom.json';
import corpus from '../fixtures/corpus/responses.json';
import business from '../fixtures/relay/business-answers.json';
import { parseJson } from '../../src/decode/errcode';
import { detectRelayed, relayedPlatform } from '../../src/decode/relay/detect-relayed';
import { inWeChatCodeRange, wechatLikeness } from '../../src/decode/relay/wechat-likeness';

const RID = 'rid: 6541f0a1-1b2c3d4e-5f6a7b8c';
const WECOM_TAIL = 'hint: [1700000000123456789012], from ip: 203.0.113.7, more info at https://open.work.weixin.qq.com/devtool/query?e=60020';

describe('wechatLikeness: WeChat-looking answers', () => {
  it.each([
    [40164, `invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist ${RID}`, 'weixin'],
    [42001, `access_token expired ${RID}`, 'weixin'],
    [40029, 'invalid code', null],
    [48001, 'api unauthorized', null],
    [60020, `not allow to access from your ip, ${WECOM_TAIL}`, 'wecom'],
    [40007, `不合法的媒体文件 id：媒体文件已过期 ${RID}`, 'weixin'],
    [-1, `system error ${RID}`, null],
    [45009, 'reach max api daily quota limit', null],
    [12345678, `something new ${RID}`, 'weixin'],
  ])('%i %s', (code, errmsg, platform) => {
    const l = wechatLikeness(code, errmsg);
    expect(l.wechat).toBe(true);
    if (platform === 'wecom') expect(l.platform).toBe('wecom');
  });
});

describe('wechatLikeness: business APIs that use errcode too', () => {
  it.each([
    [40001, '参数错误'],
    [40100, 'token invalid'],
    [1001, '库存不足'],
    [500, 'internal server error'],
    [10001, 'invalid ip'],
    [40003, 'User not found'],
    [0, `ok ${RID}`],
    [2, 'invalid code'],
    [40164, ''],
  ])('%i %s is not WeChat', (code, errmsg) => {
    expect(wechatLikeness(code, errmsg).wechat).toBe(false);
  });
});

describe('detectRelayed', () => {
  it('finds the pair at the top level', () => {
    const found = detectRelayed({ errcode: 40164, errmsg: `invalid ip 1.2.3.4, not in whitelist ${RID}` });
    expect(found).toMatchObject({ errcode: 40164, at: [], likeness: { wechat: true } });
  });

  it('finds it inside a wrapper, breadth first', () => {
    const found = detectRelayed({ code: 500, message: 'WeChat call failed', data: { wx: { errcode: 40164, errmsg: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist' } } });
    expect(found).toMatchObject({ errcode: 40164, at: ['data', 'wx'], likeness: { wechat: true } });
  });

  it('reports a business pair as not WeChat, so capture leaves it out', () => {
    expect(detectRelayed({ errcode: 1001, errmsg: '库存不足', data: null })?.likeness.wechat).toBe(false);
  });

  it.each([
    ['a success', { errcode: 0, errmsg: 'ok' }],
    ['a string errcode', { errcode: '40164', errmsg: 'invalid ip' }],
    ['a float errcode', { errcode: 40164.5, errmsg: 'invalid ip' }],
    ['no errmsg', { errcode: 40164 }],
    ['a numeric errmsg', { errcode: 40164, errmsg: 1 }],
    ['too deep', { a: { b: { c: { d: { errcode: 40164, errmsg: `invalid ip ${RID}` } } } } }],
    ['inside an array', { list: [{ errcode: 40164, errmsg: `invalid ip ${RID}` }] }],
    ['an array', [{ errcode: 40164, errmsg: 'invalid ip' }]],
    ['null', null],
    ['a string', 'errcode'],
  ])('nothing in %s', (_name, json) => {
    expect(detectRelayed(json)).toBeNull();
  });

  it('never throws on any JSON, and whatever it finds is really there', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
        const found = detectRelayed(json);
        if (found) {
          let at: unknown = json;
          for (const step of found.at) at = (at as Record<string, unknown>)[step as string];
          expect((at as { errcode: unknown }).errcode).toBe(found.errcode);
          expect(found.errcode).not.toBe(0);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('random errmsgs without WeChat signals are never taken for WeChat', () => {
    const plain = fc.string({ maxLength: 60 }).filter((s) => !/rid: |hint: |weixin\.qq\.com|invalid|access_token|api |system|require|not |missing|data format|argument|code been|user refuse|reach max|userid/i.test(s));
    fc.assert(fc.property(fc.integer(), plain, (code, errmsg) => {
      expect(wechatLikeness(code, errmsg).wechat).toBe(false);
    }), { numRuns: 2_000 });
  });
});

describe('relayedPlatform', () => {
  it('WeCom when the errmsg names work.weixin.qq.com, the fallback otherwise', () => {
    expect(relayedPlatform(`api forbidden, ${WECOM_TAIL}`, 'weixin')).toBe('wecom');
    expect(relayedPlatform(`invalid ip ${RID}`, 'wecom')).toBe('wecom');
    expect(relayedPlatform(`invalid ip ${RID}`, 'weixin')).toBe('weixin');
    expect(relayedPlatform(null, 'weixin')).toBe('weixin');
  });
});

describe('data/relay.json codeRanges', () => {
  it('cover nearly every code of the knowledge base', () => {
    for (const codes of [weixinCodes.codes, wecomCodes.codes]) {
      const numeric = codes.map((c) => c.code).filter((c): c is number => typeof c === 'number' && c !== 0);
      const inside = numeric.filter(inWeChatCodeRange).length;
      expect(inside / numeric.length).toBeGreaterThan(0.9);
    }
  });
  it('leave out the small codes business APIs use', () => {
    for (const code of [1, 2, 100, 200, 400, 401, 403, 404, 500, 1001, 9999]) expect(inWeChatCodeRange(code), String(code)).toBe(false);
  });
});

describe('the test corpus relayed by a backend', () => {
  const cases = (corpus as { cases: Array<{ name: string; url: string; body?: string }> }).cases;
  const failing = cases.filter((c) => {
    const json = typeof c.body === 'string' ? parseJson(c.body) : undefined;
    const code = json && typeof json === 'object' ? (json as Record<string, unknown>)['errcode'] : undefined;
    return typeof code === 'number' && code !== 0;
  });

  it('every failing WeChat / WeCom answer with a numeric errcode is recognised', () => {
    expect(failing.length).toBeGreaterThan(15);
    for (const c of failing) expect(detectRelayed(parseJson(c.body!))?.likeness.wechat, c.name).toBe(true);
  });

  it('the platform named by the errmsg is never the wrong one', () => {
    for (const c of failing) {
      const host = new URL(c.url).hostname;
      const named = detectRelayed(parseJson(c.body!))!.likeness.platform;
      if (named !== null) expect(named, c.name).toBe(host === 'qyapi.weixin.qq.com' ? 'wecom' : 'weixin');
    }
  });
});

describe('business answers that use errcode too (tests/fixtures/relay/business-answers.json)', () => {
  it.each(business.answers.map((a) => [JSON.stringify(a), a] as const))('%s is not taken for WeChat', (_text, answer) => {
    const found = detectRelayed(answer);
    expect(found === null || !found.likeness.wechat).toBe(true);
  });
});
