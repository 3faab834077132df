import type { JssdkDecoded } from '../decode/jssdk/errmsg';
import type { Lang } from '../decode/knowledge/types';

/** `jssdk --json`: the contract of the command line. */
export interface JssdkResult {
  errMsg: string;
  api: string | null;
  known: boolean;
  meaning: string | null;
  causes: string[] | null;
  fixes: string[] | null;
}

/** `jssdk sign --json`: the contract of the command line. */
export interface JssdkSignResult {
  string: string;
  signature: string;
}

export function jssdkResult(decoded: JssdkDecoded, lang: Lang): JssdkResult {
  return {
    errMsg: decoded.errMsg,
    api: decoded.api,
    known: decoded.known,
    meaning: decoded.meaning ? decoded.meaning[lang] : null,
    causes: decoded.causes ? decoded.causes[lang] : null,
    fixes: decoded.fixes ? decoded.fixes[lang] : null,
  };
}
