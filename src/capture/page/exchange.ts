import { decodeCall } from '../../decode/decode-call';
import { matchWeChatUrl } from '../../decode/hosts';
import { AUTO_DETECT_MAX_BYTES, decodeRelayed, relayCandidate, type RelayCandidate, type RelayConfig } from '../../decode/relay/decode-relayed';
import type { CapturedCall, DecodedCall, Header } from '../../decode/types';
import type { UrlMatch } from '../../decode/hosts';

/** One finished request of the page, as fetch or XMLHttpRequest let us see it (no body yet). */
export interface PageExchange {
  method: string;
  /** Absolute URL, secrets included: the decoder and the views mask it. */
  url: string;
  startedAt: number;
  status: number;
  requestHeaders: Header[];
  responseHeaders: Header[];
  requestBody: string | null;
}

/** Why the body of an answer is worth reading: a WeChat host, or a possible relayed WeChat answer. */
export type PageCandidate = { kind: 'wechat'; match: UrlMatch; maxBytes: number } | { kind: 'relay'; candidate: RelayCandidate; maxBytes: number };

/** A body as read from the page: text, or bytes given as base64 (the decoder sniffs binary formats). */
export interface PageBody {
  content: string | null;
  encoding: '' | 'base64';
}

const header = (headers: readonly Header[], name: string): string | null => {
  for (const h of headers) if (h.name.toLowerCase() === name) return h.value;
  return null;
};

/** Content-Length when the answer gives one. */
export function declaredSize(headers: readonly Header[]): number | null {
  const value = header(headers, 'content-length');
  if (value === null || !/^\s*\d{1,15}\s*$/.test(value)) return null;
  return Number(value);
}

/**
 * Decided from the URL, method, content type and size alone, before any body is read: the WeChat hosts
 * (bodies read up to `maxBodyBytes`), then the relay rules as the extension applies them. Auto-detected
 * answers are read only up to AUTO_DETECT_MAX_BYTES, as detection looks no further.
 */
export function pageCandidate(exchange: PageExchange, relay: RelayConfig, maxBodyBytes: number): PageCandidate | null {
  const match = matchWeChatUrl(exchange.url);
  if (match) return { kind: 'wechat', match, maxBytes: maxBodyBytes };
  const candidate = relayCandidate({ url: exchange.url, method: exchange.method, mimeType: header(exchange.responseHeaders, 'content-type') ?? '', size: declaredSize(exchange.responseHeaders) }, relay);
  if (!candidate) return null;
  return { kind: 'relay', candidate, maxBytes: candidate.by === 'auto' ? Math.min(AUTO_DETECT_MAX_BYTES + 1, maxBodyBytes) : maxBodyBytes };
}

/** The decoded call, or null for an answer of another host that holds no WeChat error after all. */
export function decodeExchange(id: string, exchange: PageExchange, body: PageBody, candidate: PageCandidate, finishedAt: number): DecodedCall | null {
  const call: CapturedCall = {
    id,
    startedDateTime: new Date(exchange.startedAt).toISOString(),
    time: Math.max(0, finishedAt - exchange.startedAt),
    method: exchange.method.toUpperCase(),
    url: exchange.url,
    status: exchange.status,
    mimeType: header(exchange.responseHeaders, 'content-type') ?? '',
    requestHeaders: exchange.requestHeaders,
    responseHeaders: exchange.responseHeaders,
    requestBody: exchange.requestBody,
    content: body.content,
    encoding: body.encoding,
    timings: null,
  };
  if (candidate.kind === 'wechat') return decodeCall(call, candidate.match);
  const decoded = decodeRelayed(call, candidate.candidate);
  return decoded ? { ...decoded, id } : null;
}
