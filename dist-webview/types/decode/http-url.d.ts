/**
 * The URL of an http(s) request, or null for anything else (data:, blob:, unparsable text). One
 * request's URL is asked for several times in a row (the host match, then the path and user rules):
 * the last answer is remembered, so callers must only read the URL they get.
 */
export declare function parseHttpUrl(url: string): URL | null;
