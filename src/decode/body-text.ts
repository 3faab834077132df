const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Base64 carries bytes, not text: decode the bytes as UTF-8 so Chinese errmsg survive. */
export function base64ToText(base64: string): string | null {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ''));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return utf8.decode(bytes);
}

/** The body as text, or null when the browser gave no body at all. */
export function contentToText(content: string | null, encoding: string): string | null {
  if (content === null) return null;
  const text = encoding.toLowerCase() === 'base64' ? base64ToText(content) : content;
  return text === null ? null : text.replace(/^\uFEFF/, '');
}
