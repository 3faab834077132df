import type { Header } from './types';
export interface PayAnswer {
    version: 'v2' | 'v3';
    failed: boolean;
    errcode: string | number | null;
    errmsg: string | null;
    detail: string | null;
    requestIdCode: number | null;
}
/**
 * WeChat Pay: v3 (REST, `/v3/…`) signals failure with the HTTP status and a `{code, message, detail}`
 * body; v2 (XML) with `return_code` (communication, signature) then `result_code` / `err_code` (business).
 */
export declare function readPayAnswer(path: string, status: number, text: string | null, headers: readonly Header[]): PayAnswer;
