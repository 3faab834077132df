import type { DecodedCall } from '../../src/decode/types';

/** A decoded call for tests of the store and views; only what a test names differs. */
export function decodedCall(id: string, overrides: Partial<DecodedCall> = {}): DecodedCall {
  return {
    id,
    startedDateTime: '2026-11-21T10:00:00.000Z',
    time: 10,
    method: 'GET',
    url: 'https://api.weixin.qq.com/cgi-bin/token',
    status: 200,
    mimeType: 'application/json',
    requestHeaders: [],
    responseHeaders: [],
    requestBody: null,
    timings: null,
    platform: 'weixin',
    host: 'api.weixin.qq.com',
    path: '/cgi-bin/token',
    state: 'error',
    errcode: 40164,
    errmsg: 'invalid ip',
    codeSource: 'body',
    itemFailures: [],
    partialFailures: [],
    invalidUtf8: false,
    pay: null,
    body: { kind: 'json', text: '{"errcode":40164,"errmsg":"invalid ip"}' },
    leakedSecrets: [],
    ...overrides,
  };
}
