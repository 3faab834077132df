/*
 * WeixinJSBridge, the channel every JS-SDK build uses: the bridge's names for SDK APIs and the errMsg an
 * SDK makes of the bridge's raw answer (data/jssdk-bridge.json, read in weixin-js-sdk and @wecom/jssdk).
 */
import { jssdkBridge } from '../data';
import { normalizeJssdkResult } from './errmsg';

const NAMES: ReadonlyMap<string, string> = new Map(Object.entries(jssdkBridge.names));
const { keywords, stripPrefixes, okWhenConfig } = jssdkBridge.answer;
const KEYWORDS: ReadonlyMap<string, string> = new Map(Object.entries(keywords));

/** The SDK's name for a bridge call: `preVerifyJSAPI` → `config`; other names are the same on both sides. */
export function sdkApiOf(bridgeName: string): string {
  return NAMES.get(bridgeName) ?? bridgeName;
}

function sdkKeyword(raw: string, api: string): string {
  let keyword = KEYWORDS.get(raw) ?? raw;
  const prefix = stripPrefixes.find((p) => keyword.startsWith(p));
  if (prefix) keyword = keyword.slice(prefix.length);
  keyword = keyword.replaceAll('_', ' ');
  keyword = KEYWORDS.get(keyword.toLowerCase()) ?? keyword;
  if (api === 'config' && okWhenConfig.includes(keyword.toLowerCase())) return 'ok';
  return keyword === '' ? 'fail' : keyword;
}

/**
 * The errMsg a page would get for this bridge answer: an `errMsg` the answer already carries (WeCom's
 * forms included), else `err_msg` renamed to the SDK's API and its keyword rewritten as the SDKs do
 * (`preVerifyJSAPI:fail_access denied` → `config:permission denied`); no message at all is ok.
 */
export function bridgeErrMsg(bridgeName: string, res: unknown): string {
  const api = sdkApiOf(bridgeName);
  const own = typeof res === 'object' && res !== null && !Array.isArray(res) ? (res as Record<string, unknown>)['errMsg'] : undefined;
  if (typeof own === 'string' && own.trim() !== '') return normalizeJssdkResult(res);
  const message = normalizeJssdkResult(res);
  if (message === '') return `${api}:ok`;
  const colon = message.indexOf(':');
  return `${api}:${sdkKeyword(colon === -1 ? message : message.slice(colon + 1), api)}`;
}
