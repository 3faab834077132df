import { partialFailureFields as partialFields } from './data';
import { readErrorFields, toErrcode } from './errcode';
import type { ItemFailure, PartialFailure } from './types';

const PARTIAL_FIELDS = new Set(partialFields.fields);
const MAX_ITEMS = 200;
const MAX_DEPTH = 4;

export interface WeChatJson {
  errcode: number | null;
  errcodeUnreadable: boolean;
  errmsg: string | null;
  itemFailures: ItemFailure[];
  partialFailures: PartialFailure[];
}

/** Failing items of batch results: objects inside arrays that carry their own non-zero errcode. */
function collectItemFailures(value: unknown, at: string, depth: number, out: ItemFailure[]): void {
  if (out.length >= MAX_ITEMS || depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && out.length < MAX_ITEMS; i++) {
      const item = value[i] as unknown;
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const { errcode, errmsg } = readErrorFields(item);
        if (errcode !== null && errcode !== 0) out.push({ at: `${at}[${i}]`, errcode, errmsg });
      }
      collectItemFailures(item, `${at}[${i}]`, depth + 1, out);
    }
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (child !== null && typeof child === 'object') collectItemFailures(child, at ? `${at}.${key}` : key, depth + 1, out);
  }
}

function partialFailures(record: Record<string, unknown>): PartialFailure[] {
  const out: PartialFailure[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (!PARTIAL_FIELDS.has(field)) continue;
    if (typeof value === 'string' && value.trim() !== '') out.push({ field, value });
    else if (Array.isArray(value) && value.length > 0) out.push({ field, value: JSON.stringify(value).slice(0, 500) });
  }
  return out;
}

/** errcode / errmsg of a WeChat or WeCom JSON answer, its failing batch items and partial failures. */
export function readWeChatJson(json: unknown): WeChatJson {
  const { errcode, errmsg, errcodeUnreadable } = readErrorFields(json);
  const itemFailures: ItemFailure[] = [];
  const isRecord = json !== null && typeof json === 'object' && !Array.isArray(json);
  collectItemFailures(json, '', 0, itemFailures);
  return { errcode, errmsg, errcodeUnreadable, itemFailures, partialFailures: isRecord ? partialFailures(json as Record<string, unknown>) : [] };
}

/** For a body too large to parse: WeChat writes errcode first, so the head holds it. */
export function scanHead(head: string): { errcode: number | null; errmsg: string | null; errcodeUnreadable: boolean } {
  // The number as written, up to the next delimiter: `40001.5` or `-1e999` must not read as 40001 or -1.
  const code = /"errcode"\s*:\s*"?([-+.\deE]{1,40})"?/.exec(head);
  const msg = /"errmsg"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(head);
  let errmsg: string | null = null;
  if (msg) {
    try {
      errmsg = JSON.parse(`"${msg[1]}"`) as string;
    } catch {
      errmsg = msg[1] ?? null;
    }
  }
  const errcode = code ? toErrcode(code[1]) : null;
  return { errcode, errmsg, errcodeUnreadable: code !== null && errcode === null };
}
