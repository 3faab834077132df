import type { Platform } from './types';
export interface UrlMatch {
    platform: Platform;
    host: string;
    path: string;
}
/** Which WeChat platform a URL belongs to, or null for any other traffic. */
export declare function matchWeChatUrl(url: string): UrlMatch | null;
