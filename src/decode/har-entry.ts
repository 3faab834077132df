/** The parts of a HAR entry (DevTools, or a saved .har file) that decoding reads; any may be missing. */
export interface HarEntryLike {
  startedDateTime?: string;
  time?: number;
  request?: {
    method?: string;
    url?: string;
    headers?: Array<{ name?: string; value?: string }>;
    postData?: { text?: string; mimeType?: string };
  };
  response?: {
    status?: number;
    headers?: Array<{ name?: string; value?: string }>;
    content?: { mimeType?: string; size?: number; text?: string; encoding?: string };
  };
  timings?: Record<string, unknown>;
  getContent?: (...args: unknown[]) => unknown;
}

import { decodeCall } from './decode-call';
import { matchWeChatUrl, type UrlMatch } from './hosts';
import { decodeRelayed, relayCandidate, type RelayConfig } from './relay/decode-relayed';
import type { CapturedCall, DecodedCall, Header } from './types';

function headers(list: Array<{ name?: string; value?: string }> | undefined): Header[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((h) => typeof h?.name === 'string')
    .map((h) => ({ name: String(h.name), value: typeof h.value === 'string' ? h.value : '' }));
}

/** Copies what the decoder needs out of a HAR entry, so the entry itself can be garbage-collected. */
export function toCapturedCall(id: string, entry: HarEntryLike, content: { content: string | null; encoding: string }): CapturedCall {
  const request = entry.request ?? {};
  const response = entry.response ?? {};
  return {
    id,
    startedDateTime: typeof entry.startedDateTime === 'string' ? entry.startedDateTime : new Date().toISOString(),
    time: typeof entry.time === 'number' && Number.isFinite(entry.time) ? entry.time : 0,
    method: typeof request.method === 'string' ? request.method.toUpperCase() : 'GET',
    url: typeof request.url === 'string' ? request.url : '',
    status: typeof response.status === 'number' && Number.isFinite(response.status) ? response.status : 0,
    mimeType: typeof response.content?.mimeType === 'string' ? response.content.mimeType : '',
    requestHeaders: headers(request.headers),
    responseHeaders: headers(response.headers),
    requestBody: typeof request.postData?.text === 'string' ? request.postData.text : null,
    content: content.content,
    encoding: content.encoding,
    timings: timings(entry.timings),
  };
}

/** HAR phase timings in ms (blocked, dns, connect, ssl, send, wait, receive); -1 or absent phases left out. */
function timings(raw: Record<string, unknown> | undefined): Record<string, number> | null {
  if (!raw || typeof raw !== 'object') return null;
  const out: Record<string, number> = {};
  for (const phase of ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive']) {
    const ms = raw[phase];
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) out[phase] = ms;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** The WeChat platform a HAR entry's request belongs to; null for other traffic and CORS preflights. */
export function matchEntry(entry: HarEntryLike): UrlMatch | null {
  const url = entry.request?.url;
  const method = entry.request?.method;
  if (typeof url !== 'string' || (typeof method === 'string' && method.toUpperCase() === 'OPTIONS')) return null;
  return matchWeChatUrl(url);
}

/**
 * A saved HAR entry (body inside it) decoded like a live call; null when it is not a WeChat call. With
 * `relay`, answers of other hosts that relay WeChat's are decoded too, as capture does.
 */
export function decodeHarEntry(entry: HarEntryLike, id: string, relay?: RelayConfig): DecodedCall | null {
  const match = matchEntry(entry);
  if (match) return decodeCall(toCapturedCall(id, entry, embeddedContent(entry)), match);
  if (!relay || typeof entry.request?.url !== 'string') return null;
  const candidate = relayCandidate(responseFacts(entry), relay);
  return candidate ? decodeRelayed(toCapturedCall(id, entry, embeddedContent(entry)), candidate) : null;
}

/** What relay detection looks at before reading a body: URL, method, MIME type and size. */
export function responseFacts(entry: HarEntryLike): { url: string; method: string; mimeType: string; size: number | null } {
  const size = entry.response?.content?.size;
  return {
    url: typeof entry.request?.url === 'string' ? entry.request.url : '',
    method: typeof entry.request?.method === 'string' ? entry.request.method : 'GET',
    mimeType: typeof entry.response?.content?.mimeType === 'string' ? entry.response.content.mimeType : '',
    size: typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : null,
  };
}

/** The body a HAR entry carries itself: saved files, and Firefox's getHAR(), whose entries have no getContent. */
export function embeddedContent(entry: HarEntryLike): { content: string | null; encoding: string } {
  const content = entry.response?.content;
  return { content: typeof content?.text === 'string' ? content.text : null, encoding: typeof content?.encoding === 'string' ? content.encoding : '' };
}

/** Identifies one request across getHAR() and onRequestFinished, which share no request id. */
export function entryKey(entry: HarEntryLike): string {
  return `${entry.startedDateTime ?? ''}|${entry.request?.method ?? ''}|${entry.request?.url ?? ''}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);
const isString = (v: unknown): boolean => typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number';
const isHeaderList = (v: unknown): boolean => Array.isArray(v) && v.every((h) => isRecord(h) && isString(h['name']) && optional(h['value'], isString));

/**
 * A HAR entry whose fields have the types HAR gives them (request with a string method and URL, header
 * lists of name/value strings, a numeric status, text bodies): anything else is skipped and counted by
 * the report and the panel's import, never decoded half-way.
 */
export function isWellFormedEntry(entry: unknown): entry is HarEntryLike {
  if (!isRecord(entry)) return false;
  const { request, response } = entry;
  if (!isRecord(request) || !isString(request['method']) || !isString(request['url'])) return false;
  if (!optional(request['headers'], isHeaderList) || !optional(request['postData'], (p) => isRecord(p) && optional(p['text'], isString))) return false;
  if (!optional(entry['startedDateTime'], isString) || !optional(entry['time'], isNumber)) return false;
  if (response === undefined) return true;
  if (!isRecord(response) || !optional(response['status'], isNumber) || !optional(response['headers'], isHeaderList)) return false;
  const content = response['content'];
  return optional(content, (c) => isRecord(c) && optional(c['text'], isString) && optional(c['encoding'], isString) && optional(c['mimeType'], isString));
}
