import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { stripControls } from '../../src/cli/terminal-text';
import { fromHar } from '../../src/view/toolbar/har-file';
import { inspect } from '../support/inspect';

/*
 * Entries with wrong types, each beside one good WeChat call: `report` and the panel's import skip and
 * count the bad ones and decode the rest, never abort.
 */

const good = {
  startedDateTime: '2026-11-21T10:00:00.000Z',
  time: 3,
  request: { method: 'GET', url: 'https://api.weixin.qq.com/cgi-bin/menu/get?access_token=T', headers: [] },
  response: { status: 200, headers: [], content: { mimeType: 'application/json', text: '{"errcode":40001,"errmsg":"invalid credential"}' } },
};
const req = (request: unknown) => ({ ...good, request });
const res = (response: unknown) => ({ ...good, response });

const MALFORMED: Array<[string, unknown]> = [
  ['null', null],
  ['a number', 42],
  ['a string', 'entry'],
  ['an array', [good]],
  ['no request', { ...good, request: undefined }],
  ['request a string', req('GET https://api.weixin.qq.com/')],
  ['method a number', req({ ...good.request, method: 7 })],
  ['method an object', req({ ...good.request, method: { toUpperCase: 1 } })],
  ['url missing', req({ method: 'GET', headers: [] })],
  ['url a number', req({ ...good.request, url: 123 })],
  ['url an array', req({ ...good.request, url: ['https://api.weixin.qq.com/cgi-bin/token'] })],
  ['headers an object', req({ ...good.request, headers: { Cookie: 'a' } })],
  ['headers a string', req({ ...good.request, headers: 'Cookie: a' })],
  ['header without a name', req({ ...good.request, headers: [{ value: 'x' }] })],
  ['header value a number', req({ ...good.request, headers: [{ name: 'X', value: 1 }] })],
  ['postData a string', req({ ...good.request, postData: 'a=1' })],
  ['postData.text a number', req({ ...good.request, postData: { text: 5 } })],
  ['response a string', res('200 OK')],
  ['status a string', res({ ...good.response, status: '200' })],
  ['response headers null', res({ ...good.response, headers: null })],
  ['content a string', res({ ...good.response, content: '{"errcode":1}' })],
  ['content.text a number', res({ ...good.response, content: { mimeType: 'application/json', text: 40001 } })],
  ['content.encoding an object', res({ ...good.response, content: { text: 'e30=', encoding: { b: 64 } } })],
  ['startedDateTime a number', { ...good, startedDateTime: 1 }],
  ['time a string', { ...good, time: 'fast' }],
];

const dir = mkdtempSync(join(tmpdir(), 'wechat-malformed-'));
const harWith = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 't', version: '1' }, entries } });

describe('malformed HAR entries', () => {
  it('has a corpus of at least 20 kinds', () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
  });

  it.each(MALFORMED)('the panel imports the good call and counts the bad one: %s', (_name, bad) => {
    const result = fromHar(harWith([bad, good]), 'x.har');
    expect(result).toMatchObject({ malformed: 1, skipped: 0 });
    expect('calls' in result && result.calls.map((c) => c.errcode)).toEqual([40001]);
  });

  it('report decodes the good calls of a file holding all of them and says how many it skipped', async () => {
    const file = join(dir, 'all.har');
    writeFileSync(file, harWith([...MALFORMED.map(([, bad]) => bad), good, good]));
    const json = await inspect('report', file, '--json');
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as Array<{ errcode: number }>).map((e) => e.errcode)).toEqual([40001, 40001]);
    expect(json.stderr).toContain(`skipped ${MALFORMED.length} malformed HAR entries`);
    const table = await inspect('report', file, '--lang', 'en');
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('2 WeChat calls, 2 failed');
  }, 60_000);

  it('mask copies a file holding all of them', async () => {
    const file = join(dir, 'all-mask.har');
    writeFileSync(file, harWith([...MALFORMED.map(([, bad]) => bad), good]));
    const { code, stdout, stderr } = await inspect('mask', file);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { log: { entries: unknown[] } }).log.entries).toHaveLength(MALFORMED.length + 1);
    expect(stderr).toContain('malformed');
    expect(stdout).not.toContain('access_token=T&');
  }, 60_000);

  it('mask exits 2 on a file that is not a HAR, and leaves no half-written copy', async () => {
    const results = await Promise.all(
      [['broken.har', '{"log":{"entries":[{'], ['nolog.har', '{"foo":1}'], ['missing.har', null]].map(async ([name, text]) => {
        const file = join(dir, name!);
        if (text !== null) writeFileSync(file, text!);
        const out = join(dir, `${name}.out`);
        const { code } = await inspect('mask', file, '-o', out);
        return [code, existsSync(out), existsSync(`${out}.partial`)];
      }),
    );
    expect(results).toEqual([[2, false, false], [2, false, false], [2, false, false]]);
  }, 60_000);
});

describe("report's table on a terminal", () => {
  it('strips escape sequences, C0 and C1 controls and bidi overrides, and keeps line breaks and text', () => {
    const hostile = 'a\u001b[2J\u001b]0;title\u0007b\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\c\u009b31md\u0000e\u202ef\ng\th';
    expect(stripControls(hostile)).toBe('ablinkcdef\ng h');
  });

  it('prints no escape character from an errmsg', async () => {
    const file = join(dir, 'escapes.har');
    writeFileSync(file, harWith([{ ...good, response: { ...good.response, content: { mimeType: 'application/json', text: JSON.stringify({ errcode: 0, errmsg: 'ok', result: [{ errcode: 60111, errmsg: 'x\u001b[2J\u001b]0;pwned\u0007y' }] }) } } }]));
    const { stdout } = await inspect('report', file, '--lang', 'en');
    expect(stdout).toContain('xy');
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  }, 60_000);
});

describe("the panel's import of a file over 100 MB", () => {
  it('is refused from its size, before the file is read', async () => {
    const { importHar } = await import('../../src/view/toolbar/har-transfer');
    const { MAX_IMPORT_BYTES } = await import('../../src/view/toolbar/import-limit');
    const { importMessages } = await import('../../src/i18n/import-messages');
    let read = false;
    const file = { name: 'big.har', size: MAX_IMPORT_BYTES + 1, text: () => ((read = true), Promise.resolve('{}')) } as unknown as File;
    const notice = { value: null as string | null };
    const imported: unknown[] = [];
    importHar(file, { importCalls: (c: unknown[]) => imported.push(...c) } as never, 'en', notice as never);
    await vi.waitFor(() => expect(notice.value).toBe(importMessages.en.importErrors['too-large']));
    expect(read).toBe(false);
    expect(imported).toEqual([]);
  });
});
