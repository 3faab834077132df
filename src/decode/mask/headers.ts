import type { Header } from '../types';
import { isSecretHeader, maskValue } from './names';
import { maskText } from './text';
import { maskUrl } from './url';

/** `a=1; b=2`: each cookie's value masked, names kept; Set-Cookie's attributes after the first pair kept. */
function maskCookies(value: string, setCookie: boolean): string {
  return value
    .split(';')
    .map((pair, i) => {
      if (setCookie && i > 0) return pair;
      const eq = pair.indexOf('=');
      return eq < 0 ? maskValue(pair) : `${pair.slice(0, eq + 1)}${maskValue(pair.slice(eq + 1))}`;
    })
    .join(';');
}

/**
 * One header's value: secret headers (Authorization, Cookie, X-Access-Token, …) masked; URL-valued
 * ones (`:path`, Referer, Location) as URLs; any other value as free text (WeCom's Error-Msg echoes).
 */
export function maskHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'cookie' || lower === 'set-cookie') return maskCookies(value, lower === 'set-cookie');
  if (isSecretHeader(name)) return maskValue(value);
  const trimmed = value.trimStart();
  if (trimmed.startsWith('/') || /^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(trimmed)) return maskUrl(value);
  return maskText(value);
}

export function maskHeaders(headers: readonly Header[]): Header[] {
  return headers.map((h) => ({ name: h.name, value: maskHeaderValue(h.name, h.value) }));
}
