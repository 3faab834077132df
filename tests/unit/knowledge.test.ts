import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { describeCode, endpointName, fillHint } from '../../src/decode/knowledge/lookup';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';
import { PLATFORMS, type Platform } from '../../src/decode/types';

const k = compileKnowledge(rawKnowledge);
const fixes = (platform: Platform, code: number, lang: 'zh' | 'en' = 'en', path?: string) => describeCode(k, platform, code, path).fixes?.[lang].join('\n') ?? '';
const all = (platform: Platform, code: number) => {
  const info = describeCode(k, platform, code);
  return [...(info.causes?.zh ?? []), ...(info.causes?.en ?? []), ...(info.fixes?.zh ?? []), ...(info.fixes?.en ?? [])].join('\n');
};

describe('fix hints meet the bar', () => {
  it('40164 names the IP from the errmsg and where to whitelist it', () => {
    const text = fixes('weixin', 40164);
    expect(text).toContain('{clientIp}');
    expect(fillHint(text, '47.94.148.108', 'x')).toContain('47.94.148.108');
    expect(text).toMatch(/whitelist/i);
    expect(fixes('weixin', 40164, 'zh')).toMatch(/IP\s*白名单/);
  });
  it('60020 says 企业可信IP and that it takes about a minute', () => {
    expect(fixes('wecom', 60020, 'zh')).toContain('企业可信IP');
    expect(fixes('wecom', 60020, 'zh')).toMatch(/1\s*分钟/);
    expect(fixes('wecom', 60020)).toContain('{clientIp}');
  });
  it.each([
    ['weixin', 40029],
    ['weixin', 40163],
    ['wecom', 40029],
  ] as const)('%s %i: a login code is single-use and lives 5 minutes', (platform, code) => {
    const text = all(platform, code);
    expect(text).toMatch(/5 min|5 分钟|five minutes/i);
    expect(text).toMatch(/once|single-use|一次/i);
  });
  it('42001: cache the token centrally and refresh before its 7200 s', () => {
    expect(all('weixin', 42001)).toContain('7200');
    expect(all('weixin', 42001)).toMatch(/central|one service|统一|中控/i);
  });
  it('48001 / 48002 say which account type, permission or secret the API needs', () => {
    expect(all('weixin', 48001)).toMatch(/verif|认证/i);
    expect(all('wecom', 48002)).toMatch(/通讯录同步/);
    expect(all('wecom', 48002)).toMatch(/客户联系/);
  });
  it('61023: the authorizer refresh token must be persisted at authorization time', () => {
    expect(all('weixin', 61023)).toMatch(/persist/i);
    expect(all('weixin', 61023)).toMatch(/authoriz/i);
  });
});

describe('lookup', () => {
  it('keys meanings by platform', () => {
    for (const code of [40001, 40013, 40056, 48002, 50001, 60011]) {
      const a = describeCode(k, 'weixin', code).meaning;
      const b = describeCode(k, 'wecom', code).meaning;
      if (a && b) expect(a.en, String(code)).not.toBe(b.en);
    }
  });
  it('uses endpoint-specific meanings where the code means something else there', () => {
    const generic = describeCode(k, 'weixin', 45011).meaning!.en;
    expect(describeCode(k, 'weixin', 45011, '/sns/jscode2session').meaning!.en).not.toBe(generic);
    expect(describeCode(k, 'weixin', 40013, '/wxa/getwxacodeunlimit').meaning!.en).not.toBe(describeCode(k, 'weixin', 40013).meaning!.en);
    expect(describeCode(k, 'weixin', 40066, '/channels/ec/product/get').meaning!.en).not.toBe(describeCode(k, 'weixin', 40066).meaning!.en);
  });
  it('explains disagreements between sources', () => {
    expect(describeCode(k, 'weixin', 40125).note?.en).toBeTruthy();
    expect(describeCode(k, 'wecom', 50001).note?.zh).toBeTruthy();
  });
  it('marks codes found only in old lists as legacy', () => {
    expect(describeCode(k, 'wecom', 40001).legacy).toBe(false);
    expect(PLATFORMS.some((p) => Object.values(k.codes[p]).some((c) => c.legacy))).toBe(true);
  });
  it('says unknown codes are unknown, with the platform doc and WeCom query link', () => {
    expect(describeCode(k, 'weixin', 123456789)).toMatchObject({ known: false, meaning: null, queryUrl: null });
    expect(describeCode(k, 'wecom', 60020).queryUrl).toBe('https://open.work.weixin.qq.com/devtool/query?e=60020');
  });
  it('names endpoints', () => {
    expect(endpointName(k, 'weixin', '/cgi-bin/message/template/send')?.zh).toMatch(/模板消息/);
    expect(endpointName(k, 'wecom', '/cgi-bin/gettoken')).not.toBeNull();
    expect(endpointName(k, 'weixin', '/no/such/path')).toBeNull();
  });
  it('only uses the {clientIp} placeholder in hints', () => {
    for (const p of PLATFORMS) for (const e of Object.values(k.codes[p])) {
      for (const text of [...(e.fixes?.zh ?? []), ...(e.fixes?.en ?? []), ...(e.causes?.zh ?? []), ...(e.causes?.en ?? [])]) {
        expect(text.replaceAll('{clientIp}', '')).not.toMatch(/\{[A-Za-z_]+\}/);
      }
    }
  });
});
