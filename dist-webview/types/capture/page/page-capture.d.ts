import { type CompiledRule, type UserRule } from '../../decode/relay/user-rules';
import type { PathPattern } from '../../decode/relay/url-pattern';
import type { DecodedCall } from '../../decode/types';
import { type PageWindow } from './builtins';
/** A relay rule given in code (there is no options page in a page): as the options page's, with defaults. */
export interface PageRule {
    /** `admin.example.com`, `*.example.com`, `localhost:3000`, `*`. */
    hostGlob: string;
    /** A path prefix (`/api/wx/`), or `{kind: 'regex', value}`; every path when absent. */
    path?: string | PathPattern;
    platform?: UserRule['platform'];
    /** JSON paths of the code and message; `errcode` / `errmsg` when absent. */
    errcodePath?: string;
    errmsgPath?: string;
    enabled?: boolean;
}
export interface PageCaptureOptions {
    rules?: readonly PageRule[];
    /** Auto-detection of relayed WeChat errors in JSON answers (on unless false). */
    autoDetect?: boolean;
    /** Path rules on every host, not only development hosts (off unless true). */
    pathRulesEverywhere?: boolean;
    /** Largest part of an answer read (bytes); 1 MiB unless given. */
    maxBodyBytes?: number;
}
export interface PageCaptureSink {
    add(call: DecodedCall): void;
}
export interface PageCapture {
    /** Rules given that were not valid and are left out. */
    readonly invalidRules: number;
    /** Applies new rules, settings and caps to the calls that finish from now on. */
    configure(options: PageCaptureOptions): void;
    /** Candidate bodies skipped because too many were being read at once. */
    readonly skipped: number;
    uninstall(): void;
}
export declare const DEFAULT_MAX_BODY_BYTES: number;
/** The rules given in code, checked as stored ones are: outside input. */
export declare function compilePageRules(rules: readonly unknown[]): {
    compiled: CompiledRule[];
    invalid: number;
};
/**
 * Capture in the page itself: wraps fetch and XMLHttpRequest (navigator.sendBeacon is left alone: it
 * has no answer to read), reads the answers of the WeChat hosts and of relay candidates (the extension's
 * path rules, auto-detection and the rules given here) up to `maxBodyBytes`, decodes them with the
 * shared decoder and hands the calls to `sink`. Installed as early as the script runs; the page keeps
 * the exact behaviour of its calls.
 */
export declare function installPageCapture(win: PageWindow, sink: PageCaptureSink, options?: PageCaptureOptions): PageCapture;
