import { diagnosis } from './data';
import type { Header } from './types';

const FIELDS = diagnosis.apiSecurity.bodyFields;
const HEADERS = new Set(diagnosis.apiSecurity.headers.map((h) => h.toLowerCase()));

/**
 * An answer in API security mode: `{iv, data, authtag}` (all strings) and no errcode. WeChat encrypts it
 * with the account's key, so nothing inside can be read here; the `Wechatmp-*` headers that came with it
 * are kept to be shown. A HAR export may have dropped the headers: the body's shape alone decides.
 */
export function encryptedAnswer(parsed: unknown, headers: readonly Header[]): { headers: Header[] } | null {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const record = parsed as Record<string, unknown>;
  if ('errcode' in record || !FIELDS.every((f) => typeof record[f] === 'string' && record[f] !== '')) return null;
  return { headers: headers.filter((h) => HEADERS.has(h.name.toLowerCase())) };
}
