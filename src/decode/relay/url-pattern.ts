import { compileUserRegex, type UserRegex } from '../user-regex';

/** Limits on patterns read from storage or typed in the options page, and on the path a regex reads. */
export const PATTERN_LIMITS = { hostGlob: 253, pathValue: 500, urlPath: 1024 } as const;

const HOST_GLOB = /^[a-z0-9*.-]+(:(\d{1,5}|\*))?$/i;

/** `*.example.com`, `admin.example.com`, `localhost:3000`, `*`: letters, digits, `.`, `-`, `*`, a port. */
export function isHostGlob(glob: string): boolean {
  return typeof glob === 'string' && glob.length > 0 && glob.length <= PATTERN_LIMITS.hostGlob && HOST_GLOB.test(glob);
}

/**
 * A host glob as a matcher: `*` stands for any run of characters (`*.example.com` also matches
 * `a.b.example.com`, not `example.com`); case-insensitive; with a port (`localhost:3000`) the URL's port
 * must match too, without one any port does. null for an invalid glob.
 */
export function compileHostGlob(glob: string): ((hostname: string, port: string) => boolean) | null {
  if (!isHostGlob(glob)) return null;
  const [hostPart = '', portPart] = glob.toLowerCase().split(':');
  const pieces = hostPart.split('*');
  return (hostname, port) => globMatches(pieces, hostname.toLowerCase()) && (portPart === undefined || portPart === '*' || portPart === port);
}

/**
 * `*`-globs matched without backtracking: the first piece is a prefix, the last a suffix, and each piece
 * between is taken at its leftmost place after the previous one (leftmost is always a valid choice when
 * `*` matches any run), so the work is linear in the host name for each piece.
 */
function globMatches(pieces: readonly string[], text: string): boolean {
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = text.indexOf(pieces[i]!, at);
    if (found < 0 || found + pieces[i]!.length > end) return false;
    at = found + pieces[i]!.length;
  }
  return true;
}

export type PathPattern = { kind: 'prefix'; value: string } | { kind: 'regex'; value: string };

export function isPathPattern(value: unknown): value is PathPattern {
  if (value === null || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  if (typeof p['value'] !== 'string' || p['value'].length > PATTERN_LIMITS.pathValue) return false;
  if (p['kind'] === 'prefix') return p['value'].startsWith('/');
  if (p['kind'] === 'regex') return compileRegex(p['value']).ok;
  return false;
}

/** A path regex, accepted only in a shape that cannot backtrack badly (see user-regex.ts). */
export function compileRegex(source: string): UserRegex {
  return compileUserRegex(source, '', PATTERN_LIMITS.pathValue);
}

/** A path pattern as a matcher on a URL path (the query string is not part of it). */
export function compilePathPattern(pattern: PathPattern): ((path: string) => boolean) | null {
  if (pattern.kind === 'prefix') return pattern.value.startsWith('/') ? (path) => path.startsWith(pattern.value) : null;
  const compiled = compileRegex(pattern.value);
  if (!compiled.ok) return null;
  const { regex } = compiled;
  return (path) => regex.test(path.slice(0, PATTERN_LIMITS.urlPath));
}
