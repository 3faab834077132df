import { isSecretName, maskValue, OPAQUE_TOKEN_MIN_LENGTH } from './names';

/*
 * `name=value` / `name: value` pairs and token-shaped runs in text, found by a hand-written scanner in
 * one pass (written by servers and pages, so no pattern that could backtrack).
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
  return c <= 32 || c === 38 || c === 59 || c === 44 || c === 34 || c === 39 || c === 60 || c === 62 || c === 41 || c === 93 || c === 125 || c === 35 || c === 92;
}

const SPACE = (c: number) => c === 32 || c === 9;
/** Masks the values of secret names and token-shaped runs; URLs are not looked for (maskText does that). */
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
    // The separator: an optional closing quote, spaces, `=` or `:`, spaces, an optional opening quote;
    // quotes may be escaped (`\"name\":\"value\"`, JSON inside a JSON string in a log line).
    let j = i;
    if (withUrls[j] === '\\') j++;
    if (j < n && (withUrls[j] === '"' || withUrls[j] === "'")) j++;
    while (j < n && SPACE(withUrls.charCodeAt(j))) j++;
    if (j >= n || (withUrls[j] !== '=' && withUrls[j] !== ':')) continue;
    j++;
    while (j < n && SPACE(withUrls.charCodeAt(j))) j++;
    if (withUrls[j] === '\\') j++;
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
