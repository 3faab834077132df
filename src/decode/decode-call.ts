import { answeredNotJson } from './answered-not-json';
import { encryptedAnswer } from './api-security';
import { readBody } from './body-text';
import { parseJson } from './errcode';
import { headerError } from './headers';
import type { UrlMatch } from './hosts';
import { LIMITS } from './limits';
import { readPayAnswer } from './pay-body';
import { leakedSecrets } from './secret-leak';
import type { BodyView, CallState, CapturedCall, DecodedCall, Errcode, ItemFailure, PartialFailure } from './types';
import { readWeChatJson, scanHead } from './wechat-json';

interface Verdict {
  errcode: Errcode | null;
  errmsg: string | null;
  codeSource: DecodedCall['codeSource'];
  itemFailures: ItemFailure[];
  partialFailures: PartialFailure[];
  pay: DecodedCall['pay'];
  /** An answer that says it failed without an errcode (WeChat Pay v2/v3 without a code). */
  failed: boolean;
  errcodeUnreadable: boolean;
}

/** `parsed`: the body's JSON value, parsed once here for the verdict too; undefined when it is not JSON. */
function bodyView(call: CapturedCall): { body: BodyView; text: string | null; invalidUtf8: boolean; parsable: boolean; parsed: unknown } {
  const read = readBody(call.content, call.encoding);
  if (read.kind === 'missing') return { body: { kind: 'missing' }, text: null, invalidUtf8: false, parsable: false, parsed: undefined };
  if (read.kind === 'binary') return { body: { kind: 'binary', bytes: read.bytes, sniffed: read.sniffed }, text: null, invalidUtf8: false, parsable: false, parsed: undefined };
  if (read.text.trim() === '') return { body: { kind: 'empty' }, text: '', invalidUtf8: false, parsable: false, parsed: undefined };
  const parsable = read.fullLength <= LIMITS.parsedText;
  const kept = read.text.slice(0, LIMITS.keptText);
  const truncated = read.fullLength > kept.length ? { truncatedFrom: read.fullLength } : {};
  const parsed = parsable && /^\s*[[{]/.test(read.text) ? parseJson(read.text) : undefined;
  return { body: { kind: parsed !== undefined ? 'json' : 'text', text: kept, ...truncated }, text: read.text, invalidUtf8: read.invalidUtf8, parsable, parsed };
}

/** Picks the object holding WeChat's {errcode, errmsg} out of an answer that wraps it (relayed calls). */
export type Extract = (json: unknown) => unknown;

function wechatVerdict(call: CapturedCall, text: string | null, parsable: boolean, parsed: unknown, extract: Extract | undefined): Verdict {
  const verdict: Verdict = { errcode: null, errmsg: null, codeSource: null, itemFailures: [], partialFailures: [], pay: null, failed: false, errcodeUnreadable: false };
  if (text !== null && text !== '') {
    const found = parsable ? readWeChatJson(extract && parsed !== undefined ? extract(parsed) : parsed) : { ...scanHead(text.slice(0, LIMITS.scannedHead)), itemFailures: [], partialFailures: [] };
    Object.assign(verdict, found);
    if (found.errcode !== null) verdict.codeSource = 'body';
  }
  if (verdict.errcode === null) {
    const fromHeaders = headerError(call.responseHeaders);
    if (fromHeaders) Object.assign(verdict, fromHeaders, { codeSource: 'headers' });
  }
  return verdict;
}

function payVerdict(call: CapturedCall, match: UrlMatch, text: string | null): Verdict {
  const answer = readPayAnswer(match.path, call.status, text, call.responseHeaders);
  return {
    errcode: answer.errcode,
    errmsg: answer.errmsg,
    codeSource: answer.errcode === null ? null : 'body',
    itemFailures: [],
    partialFailures: [],
    pay: { version: answer.version, requestIdCode: answer.requestIdCode, detail: answer.detail },
    failed: answer.failed,
    errcodeUnreadable: false,
  };
}

function stateOf(body: BodyView, v: Verdict, status: number, platform: UrlMatch['platform']): CallState {
  if (v.failed || v.errcodeUnreadable || (v.errcode !== null && v.errcode !== 0)) return 'error';
  if (body.kind === 'missing' && v.errcode === null) return 'no-body';
  if (v.itemFailures.length > 0 || v.partialFailures.length > 0) return 'warning';
  if (status >= 400) return 'error';
  if (answeredNotJson(body, platform)) return 'warning';
  return 'ok';
}

/**
 * Turns a captured call into what the views show: platform, errcode and errmsg wherever WeChat put them
 * (body, WeCom headers, batch items, partial-failure fields, WeChat Pay v2/v3), and a state. Never throws.
 */
export function decodeCall(call: CapturedCall, match: UrlMatch, extract?: Extract): DecodedCall {
  const { body, text, invalidUtf8, parsable, parsed } = bodyView(call);
  const verdict = match.platform === 'pay' ? payVerdict(call, match, text) : wechatVerdict(call, text, parsable, parsed, extract);
  // API security mode hides the errcode inside an encrypted answer: neither success nor failure.
  const encrypted = match.platform === 'weixin' && !extract && verdict.errcode === null && call.status < 400 && encryptedAnswer(parsed, call.responseHeaders) !== null;
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
    timings: call.timings,
    platform: match.platform,
    host: match.host,
    path: match.path,
    state: encrypted ? 'encrypted' : stateOf(body, verdict, call.status, match.platform),
    errcode: verdict.errcode,
    errmsg: verdict.errmsg,
    codeSource: verdict.codeSource,
    itemFailures: verdict.itemFailures,
    partialFailures: verdict.partialFailures,
    invalidUtf8,
    pay: verdict.pay,
    body,
    leakedSecrets: leakedSecrets(call.url, call.requestBody),
    ...(verdict.errcodeUnreadable && verdict.errcode === null ? { errcodeUnreadable: true } : {}),
  };
}
