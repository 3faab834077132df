import { maskErrmsgFields, parseErrmsg, type ErrmsgFields } from './errmsg';
import { describeCode, endpointName, hintsFor, productOf } from './knowledge/lookup';
import type { Knowledge, Lang, Product } from './knowledge/types';
import { maskerFor } from './mask';
import type { DecodedCall, Errcode, Platform } from './types';

/** One call as the `report --json` command prints it: the command line's contract. */
export interface ReportEntry {
  url: string;
  method: string;
  status: number;
  platform: Platform;
  product: Product;
  endpoint: { path: string; name: string | null };
  errcode: Errcode | null;
  /** true: succeeded; false: failed (an errcode, a failing batch item, an HTTP error); null: no body to tell, or an encrypted one. */
  ok: boolean | null;
  known: boolean;
  meaning: string | null;
  hints: { causes: string[]; fixes: string[] } | null;
  errmsg: ErrmsgFields | null;
  docUrl: string | null;
}

export function okOf(call: DecodedCall): boolean | null {
  if (call.state === 'no-body' || call.state === 'encrypted') return null;
  return call.state === 'ok';
}

/** Everything a report says about a call, masked: the URL's secrets never leave. */
export function toReportEntry(call: DecodedCall, k: Knowledge, lang: Lang): ReportEntry {
  const info = call.errcode === null ? null : describeCode(k, call.platform, call.errcode, call.path);
  const mask = maskerFor(false);
  const fields = call.errmsg === null ? null : parseErrmsg(call.errmsg);
  const errmsg = fields === null ? null : maskErrmsgFields(fields, mask);
  const name = endpointName(k, call.platform, call.path);
  return {
    url: mask.url(call.url),
    method: call.method,
    status: call.status,
    platform: call.platform,
    product: productOf(k, call.platform, call.path),
    endpoint: { path: mask.url(call.path), name: name ? name[lang] : null },
    errcode: call.errcode,
    ok: okOf(call),
    known: info?.known ?? false,
    meaning: info?.meaning?.[lang] ?? null,
    hints: info ? hintsFor(info, lang, fields?.clientIp ?? null) : null,
    errmsg,
    docUrl: info?.docUrl ?? null,
  };
}
