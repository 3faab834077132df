import { describeCode, hintsFor, type CodeInfo } from '../decode/knowledge/lookup';
import type { Knowledge, Lang, SourceRef } from '../decode/knowledge/types';
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
export function lookupCodes(k: Knowledge, codes: readonly Errcode[], platform: Platform | undefined): CodeInfo[] {
  const platforms = platform ? [platform] : PLATFORMS;
  return codes.flatMap((code) => platforms.map((p) => describeCode(k, p, code)));
}

/** "WxJava … (url) · wechatpy … (url) (checked 2026-11-21)": where a meaning was read, and when. */
function formatSources(sources: readonly SourceRef[], checked: string): string {
  const dates = [...new Set(sources.map((s) => s.checked))].map((d) => `${checked} ${d}`).join(', ');
  return `${sources.map((s) => (s.title && s.url ? `${s.title} (${s.url})` : (s.title ?? s.url))).join(' · ')} (${dates})`;
}

/** The readable form of the same results, for a terminal; it also names the APIs that define a per-API code. */
export function formatLookup(infos: readonly CodeInfo[], lang: Lang): string {
  const l = cliMessages[lang].lookup;
  return infos
    .map((info) => {
      const r = lookupResult(info, lang);
      const unknown = info.definedOn.length > 0 ? l.noGlobal : l.unknown;
      const lines = [`${r.platform} ${r.code}: ${r.meaning ?? unknown}${r.legacy ? ` ${l.legacy}` : ''}`];
      if (info.sources.length > 0) lines.push(`  ${l.source}: ${formatSources(info.sources, l.checked)}`);
      if (info.definedOn.length > 0) {
        lines.push(`  ${l.definedBy}`);
        for (const api of info.definedOn) lines.push(`    - ${api.path}${api.name ? ` (${api.name[lang]})` : ''}: ${api.meaning[lang]}`);
      }
      if (r.hints?.causes.length) lines.push(`  ${l.causes}:`, ...r.hints.causes.map((c) => `    - ${c}`));
      if (r.hints?.fixes.length) lines.push(`  ${l.fixes}:`, ...r.hints.fixes.map((f, i) => `    ${i + 1}. ${f}`));
      if (r.known) lines.push(`  ${l.doc}: ${r.docUrl}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
