import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';
import { maskerFor } from '../../src/decode/mask';
import { compileFilter, NO_FILTER, nextFailure } from '../../src/view/list/call-filter';
import { asCurl, asFetch, bugReport } from '../../src/view/details/copy-formats';
import { fromHar, toHar } from '../../src/view/toolbar/har-file';
import { rowContent, rowTexts } from '../../src/view/list/row-content';
import { messagesFor } from '../../src/i18n';
import { decodedCall } from '../support/calls';

const k = compileKnowledge(rawKnowledge);
const token = 'TOKEN_abcdefghijklmnopqrstuvwxyz';
const failing = decodedCall('a', {
  url: `https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=${token}`,
  path: '/cgi-bin/message/template/send',
  method: 'POST',
  requestHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Authorization', value: 'Bearer SECRET-HEADER-VALUE-0123' }],
  requestBody: JSON.stringify({ touser: 'o1', template_id: 't', secret: 'APPSECRET-abcdefghijklmnop' }),
  errcode: 40164,
  errmsg: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3',
  body: { kind: 'json', text: '{"errcode":40164,"errmsg":"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3"}' },
});
const ok = decodedCall('b', { state: 'ok', errcode: 0, errmsg: 'ok', url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken', host: 'qyapi.weixin.qq.com', path: '/cgi-bin/gettoken', platform: 'wecom', body: { kind: 'json', text: '{"errcode":0,"errmsg":"ok"}' } });
const warning = decodedCall('c', { state: 'warning', errcode: 0, partialFailures: [{ field: 'invaliduser', value: 'x' }] });
const masked = maskerFor(false);
const secretsIn = (text: string) => [token, 'SECRET-HEADER-VALUE-0123', 'APPSECRET-abcdefghijklmnop'].filter((s) => text.includes(s));

describe('filters', () => {
  const calls = [failing, ok, warning];
  const run = (f: Partial<typeof NO_FILTER>) => calls.filter(compileFilter({ ...NO_FILTER, ...f }, k).match).map((c) => c.id);
  it('errors only keeps errors and partial failures', () => expect(run({ errorsOnly: true })).toEqual(['a', 'c']));
  it('filters by product', () => expect(run({ product: 'wecom' })).toEqual(['b']));
  it('searches code, path, endpoint name and meaning', () => {
    expect(run({ text: '40164' })).toEqual(['a']);
    expect(run({ text: 'gettoken' })).toEqual(['b']);
    expect(run({ text: '模板消息' })).toEqual(['a']);
    expect(run({ text: 'whitelist' })).toEqual(['a']);
  });
  it('takes a regular expression, and says when it is invalid', () => {
    expect(run({ text: '^4016\\d$', regex: true })).toEqual(['a']);
    expect(compileFilter({ ...NO_FILTER, text: '([', regex: true }, k).invalidRegex).toBe(true);
  });
  it('finds the next and previous failure, wrapping around', () => {
    expect(nextFailure(calls, -1, 1)).toBe(0);
    expect(nextFailure(calls, 0, 1)).toBe(2);
    expect(nextFailure(calls, 2, 1)).toBe(0);
    expect(nextFailure(calls, -1, -1)).toBe(2);
    expect(nextFailure([ok], -1, 1)).toBe(-1);
  });
});

describe('copy formats are masked unless revealed', () => {
  it('bug report has endpoint, code, meaning, fixes with the IP, rid and time', () => {
    const md = bugReport(failing, k, 'en', masked);
    expect(md).toContain('40164');
    expect(md).toContain('/cgi-bin/message/template/send');
    expect(md).toContain('5fab84d2-09424a07-00bd7fe3');
    expect(md).toContain('2020-11-11T06:29:38.000Z');
    expect(md).toMatch(/How to fix[\s\S]*203\.0\.113\.7/);
    expect(secretsIn(md)).toEqual([]);
    expect(secretsIn(bugReport(failing, k, 'en', maskerFor(true)))).toContain(token);
  });
  it('cURL and fetch replay the request, masked', () => {
    const curl = asCurl(failing, masked);
    expect(curl).toMatch(/^curl 'https:\/\/api\.weixin\.qq\.com/);
    expect(curl).toContain('-X POST');
    expect(curl).toContain("-H 'Content-Type: application/json'");
    expect(secretsIn(curl)).toEqual([]);
    const fetchCode = asFetch(failing, masked);
    expect(fetchCode).toMatch(/^fetch\("https:/);
    expect(secretsIn(fetchCode)).toEqual([]);
  });
});

describe('HAR export and import', () => {
  it('round-trips: exported (masked) calls import with the same decoding', () => {
    const har = JSON.stringify(toHar([failing, ok], masked, '1.0.0'));
    expect(secretsIn(har)).toEqual([]);
    const back = fromHar(har, 'session.har');
    expect('calls' in back).toBe(true);
    if (!('calls' in back)) return;
    expect(back.calls.map((c) => [c.errcode, c.state, c.platform])).toEqual([
      [40164, 'error', 'weixin'],
      [0, 'ok', 'wecom'],
    ]);
    expect(back.calls[0]!.importedFrom).toBe('session.har');
  });
  it('says what is wrong with a bad file', () => {
    expect(fromHar('not json', 'x')).toEqual({ error: 'not-json' });
    expect(fromHar('{"foo":1}', 'x')).toEqual({ error: 'not-har' });
    expect(fromHar(JSON.stringify({ log: { entries: [null, 1, { request: { url: 'https://example.com' } }, { request: { method: 'GET', url: 'https://example.com' } }] } }), 'x')).toEqual({ calls: [], skipped: 1, malformed: 3 });
  });
});

describe('list rows', () => {
  it('show the code, its meaning in the panel\'s language (the other as a title) and the masked URL', () => {
    const en = rowContent(failing, k, messagesFor('en'), 'en');
    const zh = rowContent(failing, k, messagesFor('zh'), 'zh');
    expect(en.errcode).toBe('40164');
    expect(en.meaning).toBe(zh.meaningTitle);
    expect(zh.meaning).toBe(en.meaningTitle);
    expect(en.meaning).not.toBe(zh.meaning);
    expect(en.product?.id).toBe('mp');
    expect(en.url).toContain('access_token=');
    expect(secretsIn(rowTexts(en).join('\n'))).toEqual([]);
  });
  it('wait for the knowledge before naming a failing code', () => {
    expect(rowContent(failing, null, messagesFor('en'), 'en').meaning).toBe(messagesFor('en').loadingMeaning);
  });
});
