import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../../src/cli/lookup';
import { inspect } from '../support/inspect';
import { perApiOnlyCode } from '../support/per-api-code';

describe('inspect lookup', () => {
  it('answers --json with the contract fields, per platform', async () => {
    const { stdout, code } = await inspect('lookup', '--json', '--platform', 'weixin', '40164', '999999999');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as LookupResult[];
    expect(results).toHaveLength(2);
    for (const r of results) expect(Object.keys(r).sort()).toEqual(['code', 'docUrl', 'hints', 'known', 'legacy', 'meaning', 'platform']);
    expect(results[0]).toMatchObject({ code: 40164, platform: 'weixin', known: true, legacy: false });
    expect(results[0]!.meaning).toMatch(/[a-z]/i);
    expect(results[1]).toMatchObject({ code: 999999999, known: false, meaning: null, hints: null });
  });

  it('answers for every platform without --platform, in the language asked', async () => {
    const { stdout } = await inspect('lookup', '--json', '--lang', 'zh', '40001');
    const results = JSON.parse(stdout) as LookupResult[];
    expect(results.map((r) => r.platform)).toEqual(['weixin', 'wecom', 'pay']);
    expect(results[0]!.meaning).not.toBe(results[1]!.meaning);
    expect(results[0]!.meaning).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints a readable answer by default', async () => {
    const { stdout } = await inspect('lookup', '--platform', 'wecom', '--lang', 'en', '60020');
    expect(stdout).toMatch(/^wecom 60020: /);
  });

  it('answers 2,000 codes in one call', async () => {
    const codes = Array.from({ length: 2000 }, (_, i) => String(40000 + i));
    const { stdout, code } = await inspect('lookup', '--json', '--platform', 'wecom', ...codes);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2000);
  });

  it('takes negative codes as codes, in the order given, also beside options', async () => {
    const { stdout, code } = await inspect('lookup', '--json', '--platform', 'weixin', '-1', '40001', '--lang=zh', '-2');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as LookupResult[];
    expect(results.map((r) => r.code)).toEqual([-1, 40001, -2]);
    expect(results[0]).toMatchObject({ platform: 'weixin', known: true });
    expect(results[0]!.meaning).toMatch(/[\u4e00-\u9fff]/);
  });

  it('exits 2 with a message on bad arguments', async () => {
    const cases = [['lookup'], ['lookup', '12abc'], ['lookup', '<b>'], ['lookup', '--platform', 'alipay', '1'], ['lookup', '4-0'], ['lookup', '--lang', 'fr', '1'], ['lookup', '-x', '1'], ['lookup', '--lang', '-1'], ['nope']];
    const results = await Promise.all(cases.map((args) => inspect(...args)));
    results.forEach(({ code, stderr }, i) => {
      expect(code, cases[i]!.join(' ')).toBe(2);
      expect(stderr).toMatch(/^wechat-api-inspector: /);
    });
  }, 30_000);
});

const run = promisify(execFile);
const cwd = new URL('../..', import.meta.url).pathname;

describe('the published bin', () => {
  it('builds into one file that runs on Node without the checkout’s tools', async () => {
    const outDir = `${cwd}node_modules/.tmp-cli-test`;
    await run('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir, '--logLevel', 'error'], { cwd });
    const { stdout } = await run('node', [`${outDir}/wechat-api-inspector.mjs`, 'lookup', '--json', '--platform', 'wecom', '60020'], { cwd: '/' });
    expect(JSON.parse(stdout)).toMatchObject([{ code: 60020, platform: 'wecom', known: true }]);
    // The per-API code files are read at build time: the bin names the APIs that define such a code.
    const perApi = perApiOnlyCode();
    if (perApi) {
      const text = await run('node', [`${outDir}/wechat-api-inspector.mjs`, 'lookup', '--platform', perApi.platform, '--lang', 'en', String(perApi.code)], { cwd: '/' });
      expect(text.stdout).toContain(`  Defined by:\n    - ${perApi.path}`);
    }
    const signed = await run('node', [`${outDir}/wechat-api-inspector.mjs`, 'jssdk', 'sign', '--json', '--ticket', 't', '--noncestr', 'n', '--timestamp', '1', '--url', 'https://a.example/#x'], { cwd: '/' });
    expect(JSON.parse(signed.stdout)).toMatchObject({ string: 'jsapi_ticket=t&noncestr=n&timestamp=1&url=https://a.example/' });
  }, 60_000);
});
