/*
 * The JS-SDK signature (wx.config / wx.agentConfig): SHA-1 of
 * `jsapi_ticket=…&noncestr=…&timestamp=…&url=…`, keys in that order, values unescaped, the URL
 * without its #fragment. Web Crypto, so the panel and the command line share it; on an http page (no
 * crypto.subtle there: the in-page plugin on a test server) a SHA-1 of our own.
 */
import { sha1Hex } from './sha1';

export interface SignatureParams {
  jsapiTicket: string;
  nonceStr: string;
  /** Seconds, as passed to wx.config; written as given. */
  timestamp: string | number;
  /** The page URL; anything from '#' on is dropped. */
  url: string;
}

/** The URL WeChat verifies: everything before the first '#'. */
export function signedUrl(pageUrl: string): string {
  const hash = pageUrl.indexOf('#');
  return hash === -1 ? pageUrl : pageUrl.slice(0, hash);
}

/** The string that is hashed (string1 in the official docs). */
export function signatureString(params: SignatureParams): string {
  return `jsapi_ticket=${params.jsapiTicket}&noncestr=${params.nonceStr}&timestamp=${params.timestamp}&url=${signedUrl(params.url)}`;
}

/** Lowercase hex SHA-1 of the signature string: Web Crypto where the page is a secure context, else our own SHA-1. */
export async function jssdkSignature(params: SignatureParams): Promise<string> {
  const bytes = new TextEncoder().encode(signatureString(params));
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha1Hex(bytes);
  const digest = await subtle.digest('SHA-1', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether a signature someone passed to wx.config is the expected one (hex, any case, stray spaces). */
export function compareSignature(expected: string, given: string): boolean {
  return expected.trim().toLowerCase() === given.trim().toLowerCase();
}
