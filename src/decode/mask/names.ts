import { secretFields } from '../data';

/** Lower case without `_`, `-`, `.` or spaces: `accessToken`, `Access-Token` and `access_token` meet. */
export function normalizeName(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) if (ch !== '_' && ch !== '-' && ch !== '.' && ch !== ' ') out += ch;
  return out;
}

const SECRET_NAMES = new Set(secretFields.names.map(normalizeName));
const HEADER_PARTS = secretFields.headerNameParts;
/** See data/secret-fields.json: an unnamed run this long is taken for a token. */
export const OPAQUE_TOKEN_MIN_LENGTH = secretFields.opaqueTokenMinLength;

/** Percent-decoding repeated (a double-encoded `access%255Ftoken`), `+` as space; raw when malformed. */
function percentDecoded(name: string): string {
  let current = name.replace(/\+/g, ' ');
  for (let i = 0; i < 3 && current.includes('%'); i++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
  }
  return current;
}

/** A trailing `[]` or `[3]` (PHP-style arrays: `access_token[]=`). */
function withoutIndex(name: string): string {
  if (!name.endsWith(']')) return name;
  const open = name.lastIndexOf('[');
  return open > 0 ? name.slice(0, open) : name;
}

/** Whether a field, parameter, key or element of this name holds a secret (see data/secret-fields.json). */
export function isSecretName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return false;
  return SECRET_NAMES.has(plainNormalized(name) ?? fullyNormalized(name));
}

/** The general case: percent-decoded, trimmed, without a PHP-style index, normalised. */
export function fullyNormalized(name: string): string {
  return normalizeName(withoutIndex(percentDecoded(name).trim()));
}

export const LONGEST_NAME = Math.max(...[...SECRET_NAMES].map((n) => n.length));

/**
 * The common case in one pass without allocating much: a name of ASCII letters, digits, `_`, `-` and
 * `.` (every word of a URL's path, most query names) normalises to its lower case without separators,
 * as fullyNormalized would. Null for anything else, which takes the general way; '' once it is longer
 * than any secret name. Every word of every URL shown in the list is asked about while scrolling.
 */
export function plainNormalized(name: string): string | null {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 95 || c === 45 || c === 46) continue;
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += name[i];
    else return null;
    if (out.length > LONGEST_NAME) return '';
  }
  return out;
}

/** Headers: the secret names, and any name containing a secret word (`X-Access-Token`, `Wechatpay-Signature`). */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return isSecretName(lower) || HEADER_PARTS.some((part) => lower.includes(part));
}

const PUBLIC_VALUES = secretFields.publicValues.map((p) => ({ name: normalizeName(p.name), pattern: new RegExp(p.pattern) }));

/** A value under a secret name that is known not to be one (Pay v3's `"code": "SIGN_ERROR"`). */
export function isPublicValue(name: string, value: string): boolean {
  const normalized = normalizeName(name);
  return value.length <= 64 && PUBLIC_VALUES.some((p) => p.name === normalized && p.pattern.test(value));
}

export const MASK = '***';

/** Keeps the last four characters of long values so two different tokens can still be told apart. */
export function maskValue(value: string): string {
  if (value.length === 0 || value.startsWith(MASK)) return value;
  return value.length >= 16 ? `${MASK}${value.slice(-4)}` : MASK;
}
