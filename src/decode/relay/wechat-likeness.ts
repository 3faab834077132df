import { relay } from '../data';

export type RelayPlatform = 'weixin' | 'wecom';

/** Why an {errcode, errmsg} pair was taken for WeChat's, for the details pane and the tests. */
export interface Likeness {
  wechat: boolean;
  /** Names of the signals that matched: errmsg shapes (`rid`, `hint`, …), `phrase`, `code-range`. */
  signals: string[];
  /** The platform the errmsg names, when it names one. */
  platform: RelayPlatform | null;
}

const SHAPES = relay.wechatErrmsgShapes.map((s) => ({
  name: s.name,
  pattern: new RegExp(s.pattern),
  platform: 'platform' in s ? (s.platform as RelayPlatform) : null,
}));
const PHRASES = relay.wechatErrmsgPhrases;
const RANGES = relay.codeRanges;

/** Only the start of an errmsg is examined: WeChat's are short, and a huge one is not WeChat's. */
const MAX_ERRMSG = 2_000;

export function inWeChatCodeRange(code: number): boolean {
  return RANGES.some((r) => code >= r.from && code <= r.to);
}

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
export function wechatLikeness(errcode: number, errmsg: string): Likeness {
  const text = errmsg.slice(0, MAX_ERRMSG);
  const signals: string[] = [];
  let platform: RelayPlatform | null = null;
  for (const shape of SHAPES) {
    if (shape.pattern.test(text)) {
      signals.push(shape.name);
      platform ??= shape.platform;
    }
  }
  const lower = text.toLowerCase();
  const phrase = PHRASES.some((p) => lower.includes(p));
  if (phrase) signals.push('phrase');
  const inRange = inWeChatCodeRange(errcode);
  if (inRange) signals.push('code-range');
  const shaped = signals.some((s) => s !== 'phrase' && s !== 'code-range');
  return { wechat: errcode !== 0 && (shaped || (phrase && inRange)), signals, platform };
}
