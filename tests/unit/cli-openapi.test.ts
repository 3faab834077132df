import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuotaResult } from '../../src/cli/quota';
import type { RidResult } from '../../src/cli/rid';
import { makeCertificate } from '../../src/demo/certificate';
import { FAKE_ACCESS_TOKEN, FAKE_RID, FAKE_SPENT_TOKEN, LOGGED_SECRET, LOGGED_TOKEN } from '../../src/demo/fake-openapi';
import { startFakeWeChatServer, WECHAT_HOSTS, type FakeServer } from '../../src/demo/fake-wechat-server';
import { inspectWithEnv } from '../support/inspect';

let server: FakeServer;
let apiBase: string;
let tokenDir: string;

beforeAll(async () => {
  server = await startFakeWeChatServer(await makeCertificate(WECHAT_HOSTS));
  apiBase = `http://127.0.0.1:${server.port}`;
  tokenDir = await mkdtemp(join(tmpdir(), 'wechat-inspector-token-'));
}, 60_000);

afterAll(() => server?.close());

const withToken = (token: string, ...args: string[]) => inspectWithEnv({ WECHAT_ACCESS_TOKEN: token }, ...args);
const noToken = (...args: string[]) => inspectWithEnv({ WECHAT_ACCESS_TOKEN: '' }, ...args);

/** Neither the caller's token nor the logged call's token and secret may appear anywhere in what was printed. */
function expectNoSecrets(out: { stdout: string; stderr: string }): void {
  for (const secret of [FAKE_ACCESS_TOKEN, FAKE_SPENT_TOKEN, LOGGED_TOKEN, LOGGED_SECRET]) {
    expect(out.stdout).not.toContain(secret);
    expect(out.stderr).not.toContain(secret);
  }
}

const RID_CONTRACT = ['errcode', 'known', 'meaning', 'request', 'response', 'rid'];
const QUOTA_CONTRACT = ['componentRateLimit', 'errcode', 'known', 'meaning', 'path', 'quota', 'rateLimit'];

describe('rid RID', () => {
  it('prints the logged request and answer, masked, with the contract keys', async () => {
    const out = await withToken(FAKE_ACCESS_TOKEN, 'rid', '--json', '--api-base', apiBase, FAKE_RID);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as RidResult;
    expect(Object.keys(result).sort()).toEqual(RID_CONTRACT);
    expect(result).toMatchObject({ rid: FAKE_RID, errcode: 0, known: true });
    expect(result.request).toMatchObject({ invokeTime: '2021-10-25T10:11:44.000Z', costInMs: 30, clientIp: '113.xx.70.51' });
    expect(result.request!.requestUrl).toBe(`access_token=***${LOGGED_TOKEN.slice(-4)}`);
    expect(result.request!.requestBody).toContain('"secret": "***');
    expect(result.request!.requestBody).toContain('"touser": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"');
    expect(result.response).toMatchObject({ errcode: 45009, known: true, meaning: 'Daily API call quota reached' });
    expect(result.response!.hints!.fixes.join(' ')).toContain('/cgi-bin/clear_quota');
    expectNoSecrets(out);
  });

  it('prints the same as text in Chinese by default, masked', async () => {
    const out = await withToken(FAKE_ACCESS_TOKEN, 'rid', '--api-base', apiBase, FAKE_RID);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`rid ${FAKE_RID}`);
    expect(out.stdout).toContain('45009');
    expect(out.stdout).toMatch(/[\u4e00-\u9fff]/);
    expectNoSecrets(out);
  });

  it('reads the token from --token-file', async () => {
    const file = join(tokenDir, 'token');
    await writeFile(file, `${FAKE_ACCESS_TOKEN}\n`);
    const out = await noToken('rid', '--json', '--api-base', apiBase, '--token-file', file, FAKE_RID);
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as RidResult).errcode).toBe(0);
    expectNoSecrets(out);
  });

  it('explains 76001 (rid not found) and 76003 (another account) with exit status 1', async () => {
    const missing = await withToken(FAKE_ACCESS_TOKEN, 'rid', '--json', '--api-base', apiBase, '66c669e3-0a1b2c3d-4e5f6a7b');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ errcode: 76001, known: true, meaning: 'rid not found', request: null, response: null });
    const foreign = await withToken(FAKE_ACCESS_TOKEN, 'rid', '--lang', 'en', '--api-base', apiBase, 'ffffffff-0a1b2c3d-4e5f6a7b');
    expect(foreign.code).toBe(1);
    expect(foreign.stdout).toContain('76003');
    expect(foreign.stdout).toContain('access_token of the account that produced the rid');
  });

  it('says 40001 for a token WeChat does not take, without printing it', async () => {
    const out = await withToken('not-the-right-token-0123456789', 'rid', '--json', '--api-base', apiBase, FAKE_RID);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ errcode: 40001, known: true });
    expect(out.stdout + out.stderr).not.toContain('not-the-right-token-0123456789');
  });

  it('exits 2 with a message when no token is given, and refuses a token flag', async () => {
    const none = await noToken('rid', '--api-base', apiBase, FAKE_RID);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('WECHAT_ACCESS_TOKEN');
    const flag = await noToken('rid', `--token=${FAKE_ACCESS_TOKEN}`, '--api-base', apiBase, FAKE_RID);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('never taken from a flag');
    expectNoSecrets(flag);
  });

  it('exits 2 for a malformed rid, a bad --api-base and a server that does not answer', async () => {
    expect((await withToken(FAKE_ACCESS_TOKEN, 'rid', '--api-base', apiBase, 'not-a-rid')).code).toBe(2);
    expect((await withToken(FAKE_ACCESS_TOKEN, 'rid', '--api-base', 'ftp://x', FAKE_RID)).code).toBe(2);
    const down = await withToken(FAKE_ACCESS_TOKEN, 'rid', '--api-base', 'http://127.0.0.1:1', FAKE_RID);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('could not reach http://127.0.0.1:1/cgi-bin/openapi/rid/get');
    expectNoSecrets(down);
  });
});

