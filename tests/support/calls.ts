import type { CapturedCall, DecodedCall } from '../../src/decode/types';

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

/** A call as capture hands it to the decoder (a GET of /cgi-bin/token unless a test says otherwise). */
export function capturedCall(content: string | null, overrides: Partial<CapturedCall> = {}): CapturedCall {
  return {
    id: 'c1',
    startedDateTime: '2026-11-21T10:00:00.000Z',
    time: 42,
    method: 'GET',
    url: 'https://api.weixin.qq.com/cgi-bin/token?secret=x',
    status: 200,
    mimeType: 'application/json',
    requestHeaders: [],
    responseHeaders: [],
    requestBody: null,
    content,
    encoding: '',
    timings: null,
    ...overrides,
  };
}
