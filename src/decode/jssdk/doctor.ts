/*
 * The signature doctor: for one wx.config / wx.agentConfig call, which URL should have been signed,
 * whether the page URL moved under it, and — given the jsapi_ticket the user pastes — the expected
 * signature and the exact string signed. Everything runs locally.
 */
import { compareSignature, jssdkSignature, signatureString, signedUrl } from './signature';
import type { JssdkCall } from './timeline';

export const SIGNED_APIS: ReadonlySet<string> = new Set(['config', 'agentConfig']);

export interface SignedParams {
  nonceStr: string | null;
  timestamp: string | null;
  signature: string | null;
  appId: string | null;
}

export type UrlWarning =
  /** The page URL (without #) changed between wx.config and its answer: history routing in an SPA. */
  | { kind: 'changed-after-config'; url: string }
  /** The URL WeChat says it verified (debug mode's realAuthUrl) is not the one the page was at. */
  | { kind: 'differs-from-reported'; url: string }
  /** An earlier wx.config of the same page ran at another URL: iOS keeps verifying the entry URL. */
  | { kind: 'entry-url'; url: string };

export interface DoctorReport {
  /** The page URL without its # part when wx.config ran: what had to be signed. */
  signedUrl: string;
  params: SignedParams;
  /** Fields wx.config needs that are missing or empty. */
  missing: string[];
  warnings: UrlWarning[];
}

const record = (args: unknown): Record<string, unknown> | null => (typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : null);

/** The first of `names` in the SDK's parameters, then in what the SDK sent the bridge (`verifySignature`, …). */
const field = (call: JssdkCall, ...names: string[]): string | null => {
  for (const args of [record(call.args), record(call.bridge?.args)]) {
    if (!args) continue;
    for (const name of names) {
      const v = args[name];
      if (typeof v === 'string' && v !== '') return v;
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    }
  }
  return null;
};

/** Debug-mode answers list the URLs WeChat verified against (`realAuthUrl`). */
function reportedUrls(res: unknown): string[] {
  if (typeof res !== 'object' || res === null) return [];
  const value = (res as Record<string, unknown>)['realAuthUrl'];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((u): u is string => typeof u === 'string' && u !== '');
}

const sessionOf = (call: JssdkCall): string => call.key.slice(call.key.indexOf('@') + 1);

/** `log` is the JS-SDK log the call belongs to, for what earlier calls of the same page tell. */
export function diagnoseSignature(call: JssdkCall, log: readonly JssdkCall[] = []): DoctorReport {
  const url = signedUrl(call.url);
  const params: SignedParams = {
    nonceStr: field(call, 'nonceStr', 'noncestr', 'verifyNonceStr'),
    timestamp: field(call, 'timestamp', 'verifyTimestamp'),
    signature: field(call, 'signature', 'verifySignature'),
    appId: field(call, call.api === 'agentConfig' ? 'corpid' : 'appId', 'corpId', 'appid', 'verifyAppId'),
  };
  const missing: string[] = (['appId', 'timestamp', 'nonceStr', 'signature'] as const).filter((k) => params[k] === null);
  const lists = [record(call.args)?.['jsApiList'], record(call.bridge?.args)?.['verifyJsApiList']];
  if (call.api === 'config' && !lists.some((list) => Array.isArray(list))) missing.push('jsApiList');
  const warnings: UrlWarning[] = [];
  if (call.resultUrl !== null && signedUrl(call.resultUrl) !== url) warnings.push({ kind: 'changed-after-config', url: signedUrl(call.resultUrl) });
  for (const reported of reportedUrls(call.res)) if (signedUrl(reported) !== url) warnings.push({ kind: 'differs-from-reported', url: reported });
  const first = log.find((c) => c.api === call.api && sessionOf(c) === sessionOf(call));
  if (first && first !== call && signedUrl(first.url) !== url) warnings.push({ kind: 'entry-url', url: signedUrl(first.url) });
  return { signedUrl: url, params, missing, warnings };
}

export interface SignatureCheck {
  string: string;
  expected: string;
  /** null when the page passed no signature. */
  matches: boolean | null;
}

/** The expected signature for a pasted ticket, compared with the one the page passed. */
export async function checkSignature(report: DoctorReport, jsapiTicket: string): Promise<SignatureCheck | null> {
  const { nonceStr, timestamp, signature } = report.params;
  if (nonceStr === null || timestamp === null || jsapiTicket.trim() === '') return null;
  const params = { jsapiTicket: jsapiTicket.trim(), nonceStr, timestamp, url: report.signedUrl };
  const expected = await jssdkSignature(params);
  return { string: signatureString(params), expected, matches: signature === null ? null : compareSignature(expected, signature) };
}