describe('quota PATH', () => {
  it('prints daily limit, use, remainder and rate limits with the contract keys', async () => {
    const out = await withToken(FAKE_ACCESS_TOKEN, 'quota', '--json', '--api-base', apiBase, '/cgi-bin/message/custom/send');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as QuotaResult;
    expect(Object.keys(result).sort()).toEqual(QUOTA_CONTRACT);
    expect(result).toEqual({
      path: '/cgi-bin/message/custom/send',
      errcode: 0,
      known: true,
      meaning: 'Success',
      quota: { dailyLimit: 500000, used: 500000, remain: 0 },
      rateLimit: { callCount: 1000, refreshSecond: 60 },
      componentRateLimit: { callCount: 200, refreshSecond: 60 },
    });
    expectNoSecrets(out);
  });

  it('explains clear_quota and its 10 resets a month when nothing remains, and not otherwise', async () => {
    const spent = await withToken(FAKE_ACCESS_TOKEN, 'quota', '--lang', 'en', '--api-base', apiBase, '/cgi-bin/message/custom/send');
    expect(spent.stdout).toContain('/cgi-bin/clear_quota/v2');
    expect(spent.stdout).toContain('10 resets a month');
    const left = await withToken(FAKE_ACCESS_TOKEN, 'quota', '--lang', 'en', '--api-base', apiBase, '/cgi-bin/token');
    expect(left.code).toBe(0);
    expect(left.stdout).toContain('1,963');
    expect(left.stdout).not.toContain('clear_quota/v2');
  });

  it('keeps only the path of a pasted URL, never its token', async () => {
    const out = await withToken(FAKE_ACCESS_TOKEN, 'quota', '--json', '--api-base', apiBase, `https://api.weixin.qq.com/cgi-bin/token?access_token=${LOGGED_TOKEN}`);
    expect(JSON.parse(out.stdout)).toMatchObject({ path: '/cgi-bin/token', quota: { remain: 1963 }, rateLimit: null });
    expectNoSecrets(out);
  });

  it('gives WeChat errors exit status 1: 76021, 76022 on /sns/, 45009 on a spent account', async () => {
    const unknown = await withToken(FAKE_ACCESS_TOKEN, 'quota', '--json', '--api-base', apiBase, '/cgi-bin/no/such/api');
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ errcode: 76021, known: true, quota: null });
    const sns = await withToken(FAKE_ACCESS_TOKEN, 'quota', '--json', '--api-base', apiBase, '/sns/jscode2session');
    expect(JSON.parse(sns.stdout)).toMatchObject({ errcode: 76022 });
    const spent = await withToken(FAKE_SPENT_TOKEN, 'quota', '--json', '--api-base', apiBase, '/cgi-bin/token');
    expect(spent.code).toBe(1);
    expect(JSON.parse(spent.stdout)).toMatchObject({ errcode: 45009, meaning: 'Daily API call quota reached' });
    expectNoSecrets(spent);
  });

  it('exits 2 without a token or with a path that is not one', async () => {
    const none = await noToken('quota', '--api-base', apiBase, '/cgi-bin/token');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--token-file');
    expect((await withToken(FAKE_ACCESS_TOKEN, 'quota', '--api-base', apiBase, 'cgi-bin/token')).code).toBe(2);
  });
});
