import type { Header } from './types';
import { secretFields } from './data';

const secretNames = new Set(secretFields.names.map((n) => n.toLowerCase()));

export function isSecretName(name: string): boolean {
  return secretNames.has(name.toLowerCase());
}

/** Keeps the last four characters of long values so two different tokens can still be told apart. */
export function maskValue(value: string): string {
  if (value.length === 0) return value;
  return value.length >= 16 ? `***${value.slice(-4)}` : '***';
}

/** Masks secret query parameters of a URL, leaving everything else as it was written. */
export function maskUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hashAt = url.indexOf('#', q);
  const query = hashAt < 0 ? url.slice(q + 1) : url.slice(q + 1, hashAt);
  const rest = hashAt < 0 ? '' : url.slice(hashAt);
  return `${url.slice(0, q + 1)}${maskQuery(query)}${rest}`;
}

/** Masks secret fields of a query string or form body (`a=1&secret=x`). */
export function maskQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const rawName = pair.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // a malformed escape is still checked by its raw spelling
      }
      return isSecretName(name) ? `${rawName}=${maskValue(pair.slice(eq + 1))}` : pair;
    })
    .join('&');
}

function maskJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJsonValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, isSecretName(key) && (typeof v === 'string' || typeof v === 'number') ? maskValue(String(v)) : maskJsonValue(v)]),
    );
  }
  return value;
}

const JSON_PAIR = /("([A-Za-z0-9_-]+)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g;

/**
 * Masks secrets in a body: JSON (pretty-printed), or text in which JSON pairs or form fields appear
 * (a truncated JSON body, a form post). What is not a secret is left as it was.
 */
export function maskBody(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(maskJsonValue(JSON.parse(trimmed)), null, 2);
    } catch {
      return text.replace(JSON_PAIR, (whole, prefix: string, name: string, value: string) => (isSecretName(name) ? `${prefix}"${maskValue(value)}"` : whole));
    }
  }
  return /^[^\s=&]+=[^\s&]*(&[^\s=&]+=[^\s&]*)*$/.test(text.trim()) ? maskQuery(text.trim()) : text;
}

/** Headers with secret values (Authorization, Cookie, …) masked; the rest as they were. */
export function maskHeaders(headers: readonly Header[]): Header[] {
  return headers.map((h) => (isSecretName(h.name) ? { name: h.name, value: maskValue(h.value) } : h));
}

export interface Masker {
  url(url: string): string;
  body(text: string): string;
  headers(headers: readonly Header[]): Header[];
}

const identity: Masker = { url: (u) => u, body: (b) => b, headers: (h) => [...h] };
const masking: Masker = { url: maskUrl, body: maskBody, headers: maskHeaders };

/** Masking for everything shown, copied or exported; `reveal` only when the user asked to see secrets. */
export function maskerFor(reveal: boolean): Masker {
  return reveal ? identity : masking;
}
