import { parseJson } from '../errcode';
import { matchWeChatUrl } from '../hosts';
import { toErrcode } from '../errcode';
import { detectRelayed } from './detect-relayed';
import { matchPathRule } from './path-rules';
import { compileRule, extractWithRule, type RelaySettings, type UserRule } from './user-rules';

/** What the panel would make of a URL (and, optionally, its answer): the options page's "test a URL". */
export type UrlExplanation =
  | { kind: 'wechat-host' }
  | { kind: 'rule'; index: number; found: { errcode: number; errmsg: string | null } | null }
  | { kind: 'path'; path: string; platform: 'weixin' | 'wecom' }
  | { kind: 'auto'; found: { errcode: number; errmsg: string; wechat: boolean } | null }
  | { kind: 'none' };

export function explainUrl(url: string, body: string, settings: RelaySettings, rules: readonly UserRule[]): UrlExplanation {
  if (matchWeChatUrl(url)) return { kind: 'wechat-host' };
  const json = body.trim() === '' ? undefined : parseJson(body);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const compiled = rule.enabled ? compileRule(rule) : null;
    if (!compiled || !compiled.matches(url)) continue;
    if (json === undefined) return { kind: 'rule', index: i, found: null };
    const { errcode, errmsg } = extractWithRule(compiled, json);
    const code = toErrcode(errcode);
    return { kind: 'rule', index: i, found: code === null ? null : { errcode: code, errmsg: typeof errmsg === 'string' ? errmsg : null } };
  }
  const path = matchPathRule(url, settings.pathRulesEverywhere);
  if (path) return { kind: 'path', path: path.path, platform: path.platform };
  if (!settings.autoDetect) return { kind: 'none' };
  const found = json === undefined ? null : detectRelayed(json);
  return { kind: 'auto', found: found ? { errcode: found.errcode, errmsg: found.errmsg, wechat: found.likeness.wechat } : null };
}
