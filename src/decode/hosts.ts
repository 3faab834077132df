import { hosts as hostsData } from './data';
import type { Platform } from './types';
import { parseHttpUrl } from './http-url';
import { escapeRegExp, isLiteralUrl } from './literal-url';

const platformByHost = new Map<string, Platform>(
  hostsData.hosts.map((h) => [h.host, h.platform as Platform]),
);

export const ANY_HOST = new RegExp(hostsData.hosts.map((h) => escapeRegExp(h.host)).join('|'), 'i');

export interface UrlMatch {
  platform: Platform;
  host: string;
  path: string;
}

/** Which WeChat platform a URL belongs to, or null for any other traffic. */
export function matchWeChatUrl(url: string): UrlMatch | null {
  if (isLiteralUrl(url) && !ANY_HOST.test(url)) return null;
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  const platform = platformByHost.get(host);
  if (!platform) return null;
  return { platform, host, path: parsed.pathname };
}
