/*
 * The one way text leaves the decoder for display, copy, export or the command line: every surface
 * asks maskerFor(reveal) and passes URLs, headers, bodies and echoed text (errmsg, Pay's detail)
 * through it. Masking is structural (URL parts, header lists, form pairs, JSON tokens, XML elements,
 * multipart parts, free text), written as single-pass scanners, and always runs before text is cut.
 */
import type { Header } from '../types';
import { maskBody } from './body';
import { maskHeaderValue, maskHeaders } from './headers';
import { maskJson } from './json';
import { maskText } from './text';
import { maskUrl } from './url';

export { isSecretHeader, isSecretName, maskValue, normalizeName } from './names';
export { maskUrl } from './url';
export { maskText } from './text';

export interface Masker {
  readonly reveal: boolean;
  url(url: string): string;
  /** A body for reading: JSON re-indented (numbers as written), anything else in its own layout. */
  body(text: string): string;
  /** A body for a file (HAR export, `mask`): masked in place, layout kept. */
  bodyAsWritten(text: string): string;
  headers(headers: readonly Header[]): Header[];
  header(name: string, value: string): string;
  /** Text a server or page wrote: an errmsg, WeCom's Error-Msg, Pay's return_msg and detail, a hint. */
  text(text: string): string;
}

const identity: Masker = {
  reveal: true,
  url: (u) => u,
  body: (b) => maskBodyLayoutOnly(b),
  bodyAsWritten: (b) => b,
  headers: (h) => [...h],
  header: (_n, v) => v,
  text: (t) => t,
};

/** Revealed bodies are still re-indented like masked ones (numbers as written), so the views look alike. */
function maskBodyLayoutOnly(text: string): string {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[') ? maskJson(text, { pretty: true, text: (s) => s, secrets: false }) : text;
}

const masking: Masker = {
  reveal: false,
  url: maskUrl,
  body: (b) => maskBody(b, true),
  bodyAsWritten: (b) => maskBody(b, false),
  headers: maskHeaders,
  header: maskHeaderValue,
  text: maskText,
};

/** Masking for everything shown, copied or exported; `reveal` only when the user asked to see secrets. */
export function maskerFor(reveal: boolean): Masker {
  return reveal ? identity : masking;
}

/** Cuts text already masked (never the other way round: a cut value would escape the scanners). */
export function cutMasked(masked: string, limit: number, marker = ''): { text: string; cut: boolean } {
  return masked.length > limit ? { text: `${masked.slice(0, limit)}${marker}`, cut: true } : { text: masked, cut: false };
}
