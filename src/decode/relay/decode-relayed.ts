import { readBody } from '../body-text';
import { decodeCall } from '../decode-call';
import { parseJson } from '../errcode';
import type { CapturedCall, DecodedCall } from '../types';
import { detectRelayed, relayedPlatform } from './detect-relayed';
import { formatJsonPath, parseJsonPath, readJsonPath } from './json-path';
import { matchPathRule, platformOfPath, wechatPathStart } from './path-rules';
import { extractWithRule, matchUserRule, type CompiledRule, type RelaySettings } from './user-rules';

/** What decides which calls of other hosts carry WeChat answers: the settings and compiled user rules. */
export interface RelayConfig {
  settings: RelaySettings;
  rules: readonly CompiledRule[];
}

/** Largest answer auto-detection reads: relayed WeChat errors are small; bigger JSON is left alone. */
export const AUTO_DETECT_MAX_BYTES = 256 * 1024;

/** Why a call of another host is worth reading. */
export type RelayCandidate =
  | { by: 'user-rule'; compiled: CompiledRule; host: string; path: string }
  | { by: 'path-rule'; host: string; path: string; platform: 'weixin' | 'wecom' }
  | { by: 'auto' };

export interface ResponseFacts {
  url: string;
  method: string;
  mimeType: string;
  /** Body size as DevTools reports it; negative or unknown when it does not. */
  size: number | null;
}

const isJsonType = (mime: string): boolean => /^(application|text)\/([\w.+-]*\+)?json\b/i.test(mime.trim());

/**
 * Whether a finished request of another host may carry a WeChat answer, decided from its URL, method,
 * content type and size only, before its body is read: a user rule, a path rule, or (auto-detection
 * on) a JSON answer of at most AUTO_DETECT_MAX_BYTES. CORS preflights never.
 */
export function relayCandidate(facts: ResponseFacts, config: RelayConfig): RelayCandidate | null {
  if (facts.method.toUpperCase() === 'OPTIONS') return null;
  const rule = matchUserRule(config.rules, facts.url);
  if (rule) return { by: 'user-rule', compiled: rule.compiled, host: rule.host, path: rule.path };
  const path = matchPathRule(facts.url, config.settings.pathRulesEverywhere);
  if (path) return { by: 'path-rule', ...path };
  if (config.settings.autoDetect && isJsonType(facts.mimeType) && (facts.size === null || facts.size <= AUTO_DETECT_MAX_BYTES)) return { by: 'auto' };
  return null;
}

function urlParts(url: string): { host: string; pathname: string } {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase(), pathname: u.pathname };
  } catch {
    return { host: '', pathname: '' };
  }
}

/** The parent of a JSON path (`data.wx.errcode` → `data.wx`), for showing where the code was. */
function parentOf(path: string): string {
  const steps = parseJsonPath(path);
  return steps ? formatJsonPath(steps.slice(0, -1)) : '';
}

/**
 * Decodes a relayed call: by the user rule's JSON paths, as a WeChat answer for a path rule, or, for
 * auto-detection, only when the body holds a WeChat-looking {errcode, errmsg} (see wechatLikeness);
 * null when it does not. The platform is the rule's, else the one the errmsg names, else the path's.
 */
export function decodeRelayed(call: CapturedCall, candidate: RelayCandidate): DecodedCall | null {
  if (candidate.by === 'user-rule') {
    const rule = candidate.compiled.rule;
    const start = wechatPathStart(candidate.path);
    const apiPath = start >= 0 ? candidate.path.slice(start) : candidate.path;
    const fallback = rule.platform === 'auto' ? platformOfPath(apiPath) : rule.platform;
    const decoded = decodeCall(call, { platform: fallback, host: candidate.host, path: candidate.path }, (json) => extractWithRule(candidate.compiled, json));
    const platform = rule.platform === 'auto' ? relayedPlatform(decoded.errmsg, fallback) : rule.platform;
    return { ...decoded, platform, relay: { by: 'user-rule', ruleId: rule.id, at: parentOf(rule.errcodePath), signals: [] } };
  }
  if (candidate.by === 'path-rule') {
    const decoded = decodeCall(call, { platform: candidate.platform, host: candidate.host, path: candidate.path });
    return { ...decoded, platform: relayedPlatform(decoded.errmsg, candidate.platform), relay: { by: 'path-rule', at: '', signals: [] } };
  }
  const read = readBody(call.content, call.encoding);
  if (read.kind !== 'text' || read.fullLength > AUTO_DETECT_MAX_BYTES) return null;
  const found = detectRelayed(parseJson(read.text));
  if (!found || !found.likeness.wechat) return null;
  const { host, pathname } = urlParts(call.url);
  const start = wechatPathStart(pathname);
  const fallback = found.likeness.platform ?? platformOfPath(start >= 0 ? pathname.slice(start) : pathname);
  const at = found.at;
  const decoded = decodeCall(call, { platform: fallback, host, path: pathname }, (json) => readJsonPath(json, at));
  return { ...decoded, relay: { by: 'auto', at: formatJsonPath(at), signals: found.likeness.signals } };
}
