import type { Platform } from '../types';
import type { CompiledOverride, Knowledge, Text, TextList } from './types';

export interface CodeInfo {
  platform: Platform;
  code: number;
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

function overrideFor(k: Knowledge, platform: Platform, code: number, path: string | undefined): CompiledOverride | undefined {
  if (path === undefined) return undefined;
  return k.overrides[platform][String(code)]?.find((o) => o.paths.some((p) => pathMatches(p, path)));
}

/** What a code means on a platform, and on the endpoint `path` when the meaning depends on it. */
export function describeCode(k: Knowledge, platform: Platform, code: number, path?: string): CodeInfo {
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

/** The endpoint's name, e.g. 发送模板消息 / Send template message; null for paths not in the catalogue. */
export function endpointName(k: Knowledge, platform: Platform, path: string): Text | null {
  const entry = k.endpoints[platform][path] ?? k.endpoints[platform][path.replace(/\/+$/, '')];
  return entry ? { zh: entry.zh, en: entry.en } : null;
}

/** Fills the `{clientIp}` placeholder of a hint with the caller IP, or a phrase when it is unknown. */
export function fillHint(text: string, clientIp: string | null, unknownIp: string): string {
  return text.replaceAll('{clientIp}', clientIp ?? unknownIp);
}
