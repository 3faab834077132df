import { base64ToText, readBody } from '../body-text';
import type { Masker } from './index';
import { isSecretName, maskValue } from './names';

/** Deeper values of a HAR entry are not copied (no browser writes them; a hostile file might). */
const MAX_DEPTH = 64;
export const TOO_DEEP = '[not copied: nested too deep]';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A response `content`: text masked; base64 text decoded, masked and encoded again; binary bytes kept. */
function maskContent(content: Record<string, Json>, mask: Masker, depth: number): Record<string, Json> {
  const out = walkObject(content, mask, depth, new Set(['text']));
  const text = content['text'];
  if (typeof text !== 'string') return out;
  const encoding = typeof content['encoding'] === 'string' ? content['encoding'].toLowerCase() : '';
  if (encoding !== 'base64') return { ...out, text: mask.bodyAsWritten(text) };
  const read = readBody(text, 'base64');
  if (read.kind === 'binary') return { ...out, text };
  const decoded = base64ToText(text);
  if (decoded === null) {
    const { encoding: _dropped, ...rest } = out;
    return { ...rest, text: mask.bodyAsWritten(text), comment: 'wechat-api-inspector mask: the base64 body was not valid base64; masked as text' };
  }
  return { ...out, text: utf8ToBase64(mask.bodyAsWritten(decoded)) };
}

/** `[{name, value}]` lists: headers by the header rules, cookies always masked, query and form pairs by name. */
function maskPairsList(key: string, list: Json[], mask: Masker, depth: number): Json[] {
  return list.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return walk(item, mask, depth + 1, '');
    const copy = walkObject(item, mask, depth + 1, new Set(['value']));
    const name = typeof item['name'] === 'string' ? item['name'] : '';
    const value = item['value'];
    if (typeof value !== 'string') return copy;
    if (key === 'headers') return { ...copy, value: mask.header(name, value) };
    if (key === 'cookies') return { ...copy, value: maskValue(value) };
    return { ...copy, value: isSecretName(name) ? maskValue(value) : mask.text(value) };
  });
}

function walkObject(object: { [key: string]: Json }, mask: Masker, depth: number, skip: ReadonlySet<string> = new Set()): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(object)) out[key] = skip.has(key) ? value : walk(value, mask, depth + 1, key);
  return out;
}

function walk(value: Json, mask: Masker, depth: number, key: string): Json {
  if (depth > MAX_DEPTH) return TOO_DEEP;
  if (typeof value === 'string') {
    if (key === 'url' || key === 'redirectURL' || /^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(value)) return mask.url(value);
    return mask.text(value);
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (key === 'headers' || key === 'cookies' || key === 'queryString' || key === 'params') return maskPairsList(key, value, mask, depth);
    return value.map((item) => walk(item, mask, depth + 1, ''));
  }
  if (key === 'content') return maskContent(value, mask, depth);
  if (key === 'postData') {
    const out = walkObject(value, mask, depth, new Set(['text']));
    return typeof value['text'] === 'string' ? { ...out, text: mask.bodyAsWritten(value['text']) } : out;
  }
  return walkObject(value, mask, depth);
}

/**
 * A copy of any part of a HAR file with every URL, header, cookie, query and form pair, body and
 * other string masked (what `wechat-api-inspector mask` writes). The input is not changed.
 */
export function maskHarValue(value: unknown, mask: Masker, key = ''): unknown {
  return walk(value as Json, mask, 0, key);
}
