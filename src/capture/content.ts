export interface Content {
  content: string | null;
  encoding: string;
}

const NO_CONTENT: Content = { content: null, encoding: '' };

/**
 * getContent answers in three shapes: two callback arguments (content, encoding); one
 * `{content, encoding}` object (Chromium's native `browser` namespace); one `[content, mimeOrEncoding]`
 * array (webextension-polyfill, Firefox). Firefox puts the MIME type where Chromium puts the encoding.
 */
export function normalizeContent(args: readonly unknown[] | null): Content {
  if (!args || args.length === 0) return NO_CONTENT;
  const [first, second] = args;
  if (args.length >= 2) return pair(first, second);
  if (Array.isArray(first)) return pair(first[0], first[1]);
  if (first !== null && typeof first === 'object') {
    const o = first as { content?: unknown; encoding?: unknown; mimeType?: unknown };
    return pair(o.content, o.encoding ?? o.mimeType);
  }
  return pair(first, '');
}

/** MIME types whose bodies Firefox hands over as text; it keeps every other body as base64. */
const TEXT_MIME = /^(text\/|[^;]*[/+](json|xml|javascript|ecmascript|x-www-form-urlencoded)\b)/;

/** Base64 text (line breaks allowed, up to two `=`, trailing spaces), read in one pass (a pattern backtracked quadratically on line breaks). */
export function looksBase64(text: string): boolean {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 10 || c === 13;
    if (!ok) break;
  }
  for (let pad = 0; pad < 2 && text[i] === '='; pad++) i++;
  for (; i < text.length; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

function pair(content: unknown, encodingOrMime: unknown): Content {
  const tag = typeof encodingOrMime === 'string' ? encodingOrMime.trim().toLowerCase() : '';
  const text = typeof content === 'string' ? content : null;
  // Firefox passes the MIME type, not the encoding: a binary type next to base64-shaped text is bytes.
  const binaryMime = tag.includes('/') && !TEXT_MIME.test(tag);
  const base64 = tag === 'base64' || (binaryMime && text !== null && text.length > 0 && looksBase64(text));
  return { content: text, encoding: base64 ? 'base64' : '' };
}
