import { isSecretName, maskValue, OPAQUE_TOKEN_MIN_LENGTH } from './names';
import { isTokenText, maskNamedValues } from './named-values';

/** A value that is itself percent-encoded text (`redirect_uri=https%3A%2F%2F…%3Fcode%3D…`): masked inside. */
function maskPlainValue(value: string): string {
  const direct = maskNamedValues(value);
  if (direct !== value || !value.includes('%')) return direct;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
  const masked = maskNamedValues(decoded);
  return masked === decoded ? value : encodeURIComponent(masked);
}

function maskPair(piece: string): string {
  const eq = piece.indexOf('=');
  if (eq <= 0) return piece;
  const name = piece.slice(0, eq);
  const value = piece.slice(eq + 1);
  return `${name}=${isSecretName(name) ? maskValue(value) : maskPlainValue(value)}`;
}

/**
 * Masks `name=value` pairs of a query, a fragment or a form body, split at `&`, `;` and `?` (a second
 * `?`, `;`-separated queries, a `#/route?code=` fragment). Tolerant: a field without `=`, an empty name,
 * `&&`, spaces or line breaks in a value leave the other fields masked.
 */
export function maskPairs(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === '&' || c === ';' || c === '?') {
      out += maskPair(text.slice(start, i)) + (i < text.length ? c : '');
      start = i + 1;
    }
  }
  return out;
}

/** `user:secret@`: the password (or a lone user name, often a token) masked. */
function maskUserinfo(userinfo: string): string {
  const colon = userinfo.indexOf(':');
  return colon < 0 ? maskValue(userinfo) : `${userinfo.slice(0, colon + 1)}${maskValue(userinfo.slice(colon + 1))}`;
}

/** A segment made only of token characters, long enough to be one. */
function isTokenSegment(segment: string): boolean {
  return segment.length >= OPAQUE_TOKEN_MIN_LENGTH && isTokenText(segment);
}

/** Path segments: the one after a secret name (`/access_token/XYZ`), matrix pairs, token-shaped ones. */
function maskPath(path: string): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      if (i > 0 && isSecretName(segments[i - 1]!) && segment !== '') return maskValue(segment);
      if (isTokenSegment(segment)) return maskValue(segment);
      const semi = segment.indexOf(';');
      return semi < 0 ? maskNamedValues(segment) : `${segment.slice(0, semi + 1)}${maskPairs(segment.slice(semi + 1))}`;
    })
    .join('/');
}

/**
 * A URL (absolute, or a path such as HTTP/2's `:path`) with its secrets masked: query and fragment
 * pairs, userinfo, recognisable path segments. Everything else stays as it was written.
 */
export function maskUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? null : url.slice(hashAt + 1);
  const q = beforeHash.indexOf('?');
  const base = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const query = q < 0 ? null : beforeHash.slice(q + 1);
  let head = '';
  let path = base;
  const scheme = base.indexOf('://');
  if (scheme >= 0) {
    const authorityStart = scheme + 3;
    const slash = base.indexOf('/', authorityStart);
    const authority = slash < 0 ? base.slice(authorityStart) : base.slice(authorityStart, slash);
    const at = authority.lastIndexOf('@');
    head = base.slice(0, authorityStart) + (at < 0 ? authority : `${maskUserinfo(authority.slice(0, at))}${authority.slice(at)}`);
    path = slash < 0 ? '' : base.slice(slash);
  }
  return `${head}${maskPath(path)}${query === null ? '' : `?${maskPairs(query)}`}${fragment === null ? '' : `#${maskPairs(fragment)}`}`;
}
