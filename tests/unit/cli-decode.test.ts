import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecodedLine } from '../../src/cli/decode';
import { inspect } from '../support/inspect';

const dir = mkdtempSync(join(tmpdir(), 'wechat-decode-'));
const cwd = new URL('../..', import.meta.url).pathname;
const TSX = join(cwd, 'node_modules/.bin/tsx');
const MAIN = join(cwd, 'src/cli/main.ts');

const RID = 'rid: 5fab84d2-09424a07-00bd7fe3';
const failing = [
  `2026-12-02 04:00:01 WARN GET https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=SECRET0123456789abcdef -> {"errcode":40164,"errmsg":"invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist ${RID}"}`,
  JSON.stringify({ level: 'error', msg: `wechat said {"errcode":42001,"errmsg":"access_token expired ${RID}"}`, access_token: 'TOKEN0123456789abcdefgh' }),
];
const quiet = ['2026-12-02 04:00:00 INFO GET /api/orders?page=2 200', '{"errcode":40001,"errmsg":"参数错误"}', '{"errcode":0,"errmsg":"ok"}'];

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** The command run directly (tsx), stdin fed from `input`; environment without colour forcing. */
function run(args: string[], input = '', env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [MAIN, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

// Each test starts the command (tsx) once or more on two shared cores.
describe('inspect decode', { timeout: 60_000 }, () => {
  it('prints each failing line (masked) with its meaning and first fix, exit 1; nothing else', async () => {
    const { code, stdout } = await inspect('decode', '--lang', 'en', file('app.log', [...quiet, ...failing]));
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('secret=***cdef');
    expect(lines[1]).toMatch(/^ {2}✗ weixin 40164 .*\(rid 5fab84d2-09424a07-00bd7fe3\)$/);
    expect(lines[2]).toMatch(/^ {4}Fix: .*1\.2\.3\.4/);
    expect(stdout).toContain('✗ weixin 42001');
    expect(stdout).not.toContain('参数错误');
    expect(stdout).not.toContain('SECRET0123456789abcdef');
    expect(stdout).not.toContain('TOKEN0123456789abcdefgh');
    expect(stdout).not.toContain('\u001b[');
  });

  it('--json: one object per answer, the contract fields', async () => {
    const { code, stdout } = await inspect('decode', '--json', file('json.log', [...failing, ...quiet]));
    expect(code).toBe(1);
    const rows = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DecodedLine);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['docUrl', 'errcode', 'errmsg', 'file', 'form', 'hints', 'known', 'line', 'lineNumber', 'meaning', 'platform', 'requestId', 'rid'].sort());
    expect(rows[0]).toMatchObject({ lineNumber: 1, form: 'json', platform: 'weixin', errcode: 40164, known: true, rid: '5fab84d2-09424a07-00bd7fe3' });
    expect(rows[1]).toMatchObject({ lineNumber: 2, form: 'json-escaped', errcode: 42001 });
    expect(rows[0]!.meaning).toMatch(/[a-z]/i);
    expect(stdout).not.toContain('SECRET0123456789abcdef');
  });

  it('reads standard input; --platform forces the platform; exit 0 when nothing failing', async () => {
    const forced = await run(['decode', '--json', '--platform', 'wecom'], `x errcode=60020, errmsg=not allow to access from your ip ${RID}\n`);
    expect(forced.code).toBe(1);
    expect(JSON.parse(forced.stdout)).toMatchObject({ file: '-', platform: 'wecom', errcode: 60020, known: true });
    const none = await run(['decode'], `${quiet.join('\n')}\n`);
    expect(none).toMatchObject({ code: 0, stdout: '' });
  });

  it('writes no colour codes when piped, with NO_COLOR or without', async () => {
    for (const env of [{ NO_COLOR: '1' }, {}] as Array<Record<string, string>>) {
      const piped = await run(['decode'], `${failing[0]}\n`, env);
      expect(piped.code).toBe(1);
      expect(piped.stdout).toContain('40164');
      expect(piped.stdout).not.toContain('\u001b[');
    }
  });

  it('colours its output on a terminal (a pseudo-terminal from script(1)), unless NO_COLOR is set', async () => {
    const path = file('tty.log', [failing[0]!]);
    const onTty = (env: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const { NO_COLOR: _ignored, ...inherited } = process.env;
        const child = spawn('script', ['-qec', `${TSX} ${MAIN} decode ${path}`, '/dev/null'], { cwd, env: { ...inherited, ...env } });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', () => resolve(out));
      });
    const [coloured, plain] = await Promise.all([onTty({}), onTty({ NO_COLOR: '1' })]);
    expect(coloured).toContain('\u001b[1;31m✗ weixin 40164');
    expect(plain).toContain('✗ weixin 40164');
    expect(plain).not.toContain('\u001b[');
  });

  it('exit 2 on bad input: a missing file, bad options', async () => {
    const results = await Promise.all([
      inspect('decode', join(dir, 'missing.log')),
      inspect('decode', '--platform', 'alipay', file('x.log', failing)),
      inspect('decode', '--follow'),
      inspect('decode', '--nope'),
    ]);
    for (const r of results) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^wechat-api-inspector: /);
    }
  });

  it('--follow: decodes lines appended to a growing file until the process is ended', async () => {
    const path = file('growing.log', [quiet[0]!]);
    const child = spawn(TSX, [MAIN, 'decode', '--follow', '--json', path], { cwd });
    let stdout = '';
    const waiting: Array<() => void> = [];
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      waiting.splice(0).forEach((wake) => wake());
    });
    const seen = async (n: number) => {
      while (stdout.split('\n').filter(Boolean).length < n) await new Promise<void>((wake) => waiting.push(wake));
    };
    // Wait until it is reading (a line already there), then write more in two steps.
    appendFileSync(path, `${failing[0]}\n`);
    await seen(1);
    appendFileSync(path, `${quiet[1]}\n${failing[1]!.slice(0, 40)}`);
    appendFileSync(path, `${failing[1]!.slice(40)}\n`);
    await seen(2);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    const rows = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DecodedLine);
    expect(rows.map((r) => [r.lineNumber, r.errcode]), stdout).toEqual([
      [2, 40164],
      [4, 42001],
    ]);
  });
});
