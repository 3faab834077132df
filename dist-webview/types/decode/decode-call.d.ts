import type { UrlMatch } from './hosts';
import type { CapturedCall, DecodedCall } from './types';
/** Picks the object holding WeChat's {errcode, errmsg} out of an answer that wraps it (relayed calls). */
export type Extract = (json: unknown) => unknown;
/**
 * Turns a captured call into what the views show: platform, errcode and errmsg wherever WeChat put them
 * (body, WeCom headers, batch items, partial-failure fields, WeChat Pay v2/v3), and a state. Never throws.
 */
export declare function decodeCall(call: CapturedCall, match: UrlMatch, extract?: Extract): DecodedCall;
