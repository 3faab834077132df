/**
 * wechat-api-inspector as a library: the knowledge and the decoder of the DevTools panel and the command
 * line, typed, with no runtime dependency. `wechat-api-inspector/weixin`, `/wecom` and `/pay` give
 * `lookup` with one platform's data only.
 */
import type { LookupResult } from '../cli/lookup';
import { jssdkResult, type JssdkResult, type JssdkSignResult } from '../cli/jssdk-result';
import { jssdkCatalogue } from '../decode/jssdk/catalogue';
import { decodeJssdkErrMsg, normalizeJssdkResult } from '../decode/jssdk/errmsg';
import { jssdkSignature as sign, signatureString, type SignatureParams } from '../decode/jssdk/signature';
import { compileKnowledge } from '../decode/knowledge/compile';
import { rawKnowledge } from '../decode/knowledge/raw-data';
import type { Knowledge, Lang } from '../decode/knowledge/types';
import type { Errcode, Platform } from '../decode/types';
import { decodeResponseWith, type DecodedResponse, type DecodeOptions, type ResponseInput } from './decode-response';
import { lookupIn, type LookupOptions } from './platform-lookup';

import { maskerFor } from '../decode/mask';

export { maskUrl } from '../decode/mask';
export type { LookupResult, LookupOptions, JssdkResult, JssdkSignResult, SignatureParams, DecodedResponse, DecodeOptions, ResponseInput, Errcode, Platform, Lang };
export type { ReportEntry } from '../decode/report-entry';
export type { ErrmsgFields } from '../decode/errmsg';

let full: Knowledge | undefined;
const knowledge = (): Knowledge => (full ??= compileKnowledge(rawKnowledge));

/** A request or response body with its secrets masked (JSON, form, XML, multipart or text), its layout kept. */
export function maskBody(text: string): string {
  return maskerFor(false).bodyAsWritten(text);
}

/** What `code` means on `platform`: `{code, platform, known, meaning, hints, docUrl, legacy}`, as `lookup --json`. */
export function lookup(code: Errcode, platform: Platform, options?: LookupOptions): LookupResult {
  return lookupIn(knowledge(), platform, code, options);
}

/**
 * What the panel knows of one answer: platform, product, endpoint, errcode, whether it failed, meaning
 * and fixes, the errmsg taken apart (rid, hint, caller IP…), failing batch items and partial-failure
 * fields, WeChat Pay v2/v3. The URL in the result is masked.
 */
export function decodeResponse(response: ResponseInput, options?: DecodeOptions): DecodedResponse {
  return decodeResponseWith(knowledge(), response, options);
}

/** What a JS-SDK errMsg (`config:invalid signature`, or the whole result object) means, as `jssdk --json`. */
export function explainJssdk(errMsg: string | object, options?: { lang?: Lang }): JssdkResult {
  return jssdkResult(decodeJssdkErrMsg(normalizeJssdkResult(errMsg), jssdkCatalogue), options?.lang ?? 'en');
}

/** The wx.config / wx.agentConfig signature and the string signed, as `jssdk sign --json`. */
export async function jssdkSignature(params: SignatureParams): Promise<JssdkSignResult> {
  return { string: signatureString(params), signature: await sign(params) };
}
