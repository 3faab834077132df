export type RelayPlatform = 'weixin' | 'wecom';
/** Why an {errcode, errmsg} pair was taken for WeChat's, for the details pane and the tests. */
export interface Likeness {
    wechat: boolean;
    /** Names of the signals that matched: errmsg shapes (`rid`, `hint`, …), `phrase`, `code-range`. */
    signals: string[];
    /** The platform the errmsg names, when it names one. */
    platform: RelayPlatform | null;
}
export declare function inWeChatCodeRange(code: number): boolean;
/**
 * Whether an {errcode, errmsg} pair looks like WeChat's own answer rather than a business API's that
 * happens to use the same field names. WeChat-like when
 *  1. the errmsg has a shape only WeChat writes (a `rid: xxxxxxxx-xxxxxxxx-xxxxxxxx` request id, a
 *     `hint: [..]` or `hints: [ req_id: .. ]`, WeCom's `more info at https://open.work.weixin.qq.com/…`),
 *     whatever the code; or
 *  2. the code lies in a range WeChat uses AND the errmsg contains one of WeChat's own English errmsg
 *     phrases (`invalid ip`, `access_token expired`, `api unauthorized`, …).
 * A code in range with any other errmsg (`40001 参数错误`, `40100 token invalid`), a WeChat phrase
 * with a code WeChat does not use, and errcode 0 are not.
 */
export declare function wechatLikeness(errcode: number, errmsg: string): Likeness;
