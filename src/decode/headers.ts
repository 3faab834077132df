import { toErrcode } from './errcode';
import type { Header } from './types';

export function headerValue(headers: readonly Header[], name: string): string | null {
  const wanted = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === wanted)?.value ?? null;
}

/** WeCom repeats its error in `Error-Code` / `Error-Msg` headers: readable even when the body is not. */
export function headerError(headers: readonly Header[]): { errcode: number; errmsg: string | null } | null {
  const code = toErrcode(headerValue(headers, 'Error-Code'));
  return code === null ? null : { errcode: code, errmsg: headerValue(headers, 'Error-Msg') };
}

/** WeChat Pay v3: the last `-` segment of the Request-ID header is a numeric error code when it fails. */
export function requestIdCode(headers: readonly Header[]): number | null {
  const match = /-(\d{6,12})\s*$/.exec(headerValue(headers, 'Request-ID') ?? '');
  return match ? Number(match[1]) : null;
}
