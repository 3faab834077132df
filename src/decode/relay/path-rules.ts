import { relay } from '../data';
import { isDevHost } from './dev-host';
import type { RelayPlatform } from './wechat-likeness';
import { parseHttpUrl } from '../http-url';
import { escapeRegExp, isLiteralUrl } from '../literal-url';

const WECOM_PREFIXES = relay.wecomPathPrefixes;
// Every prefix in one expression: the leftmost match is the earliest prefix, found in one pass over the
// path instead of one indexOf per prefix (this runs on every request of other hosts).
export const ANY_PREFIX = new RegExp(relay.pathPrefixes.map(escapeRegExp).join('|'));
// The same in a URL as written, where a backslash separates path segments as a slash does.
export const ANY_PREFIX_WRITTEN = new RegExp(relay.pathPrefixes.map((p) => escapeRegExp(p).replace(/\\\//g, '[/\\\\]')).join('|'));

/**
 * Where a WeChat API path starts inside a URL path: at the start (a dev server proxying `/cgi-bin/*`)
 * or after a mount point (`/wx-proxy/cgi-bin/token`). -1 when the path holds no WeChat API prefix.
 */
export function wechatPathStart(path: string): number {
  return ANY_PREFIX.exec(path)?.index ?? -1;
}

/** The platform a WeChat API path belongs to: WeCom for paths only WeCom has, weixin otherwise. */
export function platformOfPath(apiPath: string): RelayPlatform {
  return WECOM_PREFIXES.some((p) => apiPath === p || apiPath.startsWith(p.endsWith('/') ? p : `${p}/`) || apiPath.startsWith(`${p}?`))
    ? 'wecom'
    : 'weixin';
}

export interface PathRuleMatch {
  host: string;
  /** The WeChat API path, mount point removed: `/cgi-bin/token`. */
  path: string;
  platform: RelayPlatform;
}

/**
 * A WeChat API path on a development host (or on any host when `everyHost`): a dev server or gateway
 * proxying WeChat. null for anything else.
 */
export function matchPathRule(url: string, everyHost: boolean): PathRuleMatch | null {
  // Most traffic (scripts, images, the app's own API) is ruled out by its text, without parsing it.
  if (isLiteralUrl(url) && !ANY_PREFIX_WRITTEN.test(url)) return null;
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  // The path before the host: it rules out more.
  const start = wechatPathStart(parsed.pathname);
  if (start < 0) return null;
  const host = parsed.hostname.toLowerCase();
  if (!everyHost && !isDevHost(host)) return null;
  const path = parsed.pathname.slice(start);
  return { host, path, platform: platformOfPath(path) };
}
