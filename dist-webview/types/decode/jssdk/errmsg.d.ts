import type { Text, TextList } from '../knowledge/types';
import type { JssdkCatalogue } from './catalogue';
/** What a JS-SDK errMsg (`config:invalid signature`, `chooseImage:permission denied`, …) means. */
export interface JssdkDecoded {
    errMsg: string;
    /** The API before the first ':' (`config`, `agentConfig`, `chooseImage`), null when there is none. */
    api: string | null;
    known: boolean;
    id: string | null;
    /** A number the text carries: `错误码：63002`, `?e=40093`, the last field of a WeCom hint. */
    code: number | null;
    meaning: Text | null;
    causes: TextList | null;
    fixes: TextList | null;
    docUrl: string | null;
}
export declare function decodeJssdkErrMsg(errMsg: string, catalogue: JssdkCatalogue): JssdkDecoded;
/**
 * One errMsg-like string from whatever a JS-SDK callback handed over: a string, the result object
 * (`{errMsg}`, WeixinJSBridge's `{err_msg}`, WeCom's `{errMsg, err_Info, hint}` or `{errCode, err_info}`),
 * an Error, or such an object as JSON text. Never throws: hostile objects give ''.
 */
export declare function normalizeJssdkResult(value: unknown): string;
