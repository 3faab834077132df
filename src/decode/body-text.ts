import { LIMITS } from './limits';
import { looksBinary, sniffBinary } from './sniff';


/** A body read from what DevTools or a HAR file gave: text, bytes of a known binary format, or nothing. */
export type BodyRead =
  | { kind: 'text'; text: string; fullLength: number; invalidUtf8: boolean }
  | { kind: 'binary'; bytes: number; sniffed: string | null }
  | { kind: 'missing' };

function base64Bytes(base64: string, maxBytes: number): { bytes: Uint8Array; total: number } | null {
  const clean = base64.replace(/[\s]+/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const total = Math.floor((clean.length * 3) / 4) - padding;
  // Decode only what is needed: a whole number of 4-character groups covering maxBytes.
  const chars = Math.min(clean.length, Math.ceil(maxBytes / 3) * 4);
  let binary: string;
  try {
    binary = atob(clean.slice(0, chars));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { bytes, total };
}

/** `partial`: the bytes were cut, so a character split at the end is not an error. */
function decodeUtf8(bytes: Uint8Array, partial = false): { text: string; invalidUtf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial }), invalidUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes, { stream: partial }), invalidUtf8: true };
  }
}

/** Base64 means bytes: sniff them for binary formats, else decode them as UTF-8 (Chinese survives). */
export function readBody(content: string | null, encoding: string): BodyRead {
  if (content === null) return { kind: 'missing' };
  if (encoding.toLowerCase() !== 'base64') {
    const text = content.replace(/^\uFEFF/, '');
    return { kind: 'text', text: text.slice(0, LIMITS.parsedText), fullLength: text.length, invalidUtf8: text.includes('\uFFFD') };
  }
  const decoded = base64Bytes(content, LIMITS.parsedText);
  if (decoded === null) return { kind: 'text', text: content.slice(0, LIMITS.parsedText), fullLength: content.length, invalidUtf8: false };
  const { bytes, total } = decoded;
  const sniffed = sniffBinary(bytes);
  if (sniffed !== null || looksBinary(bytes)) return { kind: 'binary', bytes: total, sniffed };
  const cut = bytes.length < total;
  const { text, invalidUtf8 } = decodeUtf8(bytes, cut);
  const withoutBom = text.replace(/^\uFEFF/, '');
  return { kind: 'text', text: withoutBom, fullLength: cut ? total : withoutBom.length, invalidUtf8 };
}

/** Base64 decoded whole as UTF-8 text (the `mask` command re-encodes what it masked); null when not base64. */
export function base64ToText(base64: string): string | null {
  const decoded = base64Bytes(base64, Number.MAX_SAFE_INTEGER);
  return decoded === null ? null : decodeUtf8(decoded.bytes).text.replace(/^\uFEFF/, '');
}
