import type { Errcode, Platform } from '../types';
import type { CompiledOverride, Knowledge, Lang, Product, SourceRef, Text, TextList } from './types';
import { trimEnd } from '../trim-end';

/** An API whose own documentation defines a code the global lists lack. */
export interface DefiningApi {
  /** An exact path, or a prefix ending with '/' for a whole family. */
  path: string;
  /** The endpoint's name when the catalogue has the path. */
  name: Text | null;
  meaning: Text;
}

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
  /** Where the meaning shown was read, and when. */
  sources: SourceRef[];
  /** Where the causes and fixes shown were read, and when. */
  hintSources: SourceRef[];
  /** For a code only some APIs define, when the call is not to one of them: those APIs. Empty otherwise. */
  definedOn: DefiningApi[];
}

/** How closely `pattern` matches `path`: exact beats the longest prefix; 0 when it does not match. */
function matchLength(pattern: string, path: string): number {
  if (pattern === path) return Infinity;
  return pattern.endsWith('/') && path.startsWith(pattern) ? pattern.length : 0;
}

/** The endpoint-scoped meaning for the call's path: an exact path first, else the longest prefix. */
function overrideFor(k: Knowledge, platform: Platform, code: Errcode, path: string | undefined): CompiledOverride | undefined {
  if (path === undefined) return undefined;
  let best: CompiledOverride | undefined;
  let bestLength = 0;
  for (const o of k.overrides[platform][String(code)] ?? []) {
    for (const p of o.paths) {
      const length = matchLength(p, path);
      if (length > bestLength) [best, bestLength] = [o, length];
    }
  }
  return best;
}

function sourcesOf(k: Knowledge, set: number | undefined): SourceRef[] {
  return set === undefined ? [] : (k.sourceSets[set] ?? []).flatMap((i) => k.sources[i] ?? []);
}

/** What a code means on a platform, and on the endpoint `path` when the meaning depends on it. */
export function describeCode(k: Knowledge, platform: Platform, code: Errcode, path?: string): CodeInfo {
  const entry = k.codes[platform][String(code)];
  const override = overrideFor(k, platform, code, path);
  const site = k.platforms[platform];
  // An endpoint's own meaning brings its own hints: the global ones describe another failure.
  const hinted = override ?? entry;
  const overrideUrl = override && sourcesOf(k, override.src).find((s) => s.url)?.url;
  return {
    platform,
    code,
    known: entry !== undefined || override !== undefined,
    meaning: override ? { zh: override.zh, en: override.en } : entry ? { zh: entry.zh, en: entry.en } : null,
    legacy: !override && entry?.legacy === true,
    causes: hinted?.causes ?? null,
    fixes: hinted?.fixes ?? null,
    note: override ? null : (entry?.note ?? null),
    docUrl: overrideUrl ?? entry?.docUrl ?? site.docUrl,
    queryUrl: site.codeQueryUrl ? site.codeQueryUrl.replace('{code}', String(code)) : null,
    sources: sourcesOf(k, override ? override.src : entry?.src),
    hintSources: override ? (override.causes || override.fixes ? sourcesOf(k, override.src) : []) : sourcesOf(k, entry?.hintSrc),
    definedOn: entry || override ? [] : definingApis(k, platform, code),
  };
}

/** The APIs that define a code the global list lacks, each path once. */
function definingApis(k: Knowledge, platform: Platform, code: Errcode): DefiningApi[] {
  const seen = new Set<string>();
  return (k.overrides[platform][String(code)] ?? []).flatMap((o) =>
    o.paths.flatMap((path) => {
      if (seen.has(path)) return [];
      seen.add(path);
      return [{ path, name: endpointName(k, platform, path), meaning: { zh: o.zh, en: o.en } }];
    }),
  );
}

/** The endpoint's name, e.g. 发送模板消息 / Send template message; null for paths not in the catalogue. */
export function endpointName(k: Knowledge, platform: Platform, path: string): Text | null {
  const entry = k.endpoints[platform][path] ?? k.endpoints[platform][trimEnd(path, '/')];
  return entry ? { zh: entry.zh, en: entry.en } : null;
}

const UNKNOWN_IP: Record<Lang, string> = { zh: '你的服务器公网出口 IP', en: "your server's public egress IP" };

/**
 * Causes and fix steps in one language, the caller IP filled in (or described when unknown). An API's own
 * page may give only a reason or only a remedy: the other list is then empty.
 */
export function hintsFor(info: CodeInfo, lang: Lang, clientIp: string | null): { causes: string[]; fixes: string[] } | null {
  if (!info.causes && !info.fixes) return null;
  return { causes: info.causes?.[lang] ?? [], fixes: (info.fixes?.[lang] ?? []).map((f) => fillHint(f, clientIp, UNKNOWN_IP[lang])) };
}

/** Fills the `{clientIp}` placeholder of a hint with the caller IP, or a phrase when it is unknown. */
export function fillHint(text: string, clientIp: string | null, unknownIp: string): string {
  return text.replaceAll('{clientIp}', clientIp ?? unknownIp);
}

/**
 * Which product a call belongs to: on api.weixin.qq.com the endpoint catalogue, else the longest known
 * path prefix (Official Account, Mini Program, Open Platform, Channels); `common` when shared or unknown.
 */
export function productOf(k: Knowledge, platform: Platform, path: string): Product {
  if (platform !== 'weixin') return platform;
  const listed = k.endpoints.weixin[path]?.product as Product | undefined;
  return listed ?? k.productPrefixes.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'common';
}
