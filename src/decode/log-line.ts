import { hosts as hostsData } from './data';
import { wechatLikeness } from './relay/wechat-likeness';
import type { Errcode, Platform } from './types';
import { trimEnd } from './trim-end';

/**
 * WeChat answers written into a line of a log: what the server got back from WeChat, in the shapes
 * backends log it. Every search here is bounded (a window after a literal found by indexOf) and every
 * pattern is linear, so a line of any length costs time in proportion to it.
 */

/** How the answer was written. */
export type LogForm =
  /** `{"errcode":40164,"errmsg":"…"}` anywhere in the line. */
  | 'json'
  /** The same object as text inside a JSON string field: `"msg":"… {\"errcode\":40164, …}"`. */
  | 'json-escaped'
  /** `errcode=40164, errmsg=…` / `errcode: 40164 errmsg: …` */
  | 'key-value'
  /** WxJava's WxError: `错误代码：40164, 错误信息：…` (also in `WxErrorException: …`). */
  | 'wxjava'
  /** wechatpy's WeChatClientException: `Error code: 40164, message: …`. */
  | 'wechatpy'
  /** WeChat Pay API v3: `{"code":"PARAM_ERROR","message":"…"}` with its Request-ID. */
  | 'pay-v3'
  /** A JS-SDK result: `config:fail …`, `errMsg: "chooseImage:fail …"`. */
  | 'jssdk';

export interface LogAnswer {
  form: LogForm;
  /** Number for WeChat and WeCom; WeChat Pay v3's code is a word. Null for a JS-SDK errMsg. */
  errcode: Errcode | null;
  /** The errmsg, or Pay's message, or the JS-SDK errMsg. */
  errmsg: string | null;
  /** The platform the line tells (a WeChat host in it, WeCom's wording); null when it does not. */
  platform: Platform | null;
  /** WeChat Pay's Request-ID, when the line carries it. */
  requestId: string | null;
}

/** How far from a key its partner (errmsg, message, Request-ID) is looked for. */
const WINDOW = 1_000;
/** The longest errmsg read; WeChat's are far shorter. */
const MAX_MESSAGE = 600;

const platformByHost = hostsData.hosts.map((h) => ({ host: h.host, platform: h.platform as Platform }));

/** The platform of the first WeChat host named in the text, the longest host first (api.mch before api). */
function hostPlatform(line: string): Platform | null {
  if (!line.includes('weixin.qq.com')) return null;
  let best: { host: string; platform: Platform } | null = null;
  for (const h of platformByHost) if (line.includes(h.host) && (!best || h.host.length > best.host.length)) best = h;
  return best?.platform ?? null;
}

/** Literals that every form contains: lines without any are never looked at further. */
const GATES = ['rrcode', 'RRCODE', 'rrCode', '错误代码', 'Error code:', '"code', 'code\\"', ':fail', ':invalid', ':permission', ':the permission'];

export function mayHoldAnswer(text: string): boolean {
  for (const gate of GATES) if (text.includes(gate)) return true;
  return false;
}

