import Ajv2020 from 'ajv/dist/2020';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLookup, lookupCodes, lookupResult } from '../../src/cli/lookup';
import { apiCodeFiles, readApiCodeFiles } from '../../src/decode/knowledge/api-code-files';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { describeCode, hintsFor } from '../../src/decode/knowledge/lookup';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';

const fixtureFiles = readApiCodeFiles(new URL('../fixtures/api-codes/', import.meta.url));
const k = compileKnowledge({ ...rawKnowledge, apiCodes: fixtureFiles });

describe('per-API codes (fixtures)', () => {
  it('the fixtures follow the schema the data files follow', () => {
    const schemaDir = join(__dirname, '../../data/schema');
    const ajv = new Ajv2020({ allErrors: true });
    for (const f of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as object);
    const validate = ajv.getSchema('api-codes.schema.json')!;
    expect(fixtureFiles.map((f) => f.family)).toEqual(['fixture-contact', 'fixture-shop']);
    for (const file of fixtureFiles) expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('a code only some APIs define has its meaning, hints and page on those APIs', () => {
    const info = describeCode(k, 'weixin', 99000001, '/channels/ec/product/update');
    expect(info).toMatchObject({ known: true, meaning: { en: 'Fixture: product title longer than 60 characters' }, definedOn: [] });
    expect(info.fixes?.en).toEqual(['Shorten the title.']);
    expect(info.docUrl).toBe('https://developers.weixin.qq.com/doc/channels/fixture/add.html');
    expect(info.sources).toEqual([{ url: 'https://developers.weixin.qq.com/doc/channels/fixture/add.html', checked: '2026-12-02' }]);
    expect(describeCode(k, 'wecom', 99000003, '/cgi-bin/externalcontact/add_contact_way').meaning?.zh).toBe('测试：联系我方式数量已达上限');
  });

  it('a page that gives only a remedy shows only fix steps', () => {
    const info = describeCode(k, 'wecom', 99000003, '/cgi-bin/externalcontact/add_contact_way');
    expect(hintsFor(info, 'en', null)).toEqual({ causes: [], fixes: ['Delete configs no longer used.'] });
    expect(info.hintSources[0]?.url).toBe('https://developer.work.weixin.qq.com/document/path/fixture');
    const text = formatLookup([info], 'en');
    expect(text).toContain('  Fix:\n    1. Delete configs no longer used.');
    expect(text).toContain('  Source: https://developer.work.weixin.qq.com/document/path/fixture (checked 2026-12-02)');
    expect(text).not.toContain('Causes');
    expect(hintsFor(describeCode(k, 'weixin', 99000002, '/channels/ec/order/get'), 'en', null)).toBeNull();
  });

  it('on another API (or with no API) it names the APIs that define it', () => {
    for (const path of ['/channels/ec/order/get', undefined]) {
      const info = describeCode(k, 'weixin', 99000001, path);
      expect(info).toMatchObject({ known: false, meaning: null, causes: null });
      expect(info.definedOn).toEqual([
        { path: '/channels/ec/product/add', name: { zh: '添加商品', en: 'Add product' }, meaning: { zh: '测试：商品标题超过 60 个字', en: 'Fixture: product title longer than 60 characters' } },
        { path: '/channels/ec/product/update', name: { zh: '更新商品', en: 'Update product' }, meaning: { zh: '测试：商品标题超过 60 个字', en: 'Fixture: product title longer than 60 characters' } },
      ]);
    }
    expect(describeCode(k, 'wecom', 99000001).definedOn).toEqual([]);
  });

  it('an API meaning wins over the global one on its API only', () => {
    expect(describeCode(k, 'weixin', 40066, '/channels/ec/product/add').meaning?.en).toBe('Fixture: 40066 on the product API');
    const global = describeCode(k, 'weixin', 40066, '/cgi-bin/menu/create');
    expect(global.meaning).toEqual(describeCode(rawK, 'weixin', 40066).meaning);
    expect(global.definedOn).toEqual([]);
  });

  it('a prefix ending with / covers the family; an exact path beats it', () => {
    expect(describeCode(k, 'weixin', 99000002, '/channels/ec/order/get').meaning?.en).toBe('Fixture: an error common to the shop APIs');
    expect(describeCode(k, 'weixin', 99000002, '/channels/ec/product/get').meaning?.en).toBe('Fixture: product not found');
    expect(describeCode(k, 'weixin', 99000002, '/channels/ecx').definedOn.map((d) => [d.path, d.name])).toEqual([
      ['/channels/ec/', null],
      ['/channels/ec/product/get', { zh: '获取商品详情', en: 'Get product details' }],
    ]);
  });

  it('the command line names the defining APIs in text, and keeps its JSON keys', () => {
    const infos = lookupCodes(k, [99000001], 'weixin');
    expect(formatLookup(infos, 'en')).toBe(
      [
        'weixin 99000001: (not in the global code lists)',
        '  Defined by:',
        '    - /channels/ec/product/add (Add product): Fixture: product title longer than 60 characters',
        '    - /channels/ec/product/update (Update product): Fixture: product title longer than 60 characters',
      ].join('\n'),
    );
    expect(formatLookup(infos, 'zh')).toContain('该错误码由以下接口定义：\n    - /channels/ec/product/add (添加商品): 测试：商品标题超过 60 个字');
    expect(Object.keys(lookupResult(infos[0]!, 'en')).sort()).toEqual(['code', 'docUrl', 'hints', 'known', 'legacy', 'meaning', 'platform']);
  });
});

const rawK = compileKnowledge(rawKnowledge);

describe('per-API codes (data/api-codes)', () => {
  it('counts per family (printed for the README), and at least 300 endpoints checked once the files are in', () => {
    const rows = apiCodeFiles.map((f) => {
      const paths = new Set(f.codes.flatMap((c) => c.paths));
      return `| \`${f.family}.json\` | ${f.title.en} | ${f.endpointsChecked.length} | ${f.codes.length} | ${paths.size} |`;
    });
    const endpoints = new Set(apiCodeFiles.flatMap((f) => f.endpointsChecked.map((e) => `${f.platform} ${e.path}`)));
    const codes = apiCodeFiles.reduce((n, f) => n + f.codes.length, 0);
    console.log(['| family | APIs | endpoints checked | codes | paths with codes |', '| --- | --- | --- | --- | --- |', ...rows, `| all | | ${endpoints.size} | ${codes} | |`].join('\n'));
    if (apiCodeFiles.length > 0) expect(endpoints.size).toBeGreaterThanOrEqual(300);
  });

  it.each(apiCodeFiles.map((f) => [f.family, f] as const))('%s: each code on its endpoint, and what another endpoint says', (_family, file) => {
    // A family whose pages list no code of their own still records the pages read.
    expect(file.codes.length + file.endpointsChecked.length).toBeGreaterThan(0);
    for (const c of file.codes) {
      const path = c.paths[0]!.endsWith('/') ? `${c.paths[0]}x` : c.paths[0]!;
      const on = describeCode(rawK, file.platform, c.code, path);
      expect(on.known, `${c.code} on ${path}`).toBe(true);
      // Another family's override may be more specific for the same path; this family's meaning shows otherwise.
      const overrides = rawK.overrides[file.platform][String(c.code)]!;
      expect(overrides.some((o) => o.zh === on.meaning?.zh && o.en === on.meaning.en), `${c.code} on ${path}`).toBe(true);
      const off = describeCode(rawK, file.platform, c.code, '/no/such/api');
      const global = rawK.codes[file.platform][String(c.code)];
      if (global) expect(off.meaning).toEqual({ zh: global.zh, en: global.en });
      else expect(off.definedOn.map((d) => d.path)).toEqual(expect.arrayContaining(c.paths));
    }
  });
});

describe('per-API codes of the families added for the most used APIs', () => {
  const family = (name: string) => apiCodeFiles.find((f) => f.family === name)!;

  it('logistics: an intra-city code means its own thing on the intra-city APIs, and is named by them elsewhere', () => {
    const on = describeCode(rawK, 'weixin', 934011, '/cgi-bin/express/intracity/addorder');
    expect(on.meaning?.en).toBe('Request signature wrong or missing: these APIs require the server API signature');
    expect(on.fixes?.en).toHaveLength(1);
    expect(describeCode(rawK, 'weixin', 934011, '/cgi-bin/express/business/order/add')).toMatchObject({ known: false, meaning: null });
    expect(formatLookup(lookupCodes(rawK, [934011], 'weixin'), 'en')).toContain(
      '  Defined by:\n    - /cgi-bin/express/intracity/: Request signature wrong or missing: these APIs require the server API signature',
    );
    expect(family('logistics').endpointsChecked.map((e) => e.path)).toContain('/cgi-bin/express/intracity/storerefund');
  });

  it('basics: 50007 is the frozen-account answer of /cgi-bin/token only', () => {
    expect(describeCode(rawK, 'weixin', 50007, '/cgi-bin/token').meaning?.zh).toBe('账号已被冻结，不能获取 access_token');
    const text = formatLookup(lookupCodes(rawK, [50007], 'weixin'), 'en');
    expect(text).toContain('weixin 50007: (not in the global code lists)');
    expect(text).toContain('  Defined by:\n    - /cgi-bin/token (Get access token): The account is frozen, so access_token cannot be fetched');
  });

  it('officialaccount: pages that list only global codes are recorded, and leave the global meaning in place', () => {
    const file = family('officialaccount');
    expect(file.codes).toEqual([]);
    expect(file.endpointsChecked.map((e) => e.path)).toContain('/cgi-bin/menu/delete');
    const info = describeCode(rawK, 'weixin', 40001, '/cgi-bin/menu/delete');
    expect(info.meaning).toEqual({ zh: rawK.codes.weixin['40001']!.zh, en: rawK.codes.weixin['40001']!.en });
    expect(info.definedOn).toEqual([]);
  });

  it('a WeCom path that api.weixin.qq.com also has is one endpoint per platform', () => {
    const checked = (name: string) => new Set(family(name).endpointsChecked.map((e) => e.path));
    expect(checked('wecom-other').has('/cgi-bin/menu/delete')).toBe(true);
    expect(checked('officialaccount').has('/cgi-bin/menu/delete')).toBe(true);
    expect(describeCode(rawK, 'wecom', 85096, '/cgi-bin/wxaapp/createwxaqrcode').definedOn).toEqual([]);
    expect(describeCode(rawK, 'weixin', 85096, '/cgi-bin/wxaapp/createwxaqrcode').meaning?.en).toBe('scancode_time is a reserved parameter and may not appear in page / path');
  });
});
