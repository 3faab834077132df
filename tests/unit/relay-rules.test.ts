import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJsonPath, parseJsonPath, readJsonPath } from '../../src/decode/relay/json-path';
import { compileHostGlob, compilePathPattern } from '../../src/decode/relay/url-pattern';
import {
  compileRule,
  draftRuleFromCall,
  extractWithRule,
  isUserRule,
  loadRulesDocument,
  matchUserRule,
  RULES_VERSION,
  type UserRule,
} from '../../src/decode/relay/user-rules';

const rule = (overrides: Partial<UserRule> = {}): UserRule => ({
  id: 'r1',
  enabled: true,
  hostGlob: '*.example.com',
  path: { kind: 'prefix', value: '/api/admin/' },
  platform: 'auto',
  errcodePath: 'data.wx.errcode',
  errmsgPath: 'data.wx.errmsg',
  ...overrides,
});

describe('JSON paths', () => {
  it.each([
    ['errcode', ['errcode']],
    ['data.wx.errcode', ['data', 'wx', 'errcode']],
    ['$.data.errcode', ['data', 'errcode']],
    ['result[2].errmsg', ['result', 2, 'errmsg']],
    ['[0].errcode', [0, 'errcode']],
    ['a-b.$c', ['a-b', '$c']],
  ])('%s', (text, steps) => {
    expect(parseJsonPath(text)).toEqual(steps);
    expect(parseJsonPath(formatJsonPath(steps))).toEqual(steps);
  });

  it.each(['', '.', 'a.', '.a', 'a..b', 'a b', 'a[x]', 'a.[0]', 'a[0]b', '__proto__ x', 'a["b"]', 'x'.repeat(201), Array(20).fill('a').join('.')])('rejects %j', (text) => {
    expect(parseJsonPath(text)).toBeNull();
  });

  it('reads own properties only', () => {
    expect(readJsonPath({ data: { wx: { errcode: 1 } } }, ['data', 'wx', 'errcode'])).toBe(1);
    expect(readJsonPath({ list: [{ a: 1 }] }, ['list', 0, 'a'])).toBe(1);
    expect(readJsonPath({}, ['constructor'])).toBeUndefined();
    expect(readJsonPath({}, ['__proto__'])).toBeUndefined();
    expect(readJsonPath({ a: [1] }, ['a', 'length'])).toBeUndefined();
    expect(readJsonPath({ a: 1 }, [0])).toBeUndefined();
  });

  it('parsing any text never throws, and a parsed path always formats back to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const steps = parseJsonPath(text);
        if (steps) expect(parseJsonPath(formatJsonPath(steps))).toEqual(steps);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reading any path from any JSON never throws', () => {
    const step = fc.oneof(fc.string({ maxLength: 8 }), fc.nat(5));
    fc.assert(fc.property(fc.jsonValue(), fc.array(step, { maxLength: 6 }), (json, steps) => {
      readJsonPath(json, steps);
    }), { numRuns: 2_000 });
  });
});

