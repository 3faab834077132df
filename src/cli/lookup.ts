import { describeCode, hintsFor, type CodeInfo } from '../decode/knowledge/lookup';
import type { Knowledge, Lang } from '../decode/knowledge/types';
import { PLATFORMS, type Errcode, type Platform } from '../decode/types';
import { cliMessages } from '../i18n/cli-messages';

/** One element of `lookup --json`: the contract of the command line. */
export interface LookupResult {
  code: Errcode;
  platform: Platform;
  known: boolean;
  meaning: string | null;
  hints: { causes: string[]; fixes: string[] } | null;
  docUrl: string;
  legacy: boolean;
}

export function lookupResult(info: CodeInfo, lang: Lang): LookupResult {
  return {
    code: info.code,
    platform: info.platform,
    known: info.known,
    meaning: info.meaning ? info.meaning[lang] : null,
    hints: hintsFor(info, lang, null),
    docUrl: info.docUrl,
    legacy: info.legacy,
  };
}

/** Each code on the platform asked for, or on every platform when none is. */
export function lookupCodes(k: Knowledge, codes: readonly Errcode[], platform: Platform | undefined, lang: Lang): LookupResult[] {
  const platforms = platform ? [platform] : PLATFORMS;
  return codes.flatMap((code) => platforms.map((p) => lookupResult(describeCode(k, p, code), lang)));
}

/** The readable form of the same results, for a terminal. */
export function formatLookup(results: readonly LookupResult[], lang: Lang): string {
  const l = cliMessages[lang].lookup;
  return results
    .map((r) => {
      const lines = [`${r.platform} ${r.code}: ${r.meaning ?? l.unknown}${r.legacy ? ` ${l.legacy}` : ''}`];
      if (r.hints) {
        lines.push(`  ${l.causes}:`, ...r.hints.causes.map((c) => `    - ${c}`));
        lines.push(`  ${l.fixes}:`, ...r.hints.fixes.map((f, i) => `    ${i + 1}. ${f}`));
      }
      if (r.known) lines.push(`  ${l.doc}: ${r.docUrl}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
