import type { PathStep } from './json-path';
import { wechatLikeness, type Likeness, type RelayPlatform } from './wechat-likeness';

/** A WeChat {errcode, errmsg} found inside some other JSON answer. */
export interface RelayedError {
  errcode: number;
  errmsg: string;
  /** Where the object holding them sits: [] for the top level, ['data', 'wx'] for `data.wx`. */
  at: PathStep[];
  likeness: Likeness;
}

/** How deep inside a wrapper the pair is looked for (`data.wx` is 2), and how many objects are visited. */
const MAX_DEPTH = 3;
const MAX_VISITED = 200;

function pairOf(value: unknown): { errcode: number; errmsg: string } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const errcode = record['errcode'];
  const errmsg = record['errmsg'];
  // A numeric errcode and a string errmsg, as WeChat writes them; numeric strings are a business API's.
  if (typeof errcode !== 'number' || !Number.isInteger(errcode) || typeof errmsg !== 'string') return null;
  return { errcode, errmsg };
}

/**
 * The first {errcode (number), errmsg (string)} pair in a JSON answer, breadth first: the top level,
 * then objects nested up to three levels (`data.wx.errcode`), arrays skipped (batch results are the
 * decoder's business). Reports whether it looks like WeChat's (see wechatLikeness); null when there is
 * no pair or its errcode is 0.
 */
export function detectRelayed(json: unknown): RelayedError | null {
  const queue: Array<{ value: unknown; at: PathStep[] }> = [{ value: json, at: [] }];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_VISITED) {
    const { value, at } = queue.shift()!;
    visited++;
    const pair = pairOf(value);
    if (pair) {
      if (pair.errcode === 0) return null;
      return { ...pair, at, likeness: wechatLikeness(pair.errcode, pair.errmsg) };
    }
    if (at.length >= MAX_DEPTH || value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object' && !Array.isArray(child)) queue.push({ value: child, at: [...at, key] });
    }
  }
  return null;
}

/** The platform of a relayed answer: the one its errmsg names (WeCom's link), else the path's guess. */
export function relayedPlatform(errmsg: string | null, fallback: RelayPlatform): RelayPlatform {
  if (errmsg === null) return fallback;
  return wechatLikeness(1, errmsg).platform ?? fallback;
}
