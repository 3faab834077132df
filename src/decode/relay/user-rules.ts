import { trimEnd } from '../trim-end';
import { formatJsonPath, parseJsonPath, readJsonPath, type PathStep } from './json-path';
import { compileHostGlob, compilePathPattern, isHostGlob, isPathPattern, type PathPattern } from './url-pattern';
import type { RelayPlatform } from './wechat-likeness';
import { parseHttpUrl } from '../http-url';

/** A user's rule: calls to these URLs carry a WeChat {errcode, errmsg}, here in the body. */
export interface UserRule {
  id: string;
  enabled: boolean;
  /** `*.example.com`, `admin.example.com`, `localhost:3000`, `*`. */
  hostGlob: string;
  path: PathPattern;
  /** `auto`: told from the errmsg (WeCom names its domain) and the path. */
  platform: RelayPlatform | 'auto';
  /** JSON paths of the code and the message: `errcode` / `errmsg` at the top, `data.wx.errcode` / `data.wx.errmsg` in a wrapper. */
  errcodePath: string;
  errmsgPath: string;
}

export interface RelaySettings {
  /** Decode any JSON answer of the page with a WeChat-looking {errcode, errmsg}. */
  autoDetect: boolean;
  /** Path rules (`/cgi-bin/`, `/sns/`, …) on every host, not only development hosts. */
  pathRulesEverywhere: boolean;
}

export const RULES_VERSION = 2;

/** What storage.sync holds under RULES_KEY. */
export interface RulesDocument {
  version: typeof RULES_VERSION;
  settings: RelaySettings;
  rules: UserRule[];
}

export const RULES_KEY = 'relayRules';
export const MAX_RULES = 50;
export const DEFAULT_RELAY_SETTINGS: RelaySettings = { autoDetect: true, pathRulesEverywhere: false };

export function emptyRulesDocument(): RulesDocument {
  return { version: RULES_VERSION, settings: { ...DEFAULT_RELAY_SETTINGS }, rules: [] };
}

const PLATFORMS = new Set(['weixin', 'wecom', 'auto']);

/** A stored rule, checked field by field: storage is outside input. */
export function isUserRule(value: unknown): value is UserRule {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r['id'] === 'string' && r['id'].length > 0 && r['id'].length <= 64 &&
    typeof r['enabled'] === 'boolean' &&
    typeof r['hostGlob'] === 'string' && isHostGlob(r['hostGlob']) &&
    isPathPattern(r['path']) &&
    typeof r['platform'] === 'string' && PLATFORMS.has(r['platform']) &&
    typeof r['errcodePath'] === 'string' && parseJsonPath(r['errcodePath']) !== null &&
    typeof r['errmsgPath'] === 'string' && parseJsonPath(r['errmsgPath']) !== null
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/*
 * Migrations, one per version step. Version 1 was the first draft of this feature: one `pattern`
 * string "host/path-prefix" and `codePath`, the object holding errcode and errmsg. Version 2 splits
 * host and path (prefix or regex), names the two JSON paths separately and can switch a rule off.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  1: (v1) => {
    const rules = Array.isArray(v1['rules']) ? v1['rules'] : [];
    return {
      version: 2,
      settings: { autoDetect: typeof v1['autoDetect'] === 'boolean' ? v1['autoDetect'] : true, pathRulesEverywhere: false },
      rules: rules.map((rule: unknown, i: number) => {
        if (!isRecord(rule) || typeof rule['pattern'] !== 'string') return null;
        const slash = rule['pattern'].indexOf('/');
        const host = slash < 0 ? rule['pattern'] : rule['pattern'].slice(0, slash);
        const prefix = slash < 0 ? '/' : trimEnd(rule['pattern'].slice(slash), '*');
        const codePath = typeof rule['codePath'] === 'string' && rule['codePath'] !== '' ? `${rule['codePath']}.` : '';
        return {
          id: `r${i + 1}`,
          enabled: true,
          hostGlob: host,
          path: { kind: 'prefix', value: prefix },
          platform: rule['platform'] ?? 'auto',
          errcodePath: `${codePath}errcode`,
          errmsgPath: `${codePath}errmsg`,
        };
      }),
    };
  },
};

export interface LoadedRules {
  document: RulesDocument;
  /** Stored rules that failed validation and were left out. */
  dropped: number;
  /** The version the stored document had, when a migration ran. */
  migratedFrom: number | null;
  /** Written by a newer version of the extension: use the defaults, and do not overwrite it. */
  readOnly: boolean;
}

