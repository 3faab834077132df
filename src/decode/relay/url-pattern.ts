import { escapeRegExp } from '../literal-url';

/** Limits on patterns read from storage or typed in the options page. */
export const PATTERN_LIMITS = { hostGlob: 253, pathValue: 500, urlPath: 4096 } as const;

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
  const body = hostPart.split('*').map(escapeRegExp).join('.*');
  const host = new RegExp(`^${body}$`);
  return (hostname, port) => host.test(hostname.toLowerCase()) && (portPart === undefined || portPart === '*' || portPart === port);
}

export type PathPattern = { kind: 'prefix'; value: string } | { kind: 'regex'; value: string };

export function isPathPattern(value: unknown): value is PathPattern {
  if (value === null || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  if (typeof p['value'] !== 'string' || p['value'].length > PATTERN_LIMITS.pathValue) return false;
  if (p['kind'] === 'prefix') return p['value'].startsWith('/');
  if (p['kind'] === 'regex') return compileRegex(p['value']) !== null;
  return false;
}

function compileRegex(source: string): RegExp | null {
  if (source.length === 0 || source.length > PATTERN_LIMITS.pathValue) return null;
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

/** A path pattern as a matcher on a URL path (the query string is not part of it). */
export function compilePathPattern(pattern: PathPattern): ((path: string) => boolean) | null {
  if (pattern.kind === 'prefix') return pattern.value.startsWith('/') ? (path) => path.startsWith(pattern.value) : null;
  const regex = compileRegex(pattern.value);
  return regex ? (path) => regex.test(path.slice(0, PATTERN_LIMITS.urlPath)) : null;
}