describe('host globs and path patterns', () => {
  it.each([
    ['*.example.com', 'admin.example.com', '', true],
    ['*.example.com', 'a.b.example.com', '', true],
    ['*.example.com', 'example.com', '', false],
    ['*.example.com', 'evil-example.com', '', false],
    ['admin.example.com', 'ADMIN.example.com', '', true],
    ['admin.example.com', 'admin.example.com.evil.net', '', false],
    ['localhost:3000', 'localhost', '3000', true],
    ['localhost:3000', 'localhost', '5173', false],
    ['localhost', 'localhost', '5173', true],
    ['*', 'anything.net', '', true],
    ['a.b', 'axb', '', false],
  ])('%s vs %s:%s → %s', (glob, host, port, expected) => {
    expect(compileHostGlob(glob)!(host, port)).toBe(expected);
  });

  it.each(['', 'exa mple.com', 'a/b', '(.*)', 'a:b', 'x'.repeat(254)])('rejects the glob %j', (glob) => {
    expect(compileHostGlob(glob)).toBeNull();
  });

  it('prefix and regex', () => {
    expect(compilePathPattern({ kind: 'prefix', value: '/api/wx/' })!('/api/wx/send')).toBe(true);
    expect(compilePathPattern({ kind: 'prefix', value: '/api/wx/' })!('/api/other')).toBe(false);
    expect(compilePathPattern({ kind: 'prefix', value: 'api' })).toBeNull();
    expect(compilePathPattern({ kind: 'regex', value: '^/api/(wx|wecom)/' })!('/api/wecom/x')).toBe(true);
    expect(compilePathPattern({ kind: 'regex', value: '([' })).toBeNull();
    expect(compilePathPattern({ kind: 'regex', value: '' })).toBeNull();
  });

  it('globs from storage never throw and never match across a dot they do not name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.domain(), (glob, host) => {
        const m = compileHostGlob(glob);
        if (m && !glob.includes('*')) expect(m(host, '')).toBe(host === glob.toLowerCase().split(':')[0]);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('user rules', () => {
  it('match a wrapped backend answer and read the code where the rule says', () => {
    const compiled = [compileRule(rule())!];
    const m = matchUserRule(compiled, 'https://admin.example.com/api/admin/send-template?x=1');
    expect(m).toMatchObject({ host: 'admin.example.com', path: '/api/admin/send-template' });
    expect(extractWithRule(m!.compiled, { code: 500, data: { wx: { errcode: 40164, errmsg: 'invalid ip' } } })).toEqual({ errcode: 40164, errmsg: 'invalid ip' });
    expect(matchUserRule(compiled, 'https://admin.example.com/api/public/x')).toBeNull();
    expect(matchUserRule(compiled, 'https://example.org/api/admin/x')).toBeNull();
    expect(matchUserRule(compiled, 'ftp://admin.example.com/api/admin/x')).toBeNull();
  });

  it('a disabled rule matches nothing; the first enabled match wins', () => {
    const compiled = [compileRule(rule({ id: 'a', enabled: false }))!, compileRule(rule({ id: 'b', hostGlob: '*', platform: 'wecom' }))!];
    expect(matchUserRule(compiled, 'https://admin.example.com/api/admin/x')?.compiled.rule.id).toBe('b');
  });

  it('a regex rule', () => {
    const compiled = [compileRule(rule({ path: { kind: 'regex', value: '/wechat/.+/send$' } }))!];
    expect(matchUserRule(compiled, 'https://a.example.com/v2/wechat/tmpl/send')).not.toBeNull();
    expect(matchUserRule(compiled, 'https://a.example.com/v2/wechat/tmpl/sendx')).toBeNull();
  });

  it('validates what storage gives', () => {
    expect(isUserRule(rule())).toBe(true);
    for (const bad of [null, [], 'rule', rule({ id: '' }), rule({ hostGlob: 'a b' }), rule({ platform: 'pay' as never }), rule({ errcodePath: 'a..b' }), rule({ path: { kind: 'regex', value: '(' } }), rule({ path: { kind: 'glob' as never, value: '/' } }), { ...rule(), enabled: 'yes' }]) {
      expect(isUserRule(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('random stored values never throw the loader and always give a valid document', () => {
    const anyRule = fc.record({ id: fc.string(), enabled: fc.boolean(), hostGlob: fc.string(), path: fc.record({ kind: fc.constantFrom('prefix', 'regex', 'x'), value: fc.string() }), platform: fc.constantFrom('weixin', 'wecom', 'auto', 'pay'), errcodePath: fc.string(), errmsgPath: fc.string() }, { requiredKeys: [] });
    const stored = fc.oneof(fc.anything(), fc.record({ version: fc.constantFrom(1, 2, 3, 0, -1, 1.5), rules: fc.array(fc.oneof(anyRule, fc.anything()), { maxLength: 5 }), settings: fc.anything() }, { requiredKeys: [] }));
    fc.assert(
      fc.property(stored, (value) => {
        const { document } = loadRulesDocument(value);
        expect(document.version).toBe(RULES_VERSION);
        for (const r of document.rules) {
          expect(isUserRule(r)).toBe(true);
          expect(compileRule(r)).not.toBeNull();
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('drafts a rule from a call', () => {
    expect(draftRuleFromCall('http://localhost:8080/api/admin/send-template?a=1', ['data', 'wx'], 'weixin')).toEqual({
      enabled: true,
      hostGlob: 'localhost:8080',
      path: { kind: 'prefix', value: '/api/admin/send-template' },
      platform: 'weixin',
      errcodePath: 'data.wx.errcode',
      errmsgPath: 'data.wx.errmsg',
    });
    expect(draftRuleFromCall('https://a.example.com/x', [], 'auto')?.errcodePath).toBe('errcode');
    expect(isUserRule({ id: 'x', ...draftRuleFromCall('https://a.example.com/x', ['result', 0], 'auto')! })).toBe(true);
  });
});

describe('stored rules: versions and migrations', () => {
  it('nothing stored → an empty current document, auto-detection on', () => {
    for (const v of [undefined, null, 'x', 7, [], {}]) {
      const loaded = loadRulesDocument(v);
      expect(loaded.document).toEqual({ version: 2, settings: { autoDetect: true, pathRulesEverywhere: false }, rules: [] });
      expect(loaded.readOnly).toBe(false);
    }
  });

  it('v1 → v2: the pattern split into host glob and path prefix, codePath into two JSON paths', () => {
    const loaded = loadRulesDocument({
      version: 1,
      autoDetect: false,
      rules: [
        { pattern: '*.example.com/api/admin/*', platform: 'weixin', codePath: 'data.wx' },
        { pattern: 'localhost:3000', platform: 'wecom' },
        { pattern: 'bad host/x' },
        'garbage',
      ],
    });
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.dropped).toBe(2);
    expect(loaded.document.settings).toEqual({ autoDetect: false, pathRulesEverywhere: false });
    expect(loaded.document.rules).toEqual([
      { id: 'r1', enabled: true, hostGlob: '*.example.com', path: { kind: 'prefix', value: '/api/admin/' }, platform: 'weixin', errcodePath: 'data.wx.errcode', errmsgPath: 'data.wx.errmsg' },
      { id: 'r2', enabled: true, hostGlob: 'localhost:3000', path: { kind: 'prefix', value: '/' }, platform: 'wecom', errcodePath: 'errcode', errmsgPath: 'errmsg' },
    ]);
  });

  it('v2 is read as it is; invalid rules are dropped and counted', () => {
    const loaded = loadRulesDocument({ version: 2, settings: { autoDetect: false, pathRulesEverywhere: true }, rules: [rule(), rule({ hostGlob: '' })] });
    expect(loaded.migratedFrom).toBeNull();
    expect(loaded.dropped).toBe(1);
    expect(loaded.document.rules).toEqual([rule()]);
    expect(loaded.document.settings).toEqual({ autoDetect: false, pathRulesEverywhere: true });
  });

  it('a document from a newer version is not used and marked read-only (never overwritten)', () => {
    const loaded = loadRulesDocument({ version: 3, rules: [rule()] });
    expect(loaded.readOnly).toBe(true);
    expect(loaded.document.rules).toEqual([]);
  });

  it('an unknown old version (0) gives the defaults', () => {
    expect(loadRulesDocument({ version: 0, rules: [rule()] }).document.rules).toEqual([]);
  });
});

describe('the stored format, data/schema/relay-rules.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../data/schema/relay-rules.schema.json', import.meta.url), 'utf8')) as object);

  it('whatever storage held, the loaded document fits the schema', () => {
    const anyRule = fc.record({ id: fc.string(), enabled: fc.boolean(), hostGlob: fc.oneof(fc.string(), fc.domain()), path: fc.record({ kind: fc.constantFrom('prefix', 'regex'), value: fc.oneof(fc.string(), fc.webPath()) }), platform: fc.constantFrom('weixin', 'wecom', 'auto', 'pay'), errcodePath: fc.oneof(fc.string(), fc.constantFrom('errcode', 'data.wx.errcode', 'a[0].b')), errmsgPath: fc.string() }, { requiredKeys: [] });
    const stored = fc.record({ version: fc.constantFrom(1, 2), rules: fc.array(fc.oneof(anyRule, fc.constant(rule())), { maxLength: 5 }), settings: fc.anything() }, { requiredKeys: [] });
    fc.assert(
      fc.property(stored, (value) => {
        const { document } = loadRulesDocument(value);
        expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('a valid rule and a drafted one fit; the schema can fail', () => {
    expect(validate({ version: 2, settings: { autoDetect: true, pathRulesEverywhere: false }, rules: [rule(), { id: 'd', ...draftRuleFromCall('http://localhost:8080/api/x', ['result', 0], 'auto')! }] })).toBe(true);
    expect(validate({ version: 2, settings: { autoDetect: true, pathRulesEverywhere: false }, rules: [{ ...rule(), errcodePath: 'a..b' }] })).toBe(false);
    expect(validate({ version: 3, settings: { autoDetect: true, pathRulesEverywhere: false }, rules: [] })).toBe(false);
  });
});
