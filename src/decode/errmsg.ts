import type { Masker } from './mask';
/** The parts WeChat packs into an errmsg after its English text. */
export interface ErrmsgFields {
  text: string;
  /** `rid: xxxxxxxx-xxxxxxxx-xxxxxxxx` (api.weixin.qq.com since about 2020). */
  rid: string | null;
  /** When the call was made, from the rid's first group (hex Unix seconds), ISO 8601. */
  ridTime: string | null;
  /** `hint: [..]` (older api.weixin.qq.com, WeCom) or `hints: [ req_id: .. ]` (/sns/ endpoints). */
  hint: string | null;
  /** The caller's IP: WeCom's `from ip: X`, or the address inside 40164's `invalid ip X ipv6 …`. */
  clientIp: string | null;
  /** `more info at URL` / `more details at URL` / `view more at URL`. */
  moreInfoUrl: string | null;
  /** `Warning: wrong json format.`: WeChat could not parse the request body as JSON. */
  jsonWarning: boolean;
}

const RID = /\brid:\s*([0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8})\b/i;
const FROM_IP = /\bfrom ip:\s*([0-9a-f.:]+[0-9a-f])/i;
const INVALID_IP = /\binvalid ip\s+([0-9a-f.:]+[0-9a-f])/i;
const MORE_INFO = /\b(?:more info at|more details at|view more at)\s+(https?:\/\/[^\s,]+)/i;
const JSON_WARNING = /warning:\s*wrong json format\./i;

/** 8 hex digits of Unix seconds between 2015 and 2100; anything else is not a time. */
function ridTime(rid: string): string | null {
  const seconds = parseInt(rid.slice(0, 8), 16);
  if (seconds < 1_420_070_400 || seconds > 4_102_444_800) return null;
  return new Date(seconds * 1000).toISOString();
}

/**
 * The text inside `label [ … ]` (`hint: [..]`, `hints: [ req_id: .. ]`), read with indexOf: a pattern
 * for it backtracked (cubic with `\s*([^\]]*?)\s*`, quadratic on repeated labels without `]`).
 */
function bracketAfter(errmsg: string, label: string): string | null {
  const lower = errmsg.toLowerCase();
  for (let at = lower.indexOf(label); at >= 0; at = lower.indexOf(label, at + 1)) {
    if (at > 0 && /\w/.test(errmsg[at - 1]!)) continue;
    let i = at + label.length;
    while (i < errmsg.length && /\s/.test(errmsg[i]!)) i++;
    if (errmsg[i] !== '[') continue;
    const close = errmsg.indexOf(']', i + 1);
    // No `]` after this one: none after any later label either.
    if (close < 0) return null;
    return errmsg.slice(i + 1, close);
  }
  return null;
}

/** `hints: [ req_id: X ]`: X, a run without spaces. */
function hints(errmsg: string): string | null {
  const inside = bracketAfter(errmsg, 'hints:');
  if (inside === null) return null;
  let value = inside.trim();
  if (value.toLowerCase().startsWith('req_id:') && value.slice(7).trim() !== '') value = value.slice(7).trim();
  return value !== '' && !/\s/.test(value) ? value : null;
}

function cleanIp(ip: string): string {
  return ip.replace(/^::ffff:/i, '');
}

export function parseErrmsg(errmsg: string): ErrmsgFields {
  const rid = RID.exec(errmsg)?.[1] ?? null;
  const ip = FROM_IP.exec(errmsg)?.[1] ?? INVALID_IP.exec(errmsg)?.[1] ?? null;
  return {
    text: errmsg,
    rid,
    ridTime: rid ? ridTime(rid) : null,
    hint: hints(errmsg) ?? (bracketAfter(errmsg, 'hint:')?.trim() || null),
    clientIp: ip ? cleanIp(ip) : null,
    moreInfoUrl: MORE_INFO.exec(errmsg)?.[1] ?? null,
    jsonWarning: JSON_WARNING.test(errmsg),
  };
}

/** The fields as they may be shown: the text, hint and "more info" URL through the masker (rid and IP are not secrets). */
export function maskErrmsgFields(fields: ErrmsgFields, mask: Pick<Masker, 'text' | 'url'>): ErrmsgFields {
  return { ...fields, text: mask.text(fields.text), hint: fields.hint === null ? null : mask.text(fields.hint), moreInfoUrl: fields.moreInfoUrl === null ? null : mask.url(fields.moreInfoUrl) };
}
