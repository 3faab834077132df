import type { ItemFailure, PartialFailure } from './types';
export interface WeChatJson {
    errcode: number | null;
    errmsg: string | null;
    itemFailures: ItemFailure[];
    partialFailures: PartialFailure[];
}
/** errcode / errmsg of a WeChat or WeCom JSON answer, its failing batch items and partial failures. */
export declare function readWeChatJson(json: unknown): WeChatJson;
/** For a body too large to parse: WeChat writes errcode first, so the head holds it. */
export declare function scanHead(head: string): {
    errcode: number | null;
    errmsg: string | null;
};
