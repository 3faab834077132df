import type { Builtins } from './builtins';
import type { PageBody } from './exchange';
export declare const NO_BODY: PageBody;
/** Bytes of a known binary format (or plainly not text) go to the decoder as base64, text as text. */
export declare function bytesToBody(bytes: Uint8Array, b: Builtins): PageBody;
/** At most `maxBytes` of a stream (the clone of a page's response), then it is let go. */
export declare function readStream(stream: unknown, maxBytes: number, b: Builtins): Promise<Uint8Array | null>;
/** Text cut to a size cap, counted in characters (the decoder's caps are in characters too). */
export declare const capText: (text: string, maxBytes: number) => PageBody;
