import type { Errcode, Platform } from '../types';
import type { Knowledge, Lang, Product, Text, TextList } from './types';
export interface CodeInfo {
    platform: Platform;
    code: Errcode;
    known: boolean;
    meaning: Text | null;
    legacy: boolean;
    causes: TextList | null;
    fixes: TextList | null;
    /** Why the data chose this meaning where sources disagree. */
    note: Text | null;
    docUrl: string;
    /** WeCom's official per-code query page. */
    queryUrl: string | null;
}
/** What a code means on a platform, and on the endpoint `path` when the meaning depends on it. */
export declare function describeCode(k: Knowledge, platform: Platform, code: Errcode, path?: string): CodeInfo;
/** The endpoint's name, e.g. 发送模板消息 / Send template message; null for paths not in the catalogue. */
export declare function endpointName(k: Knowledge, platform: Platform, path: string): Text | null;
/** Causes and fix steps in one language, the caller IP filled in (or described when unknown). */
export declare function hintsFor(info: CodeInfo, lang: Lang, clientIp: string | null): {
    causes: string[];
    fixes: string[];
} | null;
/** Fills the `{clientIp}` placeholder of a hint with the caller IP, or a phrase when it is unknown. */
export declare function fillHint(text: string, clientIp: string | null, unknownIp: string): string;
/**
 * Which product a call belongs to: on api.weixin.qq.com the endpoint catalogue, else the longest known
 * path prefix (Official Account, Mini Program, Open Platform, Channels); `common` when shared or unknown.
 */
export declare function productOf(k: Knowledge, platform: Platform, path: string): Product;
