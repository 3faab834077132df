import type { UserRule } from '../../decode/relay/user-rules';

/** The devtools page's port to the background service worker, one per DevTools window. */
export const BADGE_PORT = 'wechat-api-inspector:badge';

/** Sent over the badge port: the failing WeChat calls now in the log of the inspected tab. */
export interface BadgeMessage {
  type: 'failures';
  tabId: number;
  count: number;
}

/** Sent with runtime.sendMessage from the panel: open the options page with a rule drafted from a call. */
export interface OpenOptionsMessage {
  type: 'open-options';
  draft: Omit<UserRule, 'id'> | null;
}

/** storage.local key of the rule draft the options page picks up once. */
export const RULE_DRAFT_KEY = 'ruleDraft';

/** What the toolbar badge says: nothing for no failure, at most four characters. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

export function isBadgeMessage(value: unknown): value is BadgeMessage {
  const m = value as Partial<BadgeMessage> | null;
  return m !== null && typeof m === 'object' && m.type === 'failures' && typeof m.tabId === 'number' && typeof m.count === 'number';
}

export function isOpenOptionsMessage(value: unknown): value is OpenOptionsMessage {
  const m = value as Partial<OpenOptionsMessage> | null;
  return m !== null && typeof m === 'object' && m.type === 'open-options' && (m.draft === null || (typeof m.draft === 'object' && m.draft !== undefined));
}
