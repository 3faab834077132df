/** errcode and errmsg as WeChat puts them at the top level of a JSON answer. */
export interface ErrorFields {
    errcode: number | null;
    errmsg: string | null;
}
/** WeChat sends errcode as a number, some proxies as a numeric string: both count. */
export declare function toErrcode(value: unknown): number | null;
export declare function readErrorFields(json: unknown): ErrorFields;
/** Parses text as JSON; undefined when it is not JSON. */
export declare function parseJson(text: string): unknown;
