import type { Header } from '../../decode/types';
import type { Builtins } from './builtins';
import type { PageBody, PageExchange } from './exchange';
/** Capture's answer to a finished exchange: read its body up to `maxBytes` and hand it to `take`. */
export interface BodyWanted {
    maxBytes: number;
    take(body: PageBody): void;
}
/** Called (synchronously) for each finished exchange; null when its body is not wanted. */
export type Observe = (exchange: PageExchange) => BodyWanted | null;
/** Header pairs from a Headers object (through the captured forEach), an array of pairs or a plain object. */
export declare function headerList(value: unknown, b: Builtins): Header[];
/** A request body the page sent as text, or null (streams, blobs and forms are not read). */
export declare function bodyText(body: unknown, b: Builtins): string | null;
/** An absolute URL from what the page passed; null when it cannot be told without running page code. */
export declare function absoluteUrl(value: unknown, b: Builtins): string | null;
/**
 * Replaces `win.fetch` with a function that calls the page's fetch with the very same arguments and
 * `this`, and hands back the same response or the same error. Beside it, `observe` gets the finished exchange; the body is read only if capture asks,
 * from a clone. A failed request (CORS-blocked, offline) is observed with status 0 and no
 * body; an aborted one is not observed. Returns the undo.
 */
export declare function wrapFetch(win: {
    fetch?: typeof fetch;
}, b: Builtins, observe: Observe): () => void;
