import type { CapturedCall, DecodedCall } from '../types';
import { type CompiledRule, type RelaySettings } from './user-rules';
/** What decides which calls of other hosts carry WeChat answers: the settings and compiled user rules. */
export interface RelayConfig {
    settings: RelaySettings;
    rules: readonly CompiledRule[];
}
/** Largest answer auto-detection reads: relayed WeChat errors are small; bigger JSON is left alone. */
export declare const AUTO_DETECT_MAX_BYTES: number;
/** Why a call of another host is worth reading. */
export type RelayCandidate = {
    by: 'user-rule';
    compiled: CompiledRule;
    host: string;
    path: string;
} | {
    by: 'path-rule';
    host: string;
    path: string;
    platform: 'weixin' | 'wecom';
} | {
    by: 'auto';
};
export interface ResponseFacts {
    url: string;
    method: string;
    mimeType: string;
    /** Body size as DevTools reports it; negative or unknown when it does not. */
    size: number | null;
}
/**
 * Whether a finished request of another host may carry a WeChat answer, decided from its URL, method,
 * content type and size only, before its body is read: a user rule, a path rule, or (auto-detection
 * on) a JSON answer of at most AUTO_DETECT_MAX_BYTES. CORS preflights never.
 */
export declare function relayCandidate(facts: ResponseFacts, config: RelayConfig): RelayCandidate | null;
/**
 * Decodes a relayed call: by the user rule's JSON paths, as a WeChat answer for a path rule, or, for
 * auto-detection, only when the body holds a WeChat-looking {errcode, errmsg} (see wechatLikeness);
 * null when it does not. The platform is the rule's, else the one the errmsg names, else the path's.
 */
export declare function decodeRelayed(call: CapturedCall, candidate: RelayCandidate): DecodedCall | null;
