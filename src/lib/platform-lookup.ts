import { lookupResult, type LookupResult } from '../cli/lookup';
import { overrides, platforms, products } from '../decode/data';
import { compileKnowledge } from '../decode/knowledge/compile';
import { describeCode } from '../decode/knowledge/lookup';
import type { CodeFile, HintFile, Knowledge, Lang, OverrideFile, PlatformFile, ProductFile } from '../decode/knowledge/types';
import type { Errcode, Platform } from '../decode/types';

export interface LookupOptions {
  /** Language of meaning and hints; English when not given. */
  lang?: Lang;
}

/** One code on one platform, in the shape of `lookup --json`. */
export function lookupIn(k: Knowledge, platform: Platform, code: Errcode, options: LookupOptions | undefined): LookupResult {
  return lookupResult(describeCode(k, platform, code), options?.lang ?? 'en');
}

/**
 * `lookup` for one platform, built from that platform's data files only (codes and hints; endpoint
 * names and per-API codes are not needed to say what a code means without a path), compiled on first use.
 */
export function platformLookup(platform: Platform, codes: CodeFile, hints: HintFile): (code: Errcode, options?: LookupOptions) => LookupResult {
  let k: Knowledge | undefined;
  return (code, options) => {
    k ??= compileKnowledge({ platforms: platforms as PlatformFile, codes: [codes], hints: [hints], overrides: overrides as OverrideFile, endpoints: [], products: products as ProductFile, apiCodes: [] });
    return lookupIn(k, platform, code, options);
  };
}
