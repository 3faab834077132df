import type { RelayPlatform } from './wechat-likeness';
/**
 * Where a WeChat API path starts inside a URL path: at the start (a dev server proxying `/cgi-bin/*`)
 * or after a mount point (`/wx-proxy/cgi-bin/token`). -1 when the path holds no WeChat API prefix.
 */
export declare function wechatPathStart(path: string): number;
/** The platform a WeChat API path belongs to: WeCom for paths only WeCom has, weixin otherwise. */
export declare function platformOfPath(apiPath: string): RelayPlatform;
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
export declare function matchPathRule(url: string, everyHost: boolean): PathRuleMatch | null;
