let lastUrl: string | null = null;
let lastParsed: URL | null = null;

/**
 * The URL of an http(s) request, or null for anything else (data:, blob:, unparsable text). One
 * request's URL is asked for several times in a row (the host match, then the path and user rules):
 * the last answer is remembered, so callers must only read the URL they get.
 */
export function parseHttpUrl(url: string): URL | null {
  if (url === lastUrl) return lastParsed;
  let parsed: URL | null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  lastUrl = url;
  lastParsed = parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed : null;
  return lastParsed;
}
