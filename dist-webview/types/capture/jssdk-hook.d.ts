export declare const HOOK_KEY = "__wechatApiInspectorJssdk";
export interface HookDrain {
    installed: boolean;
    events: unknown[];
    dropped: number;
    href: string;
}
/** What the hook leaves on `window[key]`: the extension drains it, the plugin listens to it. */
export interface InstalledHook {
    drain(): HookDrain;
    /** Every later event goes to `listener` as it happens; returns the unsubscribe. */
    listen(listener: (event: unknown) => void): () => void;
}
export declare function jssdkHook(key: string, listener?: (event: unknown) => void): HookDrain;
/** The expression evaluated in the page: installs the hook once, then drains it. */
export declare const hookExpression: string;
/** Drains without installing: answers `installed: false` after a navigation wiped the hook. */
export declare const drainExpression: string;