const CODE_KEY = /errcode/gi;
/** After `errcode`: JSON (`":`, `\":`, a quoted number) or key-value (`=`, `:`). */
const CODE_VALUE = /(\\?")?\s{0,8}[:=]\s{0,8}(\\?"|')?(-?\d{1,12})(?!\d)/y;
const MSG_KEY = /errmsg/gi;
const KV_MSG_VALUE = /\s{0,8}[:=]\s{0,8}/y;

/** A JSON string's body from `at` (after its opening quote): up to the closing quote, unescaped. */
function jsonStringAt(line: string, at: number, escaped: boolean): string | null {
  const close = escaped ? '\\"' : '"';
  let end = at;
  const limit = Math.min(line.length, at + MAX_MESSAGE * 2);
  for (;;) {
    end = line.indexOf(close, end);
    if (end < 0 || end > limit) return null;
    if (escaped) break;
    // an escaped quote inside the string: count the backslashes before it
    let k = end - 1;
    while (k >= at && line.charCodeAt(k) === 0x5c) k--;
    if ((end - 1 - k) % 2 === 0) break;
    end++;
  }
  return unescapeJson(line.slice(at, end), escaped);
}

function unescapeJson(body: string, twice: boolean): string | null {
  try {
    const once = JSON.parse(`"${body}"`) as string;
    if (!twice) return once;
    try {
      return JSON.parse(`"${once}"`) as string;
    } catch {
      return once;
    }
  } catch {
    return twice ? body : null;
  }
}

/** The errmsg value following an `errmsg` key at `keyEnd`, in whichever form it is written. */
function messageAt(line: string, keyEnd: number): string | null {
  const rest = line.slice(keyEnd, keyEnd + 16);
  const json = /^(\\?")\s{0,8}:\s{0,8}(\\?")/.exec(rest);
  if (json) return jsonStringAt(line, keyEnd + json[0].length, json[1] === '\\"');
  KV_MSG_VALUE.lastIndex = keyEnd;
  if (!KV_MSG_VALUE.test(line)) return null;
  return plainMessage(line, KV_MSG_VALUE.lastIndex);
}

/** A message written as plain text up to the end of the line (or its closing quote, when quoted). */
function plainMessage(line: string, at: number): string {
  const quote = line[at];
  if (quote === '"' || quote === "'") {
    const end = line.indexOf(quote, at + 1);
    if (end > 0 && end - at <= MAX_MESSAGE) return line.slice(at + 1, end);
  }
  return trimEnd(line.slice(at, at + MAX_MESSAGE), ' \t)}]"\',;，').trim();
}

/** The errmsg belonging to the errcode at `codeAt`: the nearest `errmsg` key after it, else before it. */
function errmsgNear(line: string, codeAt: number, codeEnd: number, nextCodeAt: number): string | null {
  const after = findKey(line, MSG_KEY, codeEnd, Math.min(nextCodeAt, codeEnd + WINDOW));
  if (after >= 0) return messageAt(line, after + 6);
  let before = -1;
  const from = Math.max(0, codeAt - WINDOW);
  for (let at = findKey(line, MSG_KEY, from, codeAt); at >= 0; at = findKey(line, MSG_KEY, at + 6, codeAt)) before = at;
  return before >= 0 ? messageAt(line, before + 6) : null;
}

function findKey(line: string, key: RegExp, from: number, to: number): number {
  key.lastIndex = from;
  const match = key.exec(line);
  return match && match.index < to ? match.index : -1;
}

function likeWeChat(errcode: number, errmsg: string | null, hostTold: boolean): { wechat: boolean; platform: Platform | null } {
  if (hostTold) return { wechat: true, platform: null };
  const likeness = wechatLikeness(errcode, errmsg ?? '');
  return { wechat: likeness.wechat, platform: likeness.platform };
}

/** `errcode` keys: JSON, escaped JSON, key-value. A business API's own {errcode, errmsg} is left out. */
function codeAnswers(line: string, host: Platform | null): LogAnswer[] {
  const answers: LogAnswer[] = [];
  const keys: number[] = [];
  CODE_KEY.lastIndex = 0;
  for (let m = CODE_KEY.exec(line); m; m = CODE_KEY.exec(line)) keys.push(m.index);
  keys.forEach((at, i) => {
    CODE_VALUE.lastIndex = at + 7;
    const value = CODE_VALUE.exec(line);
    if (!value) return;
    const quotedKey = value[1] !== undefined;
    const before = line[at - 1];
    // `errcode` must be a whole key: not `myerrcode`, and quoted on both sides when it is JSON.
    if (before !== undefined && /[A-Za-z0-9_]/.test(before)) return;
    if (quotedKey !== (before === '"')) return;
    const errcode = Number(value[3]);
    if (errcode === 0) return;
    const errmsg = errmsgNear(line, at, CODE_VALUE.lastIndex, keys[i + 1] ?? line.length);
    const like = likeWeChat(errcode, errmsg, host !== null);
    if (!like.wechat) return;
    const form: LogForm = value[1] === '\\"' ? 'json-escaped' : quotedKey ? 'json' : 'key-value';
    answers.push({ form, errcode, errmsg, platform: host ?? like.platform, requestId: null });
  });
  return answers;
}

/** WxJava (`错误代码：N, 错误信息：M[，微信原始报文：…]`) and wechatpy (`Error code: N, message: M`). */
function sdkAnswers(line: string, host: Platform | null): LogAnswer[] {
  const answers: LogAnswer[] = [];
  const forms: Array<{ form: LogForm; code: RegExp; message: RegExp; end: string | null }> = [
    { form: 'wxjava', code: /错误代码\s{0,4}[:：]\s{0,4}(-?\d{1,12})(?!\d)/g, message: /[,，]\s{0,4}错误信息\s{0,4}[:：]\s{0,4}/y, end: '微信原始报文' },
    { form: 'wechatpy', code: /Error code:\s{0,4}(-?\d{1,12})(?!\d)/g, message: /,\s{0,4}message:\s{0,4}/y, end: null },
  ];
  for (const { form, code, message, end } of forms) {
    code.lastIndex = 0;
    for (let m = code.exec(line); m; m = code.exec(line)) {
      const errcode = Number(m[1]);
      if (errcode === 0) continue;
      message.lastIndex = code.lastIndex;
      let errmsg: string | null = null;
      if (message.test(line)) {
        const stop = end === null ? -1 : line.indexOf(end, message.lastIndex);
        const text = stop < 0 ? plainMessage(line, message.lastIndex) : line.slice(message.lastIndex, stop);
        errmsg = trimEnd(text.slice(0, MAX_MESSAGE), ' \t,，') || null;
      }
      answers.push({ form, errcode, errmsg, platform: host ?? wechatLikeness(errcode, errmsg ?? '').platform, requestId: null });
    }
  }
  return answers;
}

const PAY_CODE = /(\\?)"code\\?"\s{0,8}:\s{0,8}\\?"([A-Z][A-Z0-9_]{1,63})\\?"/g;
const PAY_MESSAGE = /\\?"message\\?"\s{0,8}:\s{0,8}(\\?)"/g;
const REQUEST_ID = /request[-_]?id\\?["']?\s{0,8}[:=]\s{0,8}\\?["']?([0-9A-Za-z][0-9A-Za-z-]{7,127})/gi;

/** WeChat Pay v3's `{code, message}`: only with a Request-ID or a Pay host in the line. */
function payAnswers(line: string, host: Platform | null): LogAnswer[] {
  if (!line.includes('code')) return [];
  REQUEST_ID.lastIndex = 0;
  const requestId = REQUEST_ID.exec(line)?.[1] ?? null;
  if (requestId === null && host !== 'pay') return [];
  const answers: LogAnswer[] = [];
  PAY_CODE.lastIndex = 0;
  for (let m = PAY_CODE.exec(line); m; m = PAY_CODE.exec(line)) {
    PAY_MESSAGE.lastIndex = PAY_CODE.lastIndex;
    const message = PAY_MESSAGE.exec(line);
    const errmsg = message && message.index - PAY_CODE.lastIndex < WINDOW ? jsonStringAt(line, PAY_MESSAGE.lastIndex, message[1] === '\\') : null;
    answers.push({ form: 'pay-v3', errcode: m[2]!, errmsg, platform: 'pay', requestId });
  }
  return answers;
}

/** `api:fail …` / `config:invalid signature` / `errMsg: "…"`: a JS-SDK result that is not `:ok`. */
const JSSDK = /\b([A-Za-z][A-Za-z0-9_]{1,40}):(fail\b|invalid [a-z]|permission denied|the permission value)/g;

/** Keys of other forms written `key:value`, which are not JS-SDK APIs. */
const NOT_AN_API = new Set(['errmsg', 'errcode', 'message', 'msg', 'error', 'reason']);

function jssdkAnswers(line: string): LogAnswer[] {
  const answers: LogAnswer[] = [];
  JSSDK.lastIndex = 0;
  for (let m = JSSDK.exec(line); m; m = JSSDK.exec(line)) {
    if (NOT_AN_API.has(m[1]!.toLowerCase())) continue;
    // The errMsg runs to the quote or the end of the line that closes it.
    let end = m.index;
    const limit = Math.min(line.length, m.index + MAX_MESSAGE);
    while (end < limit && !'"\'\\\n'.includes(line[end]!)) end++;
    answers.push({ form: 'jssdk', errcode: null, errmsg: line.slice(m.index, end).trim(), platform: null, requestId: null });
    JSSDK.lastIndex = end;
  }
  return answers;
}

const has = (line: string, literals: readonly string[]): boolean => literals.some((l) => line.includes(l));
const CODE_GATES = ['errcode', 'errCode', 'ErrCode', 'ERRCODE', 'Errcode'];
const SDK_GATES = ['错误代码', 'Error code:'];
const PAY_GATES = ['"code"', 'code\\"'];
const JSSDK_GATES = [':fail', ':invalid', ':permission', ':the permission'];

/** Every WeChat answer written in one line of a log, each once; [] for a line with none. */
export function findAnswers(line: string): LogAnswer[] {
  if (!mayHoldAnswer(line)) return [];
  const host = hostPlatform(line);
  const sdk = has(line, SDK_GATES) ? sdkAnswers(line, host) : [];
  const codes = has(line, CODE_GATES) ? codeAnswers(line, host).filter((a) => !sdk.some((s) => s.errcode === a.errcode)) : [];
  const pay = has(line, PAY_GATES) ? payAnswers(line, host) : [];
  const found = [...sdk, ...codes, ...pay, ...(has(line, JSSDK_GATES) ? jssdkAnswers(line) : [])];
  // The same answer written twice (a JSON value and its escaped copy) counts once.
  const seen = new Set<string>();
  return found.filter((a) => {
    const key = `${a.form === 'jssdk'}|${a.errcode}|${a.errmsg}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
