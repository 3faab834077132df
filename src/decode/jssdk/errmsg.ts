import type { Text, TextList } from '../knowledge/types';
import type { JssdkCatalogue, JssdkError } from './catalogue';

/** What a JS-SDK errMsg (`config:invalid signature`, `chooseImage:permission denied`, …) means. */
export interface JssdkDecoded {
  errMsg: string;
  /** The API before the first ':' (`config`, `agentConfig`, `chooseImage`), null when there is none. */
  api: string | null;
  known: boolean;
  id: string | null;
  /** A number the text carries: `错误码：63002`, `?e=40093`, the last field of a WeCom hint. */
  code: number | null;
  meaning: Text | null;
  causes: TextList | null;
  fixes: TextList | null;
  docUrl: string | null;
}

/** An identifier only, so that `invalid signature more info at https://…` names no API. */
const API = /^\s*([A-Za-z_$][\w$.]*)\s*:/;
/** In the order they are trusted: the client's own code, WeCom's hint, WeCom's "more info" link. */
const CODES = [/错误码\s*[:：]\s*(-?\d{1,10})/, /\bhint:\s*'[^']*:(-?\d{1,10})'/i, /[?&]e=(-?\d{1,10})(?!\d)/];
const WORD_CHAR = /[a-z0-9]/;
/** One token such as `fail` or `fail_invalid`: meaningful only next to the API it belongs to. */
const BARE_WORD = /^[a-z_]+$/i;

function findCode(text: string): number | null {
  for (const pattern of CODES) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return null;
}

/**
 * Whether `needle` occurs in `haystack` (both lowercase) not glued to letters or digits, so that
 * `fail` is not found in `failed`; `_` counts as a separator (`fail_permission denied`).
 */
function occurs(haystack: string, needle: string): boolean {
  const guardStart = WORD_CHAR.test(needle[0] ?? '');
  const guardEnd = WORD_CHAR.test(needle[needle.length - 1] ?? '');
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if ((!guardStart || !WORD_CHAR.test(before)) && (!guardEnd || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

interface Candidate {
  entry: JssdkError;
  byCode: boolean;
  patternLength: number;
}

function score(entry: JssdkError, body: string, api: string | null, code: number | null): Candidate | null {
  const anyApi = entry.apis.includes('*');
  const lowerApi = api?.toLowerCase();
  if (!anyApi && api !== null && !entry.apis.some((a) => a.toLowerCase() === lowerApi)) return null;
  const byCode = code !== null && entry.codes.includes(code);
  let patternLength = 0;
  for (const pattern of entry.patterns) {
    // Without an API name, a bare word cannot tie the text to an entry meant for specific APIs.
    if (api === null && !anyApi && BARE_WORD.test(pattern)) continue;
    if (pattern.length > patternLength && occurs(body, pattern.toLowerCase())) patternLength = pattern.length;
  }
  return byCode || patternLength > 0 ? { entry, byCode, patternLength } : null;
}

/** A numbered code first, then the longest pattern; the catalogue's order settles ties. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.byCode !== b.byCode) return a.byCode;
  return a.patternLength > b.patternLength;
}

export function decodeJssdkErrMsg(errMsg: string, catalogue: JssdkCatalogue): JssdkDecoded {
  const text = typeof errMsg === 'string' ? errMsg : '';
  const apiMatch = API.exec(text);
  const api = apiMatch?.[1] ?? null;
  const body = (apiMatch ? text.slice(apiMatch[0].length) : text).toLowerCase();
  const code = findCode(text);
  let best: Candidate | null = null;
  for (const entry of catalogue.errors) {
    const candidate = score(entry, body, api, code);
    if (candidate && (!best || better(candidate, best))) best = candidate;
  }
  const entry = best?.entry ?? null;
  return {
    errMsg: text,
    api,
    known: entry !== null,
    id: entry?.id ?? null,
    code,
    meaning: entry ? { zh: entry.zh, en: entry.en } : null,
    causes: entry?.causes ?? null,
    fixes: entry?.fixes ?? null,
    docUrl: entry?.docUrl ?? null,
  };
}

const MESSAGE_KEYS = ['errMsg', 'err_msg', 'errmsg'] as const;
const INFO_KEYS = ['err_Info', 'err_info', 'errInfo'] as const;

function firstString(record: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

function fromObject(record: Record<string, unknown>, nested: boolean): string {
  const parts = [
    firstString(record, MESSAGE_KEYS),
    firstString(record, INFO_KEYS),
    firstString(record, ['hint']),
    record instanceof Error ? `${record.name}: ${record.message}` : null,
  ];
  const kept: string[] = [];
  // WeCom repeats itself (`errMsg: "agentConfig:fail", err_Info: "fail"`): keep what adds something.
  for (const part of parts) if (part !== null && !kept.some((k) => k.includes(part))) kept.push(part);
  if (kept.length > 0) return kept.join(' ');
  // An open tag's error event carries the result in `detail`.
  const detail = record['detail'];
  return !nested && typeof detail === 'object' && detail !== null ? fromObject(detail as Record<string, unknown>, true) : '';
}

/**
 * One errMsg-like string from whatever a JS-SDK callback handed over: a string, the result object
 * (`{errMsg}`, WeixinJSBridge's `{err_msg}`, WeCom's `{errMsg, err_Info, hint}` or `{errCode, err_info}`),
 * an Error, or such an object as JSON text. Never throws: hostile objects give ''.
 */
export function normalizeJssdkResult(value: unknown): string {
  try {
    if (typeof value === 'string') {
      if (!value.trimStart().startsWith('{')) return value;
      try {
        const parsed: unknown = JSON.parse(value);
        const text = typeof parsed === 'object' && parsed !== null ? fromObject(parsed as Record<string, unknown>, false) : '';
        return text === '' ? value : text;
      } catch {
        return value;
      }
    }
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    if (typeof value === 'object' && value !== null) return fromObject(value as Record<string, unknown>, false);
    return '';
  } catch {
    return '';
  }
}
