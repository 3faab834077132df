import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { describeCode } from '../../src/decode/knowledge/lookup';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';

const k = compileKnowledge(rawKnowledge);
const both = (t: { zh: string; en: string } | null) => `${t?.zh}\n${t?.en}`;

describe('corrections from comparing official sources (issue 20)', () => {
  it('89250 / 89253 on fast registration say what its own doc says; elsewhere the global list holds', () => {
    const path = '/cgi-bin/component/fastregisterweapp';
    expect(describeCode(k, 'weixin', 89250, path).meaning).toEqual({ zh: '未找到该任务', en: 'Task not found' });
    const missing = describeCode(k, 'weixin', 89253, path);
    expect(missing.meaning).toEqual({ zh: '缺少参数', en: 'Missing parameters' });
    expect(missing.meaning).not.toEqual(describeCode(k, 'weixin', 89252, path).meaning);
    expect(missing.causes?.en.join(' ')).toContain('legal_persona_wechat');
    expect(missing.sources[0]?.url).toMatch(/Fast_Registration_Interface_document\.html$/);
    expect(describeCode(k, 'weixin', 89250, '/wxa/submit_audit').meaning?.en).toMatch(/internal error/i);
    // The notes no longer call the endpoint's reading baseless: they point to the API that defines it.
    for (const code of [89250, 89253]) {
      const note = describeCode(k, 'weixin', code).note;
      expect(both(note)).toContain(path);
      expect(both(note)).not.toMatch(/no official basis|未见官方依据/);
    }
  });

  it('20002 and 85015: notes no longer call readings baseless that an endpoint page or the official list gives', () => {
    expect(describeCode(k, 'weixin', 20002, '/wxa/getnearbypoilist').meaning).toEqual({ zh: 'POST 参数非法', en: 'Invalid POST parameters' });
    expect(describeCode(k, 'weixin', 20002, '/cgi-bin/menu/create').meaning?.en).toMatch(/product id/i);
    expect(both(describeCode(k, 'weixin', 20002).note)).toContain('/wxa/getnearbypoilist');
    expect(both(describeCode(k, 'weixin', 85015).note)).not.toMatch(/no official source|没有官方来源/);
  });

  it('61004 is the third-party platform whitelist; the token calls answer 40164, so no 61004 override there', () => {
    for (const path of ['/cgi-bin/token', '/cgi-bin/stable_token']) {
      const info = describeCode(k, 'weixin', 61004, path);
      expect(info.meaning?.zh).toContain('第三方平台');
      expect(info.meaning?.en).toMatch(/third-party platform/);
      expect(info.sources.some((s) => s.url?.endsWith('Return_code_descriptions_new.html'))).toBe(true);
      expect(describeCode(k, 'weixin', 40164, path).meaning?.en).toMatch(/whitelist/i);
    }
    const hints = describeCode(k, 'weixin', 61004);
    expect([...hints.causes!.en, ...hints.fixes!.en].join(' ')).not.toMatch(/service account|token calls/i);
    expect(both(describeCode(k, 'weixin', 61004, '/channels/ec/order/get').meaning)).toMatch(/小店/);
  });

  it('an endpoint meaning brings its own hints, so none repeats the global meaning without them (40226 on code2Session)', () => {
    const info = describeCode(k, 'weixin', 40226, '/sns/jscode2session');
    expect(info.causes?.en.join(' ')).toMatch(/high-risk/i);
    expect(info.sources[0]?.url).toMatch(/code2Session\.html$/);
  });

  it('40117, 40017 and 40050 mean the same in zh and en', () => {
    const m40117 = describeCode(k, 'weixin', 40117).meaning!;
    expect(m40117.zh).toContain('media_id');
    expect(m40117.en).toContain('media_id');
    expect(m40117.zh).not.toContain('分组');
    const m40017 = describeCode(k, 'weixin', 40017).meaning!;
    expect(m40017.zh).toBe('不合法的按钮类型');
    expect(m40017.en).toMatch(/button type/);
    const m40050 = describeCode(k, 'weixin', 40050).meaning!;
    for (const text of [m40050.zh, m40050.en]) expect(text).toContain('invalid timeline type');
    expect(m40050.zh).toContain('分组 id');
    expect(m40050.en).toContain('group id');
  });

  it('WeCom 84084 and 701038 / 701039 read the Chinese terms right', () => {
    const m84084 = describeCode(k, 'wecom', 84084).meaning!;
    expect(m84084.en).not.toMatch(/follower/i);
    expect(m84084.en).toMatch(/friend relation/);
    expect(m84084.en).toMatch(/visible range/);
    expect(m84084.zh).toMatch(/好友关系.*可见范围/);
    for (const code of [701038, 701039]) {
      const m = describeCode(k, 'wecom', code).meaning!;
      expect(m.en).not.toMatch(/welfare/i);
      expect(m.en).toMatch(/livelihood-industry/);
    }
  });

  it('45009 on getUnlimitedQRCode is the 5,000-a-minute limit, and clear_quota is advised against there only', () => {
    const info = describeCode(k, 'weixin', 45009, '/wxa/getwxacodeunlimit');
    expect(info.meaning?.en).toMatch(/per-minute/i);
    expect(info.meaning?.en).toContain('5,000');
    expect(info.meaning?.zh).toContain('5000 次/分钟');
    expect(info.fixes?.en.join(' ')).toMatch(/Do not call \/cgi-bin\/clear_quota/);
    expect(info.fixes?.zh.join(' ')).toMatch(/不要.*clear_quota/);
    const daily = describeCode(k, 'weixin', 45009, '/cgi-bin/message/custom/send');
    expect(daily.meaning?.en).toMatch(/daily/i);
    expect(daily.fixes?.en.join(' ')).toMatch(/clear_quota/);
  });
});
