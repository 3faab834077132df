import type { Errcode, Platform } from '../types';
import type { CompiledOverride, Knowledge, Lang, Product, Text, TextList } from './types';

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
}

function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('/') ? path.startsWith(pattern) : path === pattern;
}

function overrideFor(k: Knowledge, platform: Platform, code: Errcode, path: string | undefined): CompiledOverride | undefined {
  if (path === undefined) return undefined;
  return k.overrides[platform][String(code)]?.find((o) => o.paths.some((p) => pathMatches(p, path)));
}

/** What a code means on a platform, and on the endpoint `path` when the meaning depends on it. */
export function describeCode(k: Knowledge, platform: Platform, code: Errcode, path?: string): CodeInfo {
  const entry = k.codes[platform][String(code)];
  const override = overrideFor(k, platform, code, path);
  const site = k.platforms[platform];
  return {
    platform,
    code,
    known: entry !== undefined || override !== undefined,
    meaning: override ? { zh: override.zh, en: override.en } : entry ? { zh: entry.zh, en: entry.en } : null,
    legacy: entry?.legacy === true,
    causes: override?.causes ?? entry?.causes ?? null,
    fixes: override?.fixes ?? entry?.fixes ?? null,
    note: entry?.note ?? null,
    docUrl: entry?.docUrl ?? site.docUrl,
    queryUrl: site.codeQueryUrl ? site.codeQueryUrl.replace('{code}', String(code)) : null,
  };
}

/** `text` without the run of `ch` at its end (a loop: `/x+$/` is quadratic on a long run followed by another character). */
export function trimEnd(text: string, ch: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ch) end--;
  return text.slice(0, end);
}

/** The endpoint's name, e.g. 发送模板消息 / Send template message; null for paths not in the catalogue. */
export function endpointName(k: Knowledge, platform: Platform, path: string): Text | null {
  const entry = k.endpoints[platform][path] ?? k.endpoints[platform][trimEnd(path, '/')];
  return entry ? { zh: entry.zh, en: entry.en } : null;
}

const UNKNOWN_IP: Record<Lang, string> = { zh: '你的服务器公网出口 IP', en: "your server's public egress IP" };

/** Causes and fix steps in one language, the caller IP filled in (or described when unknown). */
export function hintsFor(info: CodeInfo, lang: Lang, clientIp: string | null): { causes: string[]; fixes: string[] } | null {
  if (!info.causes || !info.fixes) return null;
  return { causes: info.causes[lang], fixes: info.fixes[lang].map((f) => fillHint(f, clientIp, UNKNOWN_IP[lang])) };
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