/** Reads what storage held (anything at all) into a valid current document. Never throws. */
export function loadRulesDocument(stored: unknown): LoadedRules {
  if (!isRecord(stored) || typeof stored['version'] !== 'number' || !Number.isInteger(stored['version'])) {
    return { document: emptyRulesDocument(), dropped: 0, migratedFrom: null, readOnly: false };
  }
  const from = stored['version'];
  if (from > RULES_VERSION) return { document: emptyRulesDocument(), dropped: 0, migratedFrom: null, readOnly: true };
  let doc: Record<string, unknown> = stored;
  for (let v = from; v < RULES_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { document: emptyRulesDocument(), dropped: 0, migratedFrom: null, readOnly: false };
    doc = step(doc);
  }
  const settings = isRecord(doc['settings']) ? doc['settings'] : {};
  const raw = Array.isArray(doc['rules']) ? (doc['rules'] as unknown[]) : [];
  const rules = raw.filter(isUserRule).slice(0, MAX_RULES);
  return {
    document: {
      version: RULES_VERSION,
      settings: {
        autoDetect: typeof settings['autoDetect'] === 'boolean' ? settings['autoDetect'] : DEFAULT_RELAY_SETTINGS.autoDetect,
        pathRulesEverywhere: typeof settings['pathRulesEverywhere'] === 'boolean' ? settings['pathRulesEverywhere'] : DEFAULT_RELAY_SETTINGS.pathRulesEverywhere,
      },
      rules,
    },
    dropped: raw.length - rules.length,
    migratedFrom: from < RULES_VERSION ? from : null,
    readOnly: false,
  };
}

/** A rule ready to test URLs and read bodies. */
export interface CompiledRule {
  rule: UserRule;
  matches(url: string): { host: string; path: string } | null;
  errcodeAt: PathStep[];
  errmsgAt: PathStep[];
}

export function compileRule(rule: UserRule): CompiledRule | null {
  const host = compileHostGlob(rule.hostGlob);
  const path = compilePathPattern(rule.path);
  const errcodeAt = parseJsonPath(rule.errcodePath);
  const errmsgAt = parseJsonPath(rule.errmsgPath);
  if (!host || !path || !errcodeAt || !errmsgAt) return null;
  return {
    rule,
    errcodeAt,
    errmsgAt,
    matches(url) {
      const parsed = parseHttpUrl(url);
      if (!parsed) return null;
      return host(parsed.hostname, parsed.port) && path(parsed.pathname) ? { host: parsed.hostname.toLowerCase(), path: parsed.pathname } : null;
    },
  };
}

/** The first enabled rule that matches a URL. */
export function matchUserRule(rules: readonly CompiledRule[], url: string): { compiled: CompiledRule; host: string; path: string } | null {
  for (const compiled of rules) {
    if (!compiled.rule.enabled) continue;
    const m = compiled.matches(url);
    if (m) return { compiled, ...m };
  }
  return null;
}

/** The {errcode, errmsg} object a rule points at, for the decoder to read like a WeChat answer. */
export function extractWithRule(compiled: CompiledRule, json: unknown): { errcode: unknown; errmsg: unknown } {
  return { errcode: readJsonPath(json, compiled.errcodeAt), errmsg: readJsonPath(json, compiled.errmsgAt) };
}

/** A rule prefilled from a call: its host, its path as a prefix, and where its code was found. */
export function draftRuleFromCall(url: string, at: readonly PathStep[] | null, platform: RelayPlatform | 'auto'): Omit<UserRule, 'id'> | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const base = at && at.length > 0 ? `${formatJsonPath(at)}.` : '';
  return {
    enabled: true,
    hostGlob: parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname,
    path: { kind: 'prefix', value: parsed.pathname },
    platform,
    errcodePath: `${base}errcode`,
    errmsgPath: `${base}errmsg`,
  };
}
