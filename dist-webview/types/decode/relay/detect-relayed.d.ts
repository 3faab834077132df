import type { PathStep } from './json-path';
import { type Likeness, type RelayPlatform } from './wechat-likeness';
/** A WeChat {errcode, errmsg} found inside some other JSON answer. */
export interface RelayedError {
    errcode: number;
    errmsg: string;
    /** Where the object holding them sits: [] for the top level, ['data', 'wx'] for `data.wx`. */
    at: PathStep[];
    likeness: Likeness;
}
/**
 * The first {errcode (number), errmsg (string)} pair in a JSON answer, breadth first: the top level,
 * then objects nested up to three levels (`data.wx.errcode`), arrays skipped (batch results are the
 * decoder's business). Reports whether it looks like WeChat's (see wechatLikeness); null when there is
 * no pair or its errcode is 0.
 */
export declare function detectRelayed(json: unknown): RelayedError | null;
/** The platform of a relayed answer: the one its errmsg names (WeCom's link), else the path's guess. */
export declare function relayedPlatform(errmsg: string | null, fallback: RelayPlatform): RelayPlatform;
