import type { UserRule } from '../decode/relay/user-rules';
/** The devtools page's port to the background service worker, one per DevTools window. */
export declare const BADGE_PORT = "wechat-api-inspector:badge";
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
export declare const RULE_DRAFT_KEY = "ruleDraft";
/** What the toolbar badge says: nothing for no failure, at most four characters. */
export declare function badgeText(count: number): string;
export declare function isBadgeMessage(value: unknown): value is BadgeMessage;
export declare function isOpenOptionsMessage(value: unknown): value is OpenOptionsMessage;
