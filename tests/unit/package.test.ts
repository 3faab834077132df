import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cwd = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'wechat-package-'));
const consumer = join(dir, 'consumer');
const installed = join(consumer, 'node_modules/wechat-api-inspector');
let packed: string[] = [];

/** Every file an entry loads, following its static relative imports. */
function graph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const m of readFileSync(entry, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']/g)) graph(join(dirname(entry), m[1]!), seen);
  return seen;
}

const gzipKB = (files: Set<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;

beforeAll(async () => {
  // Built as they are published (prepack), then packed without scripts, so that the builds' own
  // output never mixes with npm pack's JSON on stdout.
  await run('npm', ['run', 'prepack'], { cwd, maxBuffer: 64 * 1024 * 1024 });
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd, maxBuffer: 64 * 1024 * 1024 });
  const [info] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info!.files.map((f) => f.path);
  writeFileSync(join(dir, 'package.json'), '{}');
  await run('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, info!.filename)], { cwd: consumer });
}, 300_000);

describe('the npm package', () => {
  it('holds the command line and the library, not the sources', () => {
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist-cli/wechat-api-inspector.mjs', 'dist-lib/index.js', 'dist-lib/weixin.js', 'dist-lib/wecom.js', 'dist-lib/pay.js', 'dist-lib/types/lib/index.d.ts']));
    expect(packed.filter((p) => !p.startsWith('dist-cli/') && !p.startsWith('dist-lib/') && !p.startsWith('dist-webview/') && !['package.json', 'README.md'].includes(p))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('imports from JavaScript: lookup, decodeResponse, explainJssdk, jssdkSignature, masking, a sub-path', async () => {
    const script = `
      import { lookup, decodeResponse, explainJssdk, jssdkSignature, maskUrl, maskBody } from 'wechat-api-inspector';
      import { lookup as wecomLookup } from 'wechat-api-inspector/wecom';
      const decoded = decodeResponse({ url: 'https://api.weixin.qq.com/cgi-bin/token?secret=SECRET0123456789abcdef', status: 200, headers: { 'content-type': 'application/json' }, body: { errcode: 40164, errmsg: 'invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3' } });
      console.log(JSON.stringify({
        lookup: lookup(-1, 'weixin', { lang: 'zh' }),
        wecom: wecomLookup(60020),
        decoded,
        jssdk: explainJssdk('config:invalid signature'),
        sign: await jssdkSignature({ jsapiTicket: 't', nonceStr: 'n', timestamp: 1, url: 'https://a.example/#x' }),
        url: maskUrl('https://api.weixin.qq.com/cgi-bin/token?secret=SECRET0123456789abcdef'),
        body: maskBody('{"session_key":"KEY0123456789abcdefgh"}'),
      }));`;
    const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: consumer });
    const out = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(out.lookup!).sort()).toEqual(['code', 'docUrl', 'hints', 'known', 'legacy', 'meaning', 'platform']);
    expect(out.lookup).toMatchObject({ code: -1, platform: 'weixin', known: true });
    expect(out.lookup!.meaning).toMatch(/[\u4e00-\u9fff]/);
    expect(out.wecom).toMatchObject({ code: 60020, platform: 'wecom', known: true });
    expect(out.decoded).toMatchObject({ platform: 'weixin', errcode: 40164, ok: false, state: 'error', known: true, endpoint: { path: '/cgi-bin/token' }, errmsg: { clientIp: '1.2.3.4' } });
    expect(JSON.stringify(out.decoded)).not.toContain('SECRET0123456789abcdef');
    expect(out.jssdk).toMatchObject({ api: 'config', known: true });
    expect(out.sign).toMatchObject({ string: 'jsapi_ticket=t&noncestr=n&timestamp=1&url=https://a.example/' });
    expect(String(out.url)).not.toContain('SECRET0123456789abcdef');
    expect(String(out.body)).not.toContain('KEY0123456789abcdefgh');
    // lookup's answer is the command line's: the installed bin gives the same object.
    const bin = await run('node', [join(installed, 'dist-cli/wechat-api-inspector.mjs'), 'lookup', '--json', '--lang', 'zh', '--platform', 'weixin', '-1'], { cwd: consumer });
    expect(JSON.parse(bin.stdout)).toEqual([out.lookup]);
  }, 60_000);

  it("a platform's sub-path loads none of the other platforms' data", () => {
    const entries = Object.fromEntries(['index', 'weixin', 'wecom', 'pay'].map((name) => [name, graph(join(installed, 'dist-lib', `${name}.js`))]));
    const data = (files: Set<string>) => [...files].map((f) => /chunks\/(weixin|wecom|pay)-/.exec(f)?.[1]).filter(Boolean).sort();
    expect(data(entries.weixin!)).toEqual(['weixin']);
    expect(data(entries.wecom!)).toEqual(['wecom']);
    expect(data(entries.pay!)).toEqual(['pay']);
    expect(data(entries.index!)).toEqual(['pay', 'wecom', 'weixin']);
    // Nothing but its own chunks: no dependency, no Node module, so bundlers take it as it is.
    const imports = [...entries.index!].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^."'][^"']*)["']|import\(\s*["']([^."'][^"']*)["']/g)].map((m) => m[1] ?? m[2]));
    expect(imports).toEqual([]);
    console.log(`library, gzip -9 of all a sub-path loads: ${Object.entries(entries).map(([name, files]) => `${name} ${gzipKB(files).toFixed(1)} KB`).join(', ')}`);
  });

  it('type-checks a TypeScript consumer (nodenext), the types being real', async () => {
    writeFileSync(
      join(consumer, 'use.ts'),
      `import { lookup, decodeResponse, type LookupResult, type DecodedResponse } from 'wechat-api-inspector';
import { lookup as payLookup } from 'wechat-api-inspector/pay';
const r: LookupResult = lookup(40164, 'weixin', { lang: 'en' });
const d: DecodedResponse = decodeResponse({ url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken', body: '{"errcode":40013}' });
const fix: string | undefined = r.hints?.fixes[0];
const rid: string | null | undefined = d.errmsg?.rid;
const code: number | string = payLookup('SIGN_ERROR').code;
// @ts-expect-error: not a platform
lookup(1, 'alipay');
// @ts-expect-error: meaning may be null
const meaning: string = r.meaning;
export { fix, rid, code, meaning };
`,
    );
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }));
    await run(join(cwd, 'node_modules/.bin/tsc'), ['-p', consumer], { cwd: consumer });
  }, 60_000);
});
