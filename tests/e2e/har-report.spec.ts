import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ReportEntry } from '../../src/decode/report-entry';
import { expect, test } from '../support/devtools-fixture';

const run = promisify(execFile);

/** What DevTools' "Export HAR (with content)" writes: getHAR, each body filled in through getContent. */
async function exportHar(frame: import('@playwright/test').Frame): Promise<string> {
  return frame.evaluate(
    () =>
      new Promise<string>((resolve) => {
        type Entry = { response: { content: { text?: string; encoding?: string } }; getContent(cb: (c: string | null, e: string) => void): void };
        const api = (globalThis as unknown as { chrome: { devtools: { network: { getHAR(cb: (log: { entries: Entry[] }) => void): void } } } }).chrome;
        api.devtools.network.getHAR(async (log) => {
          for (const entry of log.entries) {
            const [content, encoding] = await new Promise<[string | null, string]>((done) => entry.getContent((c, e) => done([c, e])));
            if (content !== null) entry.response.content.text = content;
            if (encoding) entry.response.content.encoding = encoding;
          }
          resolve(JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, ...log } }));
        });
      }),
  );
}

async function report(file: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'inspect', '--', 'report', file, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return e;
  }
}

test('report reads a HAR exported from real Chromium DevTools', async ({ inspector }) => {
  const count = await inspector.page.evaluate(async () => {
    const w = window as unknown as { demoScenarios: Array<{ id: string }>; runScenario(id: string): Promise<void> };
    for (const s of w.demoScenarios) await w.runScenario(s.id);
    await fetch('/not-wechat.json');
    return w.demoScenarios.length;
  });
  const dir = await mkdtemp(join(tmpdir(), 'wechat-har-'));
  const file = join(dir, 'demo.har');
  await writeFile(file, await exportHar(inspector.devtoolsPageFrame()));

  const { code, stdout } = await report(file, '--json');
  expect(code).toBe(1);
  const entries = JSON.parse(stdout) as ReportEntry[];
  expect(entries).toHaveLength(count);
  for (const e of entries) {
    expect(Object.keys(e).sort()).toEqual(['docUrl', 'endpoint', 'errcode', 'errmsg', 'hints', 'known', 'meaning', 'method', 'ok', 'platform', 'product', 'status', 'url']);
  }
  const byCode = (c: number) => entries.find((e) => e.errcode === c)!;
  expect(byCode(40164)).toMatchObject({ platform: 'weixin', ok: false, known: true, errmsg: { clientIp: '203.0.113.7' } });
  expect(byCode(40164).errmsg!.rid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  expect(byCode(40164).hints!.fixes.join(' ')).toContain('203.0.113.7');
  expect(byCode(60020)).toMatchObject({ platform: 'wecom', product: 'wecom', ok: false, errmsg: { clientIp: '203.0.113.7' } });
  expect(byCode(40029)).toMatchObject({ product: 'miniprogram', endpoint: { path: '/sns/jscode2session' } });
  expect(byCode(40007).errmsg!.text).toContain('不合法的媒体文件 id');
  expect(entries.find((e) => e.endpoint.path === '/cgi-bin/menu/get')).toMatchObject({ ok: null });
  expect(byCode(60111)).toMatchObject({ ok: false, platform: 'wecom', errmsg: { clientIp: '203.0.113.7' } });
  expect(stdout).not.toContain('0123456789abcdef0123456789abcdef');
  expect(stdout).not.toContain('ACCESS_TOKEN_demo_5f0c1e2d3c4b5a69788796a5b4c3d2e1');

  const errorsOnly = JSON.parse((await report(file, '--json', '--errors-only')).stdout) as ReportEntry[];
  expect(errorsOnly.every((e) => e.ok === false)).toBe(true);
  expect(errorsOnly.length).toBe(entries.filter((e) => e.ok === false).length);

  const table = await report(file, '--lang', 'en');
  expect(table.stdout).toMatch(/10 WeChat calls, 7 failed/);
});
