/** One step of a JSON path: a property name or an array index. */
export type PathStep = string | number;
/**
 * Parses a JSON path as users write it: `data.wx.errcode`, `result[0].errmsg`, `$.data.errcode`.
 * Property names are letters, digits, `_`, `-` and `$`; null for anything else (the text comes from
 * storage and the options page, so it is untrusted).
 */
export declare function parseJsonPath(text: string): PathStep[] | null;
/** The value at `steps` inside `json`, following own properties only; undefined when absent. */
export declare function readJsonPath(json: unknown, steps: readonly PathStep[]): unknown;
/** Writes steps back as text: `data.wx`, `result[0]`. */
export declare function formatJsonPath(steps: readonly PathStep[]): string;
