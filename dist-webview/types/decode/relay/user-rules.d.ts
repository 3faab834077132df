import { type PathStep } from './json-path';
import { type PathPattern } from './url-pattern';
import type { RelayPlatform } from './wechat-likeness';
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
export declare const RULES_VERSION = 2;
/** What storage.sync holds under RULES_KEY. */
export interface RulesDocument {
    version: typeof RULES_VERSION;
    settings: RelaySettings;
    rules: UserRule[];
}
export declare const RULES_KEY = "relayRules";
export declare const MAX_RULES = 50;
export declare const DEFAULT_RELAY_SETTINGS: RelaySettings;
export declare function emptyRulesDocument(): RulesDocument;
/** A stored rule, checked field by field: storage is outside input. */
export declare function isUserRule(value: unknown): value is UserRule;
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
export declare function loadRulesDocument(stored: unknown): LoadedRules;
/** A rule ready to test URLs and read bodies. */
export interface CompiledRule {
    rule: UserRule;
    matches(url: string): {
        host: string;
        path: string;
    } | null;
    errcodeAt: PathStep[];
    errmsgAt: PathStep[];
}
export declare function compileRule(rule: UserRule): CompiledRule | null;
/** The first enabled rule that matches a URL. */
export declare function matchUserRule(rules: readonly CompiledRule[], url: string): {
    compiled: CompiledRule;
    host: string;
    path: string;
} | null;
/** The {errcode, errmsg} object a rule points at, for the decoder to read like a WeChat answer. */
export declare function extractWithRule(compiled: CompiledRule, json: unknown): {
    errcode: unknown;
    errmsg: unknown;
};
/** A rule prefilled from a call: its host, its path as a prefix, and where its code was found. */
export declare function draftRuleFromCall(url: string, at: readonly PathStep[] | null, platform: RelayPlatform | 'auto'): Omit<UserRule, 'id'> | null;
