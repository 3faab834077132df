import Ajv2020 from 'ajv/dist/2020';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dataDir = join(__dirname, '../../data');
const schemaDir = join(dataDir, 'schema');
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const ajv = new Ajv2020({ allErrors: true });
for (const file of readdirSync(schemaDir)) ajv.addSchema(read(join(schemaDir, file)) as object);

/** Every data file and the schema that governs it. */
const dataFiles: Array<[string, string]> = [
  ['hosts.json', 'hosts.schema.json'],
  ['secret-fields.json', 'secret-fields.schema.json'],
  ['partial-failure-fields.json', 'partial-failure-fields.schema.json'],
  ['products.json', 'products.schema.json'],
  ['platforms.json', 'platforms.schema.json'],
  ['overrides.json', 'overrides.schema.json'],
  ['jssdk-errors.json', 'jssdk-errors.schema.json'],
  ['store/listing.json', 'store-listing.schema.json'],
  ['jssdk-tickets.json', 'jssdk-tickets.schema.json'],
  ['jssdk-bridge.json', 'jssdk-bridge.schema.json'],
  ['relay.json', 'relay.schema.json'],
  ['diagnosis.json', 'diagnosis.schema.json'],
  ['zh-en-exceptions.json', 'zh-en-exceptions.schema.json'],
  ...readdirSync(join(dataDir, 'codes')).map((f): [string, string] => [`codes/${f}`, 'codes.schema.json']),
  ...readdirSync(join(dataDir, 'hints')).map((f): [string, string] => [`hints/${f}`, 'hints.schema.json']),
  ...readdirSync(join(dataDir, 'endpoints')).map((f): [string, string] => [`endpoints/${f}`, 'endpoints.schema.json']),
  ...readdirSync(join(dataDir, 'api-codes'))
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, string] => [`api-codes/${f}`, 'api-codes.schema.json']),
];

