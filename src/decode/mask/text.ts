import { isSecretName, maskValue, OPAQUE_TOKEN_MIN_LENGTH } from './names';
import { maskUrl } from './url';

/*
 * Free text (an errmsg, a header value, a string inside JSON, Pay's return_msg): written by servers and
 * pages, so read by a hand-written scanner in one pass instead of patterns that could backtrack.
 */

function isNameChar(c: number): boolean {
  // letters, digits, _ - . %
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46 || c === 37;
}

function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/** Letters, digits, `_` and `-` only: the characters of WeChat's tokens. */
export function isTokenText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isTokenChar(text.charCodeAt(i))) return false;
  return true;
}

/** Where a value written after `name=` / `name: ` ends. */
function isValueEnd(c: number): boolean {
  return c <= 32 || c === 38 || c === 59 || c === 44 || c === 34 || c === 39 || c === 60 || c === 62 || c === 41 || c === 93 || c === 125 || c === 35;
}

const SPACE = (c: number) => c === 32 || c === 9;
const URL_START = /https?:\/\//gi;

/** Masks URLs found in text (up to the next space, quote or angle bracket). */
function maskUrlsIn(text: string): string {
  if (!/https?:\/\//i.test(text)) return text;
  let out = '';
  let at = 0;
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m !== null; m = URL_START.exec(text)) {
    let end = m.index;
    while (end < text.length && !(text.charCodeAt(end) <= 32 || '"\'<>`'.includes(text[end]!))) end++;
    out += text.slice(at, m.index) + maskUrl(text.slice(m.index, end));
    at = end;
    URL_START.lastIndex = end;
  }
  return out + text.slice(at);
}

/**
 * `name=value`, `name: value`, `"name":"value"` for secret names, URLs (their query, fragment,
 * userinfo) and long opaque runs that look like tokens, masked; everything else as written.
 */
export function maskText(text: string): string {
  return maskNamedValues(maskUrlsIn(text));
}

/** The scan of maskText without looking for URLs (for values inside a URL, which are not searched again). */
export function maskNamedValues(withUrls: string): string {
  let out = '';
  let at = 0;
  let i = 0;
  const n = withUrls.length;
  while (i < n) {
    const c = withUrls.charCodeAt(i);
    if (!isNameChar(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isNameChar(withUrls.charCodeAt(i))) i++;
    // PHP-style `name[]` / `name[0]`: the brackets belong to the name.
    if (withUrls[i] === '[') {
      const close = withUrls.indexOf(']', i);
      if (close > i && close - i <= 12) i = close + 1;
    }
    const word = withUrls.slice(start, i);
    if (word.length >= OPAQUE_TOKEN_MIN_LENGTH && isTokenText(word)) {
      out += withUrls.slice(at, start) + maskValue(word);
      at = i;
      continue;
    }
    if (!isSecretName(word)) continue;
    // The separator: an optional closing quote, spaces, `=` or `:`, spaces, an optional opening quote.
    let j = i;
    if (j < n && (withUrls[j] === '"' || withUrls[j] === "'")) j++;
    while (j < n && SPACE(withUrls.charCodeAt(j))) j++;
    if (j >= n || (withUrls[j] !== '=' && withUrls[j] !== ':')) continue;
    j++;
    while (j < n && SPACE(withUrls.charCodeAt(j))) j++;
    if (j < n && (withUrls[j] === '"' || withUrls[j] === "'")) j++;
    let end = j;
    while (end < n && !isValueEnd(withUrls.charCodeAt(end))) end++;
    if (end === j) continue;
    out += withUrls.slice(at, j) + maskValue(withUrls.slice(j, end));
    at = end;
    i = end;
  }
  return out + withUrls.slice(at);
}
