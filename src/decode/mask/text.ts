import { maskNamedValues } from './named-values';
import { maskUrl } from './url';

/*
 * Free text (an errmsg, a header value, a string inside JSON, Pay's return_msg): URLs found in it are
 * masked as URLs, then secret `name=value` pairs and token-shaped runs.
 */

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

