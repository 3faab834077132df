import type { IncomingMessage, ServerResponse } from 'node:http';

/** Tokens the fake openapi knows: one that works, one whose account has used up its daily quota. */
export const FAKE_ACCESS_TOKEN = '88_fakeAccessTokenForTests-0123456789abcdefXYZ1';
export const FAKE_SPENT_TOKEN = '88_fakeSpentTokenForTests-0123456789abcdefQRS2';

/** The rid the fake knows: a failed template message sent with a secret in its body. */
export const FAKE_RID = '617682e0-09059ac5-34a8e2ea';
/** The token and secret of that logged call: both must come out masked. */
export const LOGGED_TOKEN = '50_Im7loggedAccessTokenOfTheOriginalCall-abcd1234';
export const LOGGED_SECRET = 'e2b9c3f4a5d6e7f8a9b0c1d2e3f4a5b6';

const OPENAPI_PATHS = ['/cgi-bin/openapi/rid/get', '/cgi-bin/openapi/quota/get'];

let ridCounter = 0x34a8e2ea;
const rid = () => `${Math.floor(Date.now() / 1000).toString(16)}-09059ac5-${(ridCounter++ & 0xffffffff).toString(16).padStart(8, '0')}`;
const fail = (errcode: number, text: string) => ({ errcode, errmsg: `${text} rid: ${rid()}` });

function ridAnswer(body: Record<string, unknown>): object {
  const wanted = body['rid'];
  if (typeof wanted !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/.test(wanted)) return fail(76002, 'rid is error');
  if (wanted.startsWith('ffffffff')) return fail(76003, 'could not query this rid,no permission');
  if (wanted !== FAKE_RID) return fail(76001, 'rid not found');
  return {
    errcode: 0,
    errmsg: 'ok',
    request: {
      invoke_time: 1635156704,
      cost_in_ms: 30,
      request_url: `access_token=${LOGGED_TOKEN}`,
      request_body: JSON.stringify({ touser: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', template_id: 'ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY', secret: LOGGED_SECRET }),
      response_body: JSON.stringify({ errcode: 45009, errmsg: `reach max api daily quota limit rid: ${FAKE_RID}` }),
      client_ip: '113.xx.70.51',
    },
  };
}

function quotaAnswer(body: Record<string, unknown>): object {
  const path = body['cgi_path'];
  if (typeof path !== 'string' || !path.startsWith('/')) return fail(76003, 'could not query this cgi_path');
  if (path.startsWith('/sns/')) return fail(76022, 'could not use this cgi_path,no permission');
  if (path === '/cgi-bin/message/custom/send') {
    return { errcode: 0, errmsg: 'ok', quota: { daily_limit: 500000, used: 500000, remain: 0 }, rate_limit: { call_count: 1000, refresh_second: 60 }, component_rate_limit: { call_count: 200, refresh_second: 60 } };
  }
  if (path === '/cgi-bin/token' || path === '/cgi-bin/stable_token') return { errcode: 0, errmsg: 'ok', quota: { daily_limit: 2000, used: 37, remain: 1963 } };
  return fail(76021, 'cgi_path not found, please check');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * WeChat's openapi lookups (rid, quota) as the command line calls them through `--api-base`: the
 * token is checked first (41001 none, 40001 unknown, 45009 on the spent account), as WeChat does.
 * Returns false for other paths.
 */
export async function serveFakeOpenApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (!OPENAPI_PATHS.includes(url.pathname)) return false;
  const body = await readJson(req);
  const token = url.searchParams.get('access_token');
  let answer: object;
  if (req.method !== 'POST') answer = fail(43002, 'require POST method');
  else if (!token) answer = fail(41001, 'access_token missing');
  else if (token === FAKE_SPENT_TOKEN) answer = fail(45009, 'reach max api daily quota limit');
  else if (token !== FAKE_ACCESS_TOKEN) answer = fail(40001, 'invalid credential, access_token is invalid or not latest');
  else answer = url.pathname.endsWith('/rid/get') ? ridAnswer(body) : quotaAnswer(body);
  res.writeHead(200, { 'Content-Type': 'application/json; encoding=utf-8' });
  res.end(JSON.stringify(answer));
  return true;
}
