/**
 * How much of a body decoding reads and keeps. WeChat's JSON errors are small; these caps only bite on
 * media, exports and broken answers, and keep a long DevTools session's memory bounded.
 */
export declare const LIMITS: {
    /** Body text kept with a call for display and export (characters). */
    readonly keptText: number;
    /** Largest text given to JSON.parse / the XML reader; beyond it only the head is scanned. */
    readonly parsedText: number;
    /** The head scanned for errcode / errmsg in a body too large to parse (characters). */
    readonly scannedHead: number;
};
