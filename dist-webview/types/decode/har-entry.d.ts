/** The parts of a HAR entry (DevTools, or a saved .har file) that decoding reads; any may be missing. */
export interface HarEntryLike {
    startedDateTime?: string;
    time?: number;
    request?: {
        method?: string;
        url?: string;
        headers?: Array<{
            name?: string;
            value?: string;
        }>;
        postData?: {
            text?: string;
            mimeType?: string;
        };
    };
    response?: {
        status?: number;
        headers?: Array<{
            name?: string;
            value?: string;
        }>;
        content?: {
            mimeType?: string;
            size?: number;
            text?: string;
            encoding?: string;
        };
    };
    timings?: Record<string, unknown>;
    getContent?: (...args: unknown[]) => unknown;
}
import { type UrlMatch } from './hosts';
import { type RelayConfig } from './relay/decode-relayed';
import type { CapturedCall, DecodedCall } from './types';
/** Copies what the decoder needs out of a HAR entry, so the entry itself can be garbage-collected. */
export declare function toCapturedCall(id: string, entry: HarEntryLike, content: {
    content: string | null;
    encoding: string;
}): CapturedCall;
/** The WeChat platform a HAR entry's request belongs to; null for other traffic and CORS preflights. */
export declare function matchEntry(entry: HarEntryLike): UrlMatch | null;
/**
 * A saved HAR entry (body inside it) decoded like a live call; null when it is not a WeChat call. With
 * `relay`, answers of other hosts that relay WeChat's are decoded too, as capture does.
 */
export declare function decodeHarEntry(entry: HarEntryLike, id: string, relay?: RelayConfig): DecodedCall | null;
/** The body a HAR entry carries itself: saved files, and Firefox's getHAR(), whose entries have no getContent. */
export declare function embeddedContent(entry: HarEntryLike): {
    content: string | null;
    encoding: string;
};
/** Identifies one request across getHAR() and onRequestFinished, which share no request id. */
export declare function entryKey(entry: HarEntryLike): string;