describe('data/ against its schemas', () => {
  it('names every JSON file under data/', () => {
    const listed = new Set(dataFiles.map(([f]) => f));
    const onDisk = readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json') && !f.startsWith('schema'))
      .map((f) => f.replaceAll('\\', '/'));
    expect(onDisk.sort()).toEqual([...listed].sort());
  });

  it.each(dataFiles)('%s is valid', (file, schema) => {
    const validate = ajv.getSchema(schema);
    expect(validate, schema).toBeDefined();
    const ok = validate!(read(join(dataDir, file)));
    expect(ajv.errorsText(validate!.errors, { separator: '\n' }), file).toBe('No errors');
    expect(ok).toBe(true);
  });

  it('a file for one platform holds only that platform, each code once', () => {
    for (const dir of ['codes', 'hints'] as const) {
      for (const f of readdirSync(join(dataDir, dir))) {
        const data = read(join(dataDir, dir, f)) as { platform: string; codes?: Array<{ code: number }>; hints?: Array<{ code: number }> };
        expect(f).toBe(`${data.platform}.json`);
        const codes = (data.codes ?? data.hints ?? []).map((c) => c.code);
        expect(new Set(codes).size, `${dir}/${f} repeats a code`).toBe(codes.length);
      }
    }
  });

  it('every code names sources its file lists, and every listed source is used', () => {
    for (const f of readdirSync(join(dataDir, 'codes'))) {
      const data = read(join(dataDir, 'codes', f)) as { sources: Record<string, unknown>; codes: Array<{ code: number; src: string[] }> };
      const used = new Set<string>();
      for (const c of data.codes) {
        for (const id of c.src) {
          expect(data.sources, `codes/${f} ${c.code} names source ${id}`).toHaveProperty([id]);
          used.add(id);
        }
      }
      expect([...used].sort(), `codes/${f} lists unused sources`).toEqual(Object.keys(data.sources).sort());
    }
  });

  it('a per-API code file is named for its family, and a checked path belongs to one family of its platform only', () => {
    // WeCom reuses some api.weixin.qq.com paths (/cgi-bin/menu/create, /cgi-bin/media/get): a path is one endpoint per platform.
    const owner = new Map<string, string>();
    for (const f of readdirSync(join(dataDir, 'api-codes')).filter((name) => name.endsWith('.json'))) {
      const data = read(join(dataDir, 'api-codes', f)) as { family: string; platform: string; endpointsChecked: Array<{ path: string }> };
      expect(f).toBe(`${data.family}.json`);
      for (const { path } of data.endpointsChecked) {
        const key = `${data.platform} ${path}`;
        expect(owner.get(key), `${key} is checked in ${owner.get(key)} and ${f}`).toBeUndefined();
        owner.set(key, f);
      }
    }
  });

  it('endpoint paths are unique per platform', () => {
    for (const f of readdirSync(join(dataDir, 'endpoints'))) {
      const data = read(join(dataDir, 'endpoints', f)) as { endpoints: Array<{ path: string }> };
      const paths = data.endpoints.map((e) => e.path);
      expect(new Set(paths).size, f).toBe(paths.length);
    }
  });

  it('hints list causes and fixes in both languages item for item', () => {
    for (const f of readdirSync(join(dataDir, 'hints'))) {
      const data = read(join(dataDir, 'hints', f)) as { hints: Array<{ code: number; causes: { zh: string[]; en: string[] }; fixes: { zh: string[]; en: string[] } }> };
      for (const h of data.hints) {
        expect(h.causes.zh.length, `${f} ${h.code} causes`).toBe(h.causes.en.length);
        expect(h.fixes.zh.length, `${f} ${h.code} fixes`).toBe(h.fixes.en.length);
      }
    }
  });

  it('a schema rejects what it should (the test can fail)', () => {
    const validate = ajv.getSchema('codes.schema.json')!;
    expect(validate({ platform: 'weixin', codes: [{ code: 1, zh: ' ', en: 'x' }] })).toBe(false);
    expect(validate({ platform: 'pay2', codes: [{ code: 1, zh: '中', en: 'x' }] })).toBe(false);
    const hint = { code: 1, causes: { zh: ['a'], en: ['b'] }, fixes: { zh: ['a'], en: ['b'] }, docUrl: 'https://example.com/doc' };
    const hints = ajv.getSchema('hints.schema.json')!;
    expect(hints({ platform: 'weixin', hints: [{ ...hint, source: 'https://example.com/doc', checked: '2026-12-02' }] })).toBe(true);
    expect(hints({ platform: 'weixin', hints: [{ ...hint, docUrl: 'javascript:alert(1)', source: 'https://example.com/doc', checked: '2026-12-02' }] })).toBe(false);
    expect(hints({ platform: 'weixin', hints: [{ ...hint, checked: '2026-12-02' }] }), 'a hint without its source').toBe(false);
    expect(hints({ platform: 'weixin', hints: [{ ...hint, source: 'javascript:alert(1)', checked: '2026-12-02' }] })).toBe(false);
    const override = { platform: 'weixin', code: 1, paths: ['/cgi-bin/token'], zh: '中', en: 'x', source: 'WxJava WxMpErrorMsgEnum' };
    const overrides = ajv.getSchema('overrides.schema.json')!;
    expect(overrides({ overrides: [{ ...override, checked: '2026-12-02' }] })).toBe(true);
    expect(overrides({ overrides: [override] }), 'an override without its checked date').toBe(false);
    expect(overrides({ overrides: [{ ...override, checked: '2026-13-02' }] })).toBe(false);
    const codes = { platform: 'weixin', sources: { a: { title: 'A list' } }, checked: '2026-12-02' };
    expect(validate({ ...codes, codes: [{ code: 1, zh: '中', en: 'x', src: ['a'] }] })).toBe(true);
    expect(validate({ ...codes, codes: [{ code: 1, zh: '中', en: 'x' }] }), 'a code without its sources').toBe(false);
    const apiCodes = ajv.getSchema('api-codes.schema.json')!;
    const family = { family: 'x', platform: 'weixin', title: { zh: '中', en: 'x' }, endpointsChecked: [] };
    const code = { code: 1, paths: ['/x/'], zh: '中', en: 'x', source: 'https://example.com/doc', checked: '2026-12-02' };
    expect(apiCodes({ ...family, codes: [code] })).toBe(true);
    expect(apiCodes({ ...family, codes: [{ ...code, source: 'WxJava' }] }), 'a per-API code read from an SDK, not its page').toBe(false);
    expect(apiCodes({ ...family, platform: 'pay', codes: [code] })).toBe(false);
  });
});
