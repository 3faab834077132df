/** A body read from what DevTools or a HAR file gave: text, bytes of a known binary format, or nothing. */
export type BodyRead = {
    kind: 'text';
    text: string;
    fullLength: number;
    invalidUtf8: boolean;
} | {
    kind: 'binary';
    bytes: number;
    sniffed: string | null;
} | {
    kind: 'missing';
};
/** Base64 means bytes: sniff them for binary formats, else decode them as UTF-8 (Chinese survives). */
export declare function readBody(content: string | null, encoding: string): BodyRead;
/** The body as text, or null when there is none or it is binary. */
export declare function contentToText(content: string | null, encoding: string): string | null;
export declare function base64ToText(base64: string): string | null;
