import type { Header } from './types';
export declare function isSecretName(name: string): boolean;
/** Keeps the last four characters of long values so two different tokens can still be told apart. */
export declare function maskValue(value: string): string;
/** Masks secret query parameters of a URL, leaving everything else as it was written. */
export declare function maskUrl(url: string): string;
/** Masks secret fields of a query string or form body (`a=1&secret=x`). */
export declare function maskQuery(query: string): string;
/**
 * Masks secrets in a body: JSON (pretty-printed), or text in which JSON pairs or form fields appear
 * (a truncated JSON body, a form post). What is not a secret is left as it was.
 */
export declare function maskBody(text: string): string;
/** Headers with secret values (Authorization, Cookie, …) masked; the rest as they were. */
export declare function maskHeaders(headers: readonly Header[]): Header[];
export interface Masker {
    url(url: string): string;
    body(text: string): string;
    headers(headers: readonly Header[]): Header[];
}
/** Masking for everything shown, copied or exported; `reveal` only when the user asked to see secrets. */
export declare function maskerFor(reveal: boolean): Masker;
