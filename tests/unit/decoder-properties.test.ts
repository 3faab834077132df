import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCall } from '../../src/decode/decode-call';
import { matchWeChatUrl } from '../../src/decode/hosts';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';
import { maskerFor } from '../../src/decode/mask';

const mask = maskerFor(false);
import { toReportEntry } from '../../src/decode/report-entry';
import type { CapturedCall } from '../../src/decode/types';

const k = compileKnowledge(rawKnowledge);
const STATES = ['ok', 'error', 'warning', 'no-body', 'encrypted'];

const host = fc.constantFrom('api.weixin.qq.com', 'qyapi.weixin.qq.com', 'api2.weixin.qq.com', 'sh.api.weixin.qq.com', 'api.mch.weixin.qq.com', 'api2.mch.weixin.qq.com');
const path = fc.oneof(
  fc.constantFrom('/cgi-bin/token', '/cgi-bin/gettoken', '/sns/jscode2session', '/wxa/getwxacodeunlimit', '/cgi-bin/message/send', '/v3/pay/transactions/jsapi', '/pay/unifiedorder', '/channels/ec/order/get', '/'),
  fc.webPath(),
);
const secretName = fc.constantFrom('access_token', 'secret', 'corpsecret', 'appsecret', 'component_appsecret', 'code', 'js_code', 'refresh_token', 'ticket', 'jsapi_ticket', 'signature', 'sign', 'key', 'session_key');
/** Secrets long and random enough never to occur by chance in the rest of a generated call. */
const secretValue = fc.stringMatching(/^[A-Za-z0-9]{24,48}$/);

const jsonBody = fc.oneof(
  fc.record({ errcode: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.double()), errmsg: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ errcode: fc.constant(0), errmsg: fc.constant('ok'), invaliduser: fc.string(), result: fc.array(fc.record({ errcode: fc.integer(), errmsg: fc.string() })) }).map((o) => JSON.stringify(o)),
  fc.record({ code: fc.string(), message: fc.string(), detail: fc.jsonValue() }).map((o) => JSON.stringify(o)),
);
const textBody = fc.oneof(
  jsonBody,
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\uFEFF{"errcode":40001,"errmsg":"x"}', '<html><body>502 Bad Gateway</body></html>', '<xml><return_code><![CDATA[FAIL]]></return_code><return_msg>签名错误</return_msg></xml>', '{"errcode":400', 'null'),
  jsonBody.map((s) => s.slice(0, Math.floor(s.length / 2))),
);
const content = fc.oneof(
  textBody.map((text) => ({ content: text as string | null, encoding: '' })),
  textBody.map((text) => ({ content: Buffer.from(text, 'utf8').toString('base64') as string | null, encoding: 'base64' })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ content: Buffer.from(bytes).toString('base64') as string | null, encoding: 'base64' })),
  fc.string().map((junk) => ({ content: junk as string | null, encoding: 'base64' })),
  fc.constant({ content: null as string | null, encoding: '' }),
);
const header = fc.oneof(
  fc.record({ name: fc.constantFrom('Error-Code', 'Error-Msg', 'Request-ID', 'Content-Type'), value: fc.string() }),
  fc.record({ name: fc.string(), value: fc.string() }),
);

const call = fc
  .record({
    host,
    path,
    scheme: fc.constantFrom('https', 'http'),
    secretName,
    secret: secretValue,
    content,
    status: fc.oneof(fc.constantFrom(0, 200, 204, 400, 401, 404, 500, 502), fc.integer({ min: 0, max: 999 })),
    responseHeaders: fc.array(header, { maxLength: 4 }),
    bodyKind: fc.constantFrom('json', 'form', 'none'),
  })
  .map((r): CapturedCall => ({
    id: 'p1',
    startedDateTime: '2026-11-21T10:00:00.000Z',
    time: 1,
    method: r.bodyKind === 'none' ? 'GET' : 'POST',
    url: `${r.scheme}://${r.host}${r.path.startsWith('/') ? r.path : `/${r.path}`}?a=1&${r.secretName}=${r.secret}`,
    status: r.status,
    mimeType: 'application/json',
    requestHeaders: [{ name: 'Authorization', value: `WECHATPAY2-SHA256-RSA2048 signature="${r.secret}"` }],
    responseHeaders: r.responseHeaders,
    requestBody: r.bodyKind === 'json' ? JSON.stringify({ [r.secretName]: r.secret, n: 1 }) : r.bodyKind === 'form' ? `x=1&${r.secretName}=${r.secret}` : null,
    content: r.content.content,
    encoding: r.content.encoding,
    timings: null,
  }));

const secretOf = (c: CapturedCall) => new URL(c.url).searchParams.get([...new URL(c.url).searchParams.keys()][1]!)!;

describe('decoder under random and adversarial input', () => {
  it('never throws, always gives a defined state, never lets a secret out (10,000 cases)', () => {
    fc.assert(
      fc.property(call, (captured) => {
        const match = matchWeChatUrl(captured.url);
        expect(match).not.toBeNull();
        const decoded = decodeCall(captured, match!);
        expect(STATES).toContain(decoded.state);
        expect(decoded.errcode === null || typeof decoded.errcode === 'number' || typeof decoded.errcode === 'string').toBe(true);
        const secret = secretOf(captured);
        for (const lang of ['zh', 'en'] as const) {
          expect(JSON.stringify(toReportEntry(decoded, k, lang))).not.toContain(secret);
        }
        expect(mask.url(decoded.url)).not.toContain(secret);
        if (decoded.requestBody !== null) expect(mask.body(decoded.requestBody)).not.toContain(secret);
        expect(JSON.stringify(mask.headers(decoded.requestHeaders))).not.toContain(secret);
      }),
      { numRuns: 10_000 },
    );
  });
});
