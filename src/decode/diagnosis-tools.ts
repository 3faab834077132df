import { diagnosis } from './data';
import type { Errcode, Platform } from './types';

/** The command line's name, as published. */
const BIN = 'wechat-api-inspector';
// A path the shell takes as one word, as it stands.
const SAFE_PATH = /^\/[A-Za-z0-9_./-]{1,200}$/;

export interface Bilingual {
  zh: string;
  en: string;
}

export interface RidTools {
  /** WeChat's API error diagnosis page (needs the account's admin or a developer to log in). */
  diagnosisUrl: string;
  login: Bilingual;
  /** The same lookup from a server that holds the account's access_token. */
  command: string;
  source: string;
}

export interface QuotaTools {
  /** The failing call's API path: what the quota lookup takes. */
  path: string;
  command: string;
  clearQuota: { zh: string[]; en: string[] };
  monthlyResets: number;
  source: string;
}

/** Where a rid of this platform can be looked up; null where WeChat offers no lookup. */
export function ridTools(platform: Platform, rid: string): RidTools | null {
  if (!(diagnosis.rid.platforms as string[]).includes(platform)) return null;
  return { diagnosisUrl: diagnosis.rid.diagnosisUrl, login: diagnosis.rid.login, command: `${BIN} rid ${rid}`, source: diagnosis.rid.source };
}

/** On a quota code (45009, 45011) of an API the quota lookup supports: how to look, and what a reset costs. */
export function quotaTools(platform: Platform, errcode: Errcode | null, path: string): QuotaTools | null {
  const codes: readonly number[] = platform === 'weixin' ? diagnosis.quota.codes.weixin : [];
  if (typeof errcode !== 'number' || !codes.includes(errcode) || !SAFE_PATH.test(path)) return null;
  if (diagnosis.quota.unsupportedPrefixes.some((prefix) => path.startsWith(prefix))) return null;
  const { clearQuota, monthlyResets, source } = diagnosis.quota;
  return { path, command: `${BIN} quota ${path}`, clearQuota, monthlyResets, source };
}
