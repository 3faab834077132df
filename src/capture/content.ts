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

function pair(content: unknown, encodingOrMime: unknown): Content {
  const tag = typeof encodingOrMime === 'string' ? encodingOrMime.trim().toLowerCase() : '';
  return {
    content: typeof content === 'string' ? content : null,
    encoding: tag === 'base64' ? 'base64' : '',
  };
}
