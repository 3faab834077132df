export type JssdkEvent = {
    kind: 'call';
    id: number;
    api: string;
    args: unknown;
    url: string;
    at: number;
} | {
    kind: 'result';
    id: number;
    callback: string;
    res: unknown;
    url: string;
    at: number;
} | {
    kind: 'error';
    res: unknown;
    url: string;
    at: number;
} | {
    kind: 'ready';
    url: string;
    at: number;
};
export type JssdkState = 'pending' | 'ok' | 'error';
export interface JssdkCall {
    /** Unique within a log: `j<id>@<page session>`. */
    key: string;
    api: string;
    /** The first argument as the page passed it (a JSON copy; functions are `"[function]"`). */
    args: unknown;
    /** The page URL when the call was made. */
    url: string;
    at: number;
    state: JssdkState;
    errMsg: string | null;
    /** The result object as the SDK handed it over. */
    res: unknown;
    /** The page URL when the result arrived. */
    resultUrl: string | null;
    resultAt: number | null;
}
/** One event from the page, or null when it is not shaped like one. */
export declare function parseJssdkEvent(value: unknown): JssdkEvent | null;
/** Folds the events of one page session (in order) into calls; `session` keeps keys unique across sessions. */
export declare function foldJssdkEvents(events: readonly JssdkEvent[], session: string, into?: JssdkCall[]): JssdkCall[];
