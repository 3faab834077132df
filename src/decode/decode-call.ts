import { contentToText } from './body-text';
import { parseJson, readErrorFields } from './errcode';
import type { UrlMatch } from './hosts';
import type { BodyView, CallState, CapturedCall, DecodedCall } from './types';

function stateOf(body: BodyView, errcode: number | null, status: number): CallState {
  if (body.kind === 'missing') return 'no-body';
  if (errcode !== null) return errcode === 0 ? 'ok' : 'error';
  return status >= 400 ? 'error' : 'ok';
}

/** Turns a captured WeChat call into what the views show: platform, errcode, errmsg and a state. */
export function decodeCall(call: CapturedCall, match: UrlMatch): DecodedCall {
  const text = contentToText(call.content, call.encoding);
  let body: BodyView;
  let errcode: number | null = null;
  let errmsg: string | null = null;
  if (text === null) {
    body = { kind: 'missing' };
  } else if (text.trim() === '') {
    body = { kind: 'empty' };
  } else {
    const json = parseJson(text);
    if (json === undefined) {
      body = { kind: 'text', text };
    } else {
      body = { kind: 'json', text };
      ({ errcode, errmsg } = readErrorFields(json));
    }
  }
  return {
    id: call.id,
    startedDateTime: call.startedDateTime,
    time: call.time,
    method: call.method,
    url: call.url,
    status: call.status,
    mimeType: call.mimeType,
    requestHeaders: call.requestHeaders,
    responseHeaders: call.responseHeaders,
    requestBody: call.requestBody,
    platform: match.platform,
    host: match.host,
    path: match.path,
    state: stateOf(body, errcode, call.status),
    errcode,
    errmsg,
    body,
  };
}
