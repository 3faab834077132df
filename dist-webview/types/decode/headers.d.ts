import type { Header } from './types';
export declare function headerValue(headers: readonly Header[], name: string): string | null;
/** WeCom repeats its error in `Error-Code` / `Error-Msg` headers: readable even when the body is not. */
export declare function headerError(headers: readonly Header[]): {
    errcode: number;
    errmsg: string | null;
} | null;
/** WeChat Pay v3: the last `-` segment of the Request-ID header is a numeric error code when it fails. */
export declare function requestIdCode(headers: readonly Header[]): number | null;
