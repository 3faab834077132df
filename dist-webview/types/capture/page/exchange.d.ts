import { type RelayCandidate, type RelayConfig } from '../../decode/relay/decode-relayed';
import type { DecodedCall, Header } from '../../decode/types';
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
export type PageCandidate = {
    kind: 'wechat';
    match: UrlMatch;
    maxBytes: number;
} | {
    kind: 'relay';
    candidate: RelayCandidate;
    maxBytes: number;
};
/** A body as read from the page: text, or bytes given as base64 (the decoder sniffs binary formats). */
export interface PageBody {
    content: string | null;
    encoding: '' | 'base64';
}
/** Content-Length when the answer gives one. */
export declare function declaredSize(headers: readonly Header[]): number | null;
/**
 * Decided from the URL, method, content type and size alone, before any body is read: the WeChat hosts
 * (bodies read up to `maxBodyBytes`), then the relay rules as the extension applies them. Auto-detected
 * answers are read only up to AUTO_DETECT_MAX_BYTES, as detection looks no further.
 */
export declare function pageCandidate(exchange: PageExchange, relay: RelayConfig, maxBodyBytes: number): PageCandidate | null;
/** The decoded call, or null for an answer of another host that holds no WeChat error after all. */
export declare function decodeExchange(id: string, exchange: PageExchange, body: PageBody, candidate: PageCandidate, finishedAt: number): DecodedCall | null;
