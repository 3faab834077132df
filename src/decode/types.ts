/** Platforms whose errcode tables differ: a code means something only together with its platform. */
export type Platform = 'weixin' | 'wecom';

export const PLATFORMS: readonly Platform[] = ['weixin', 'wecom'];

/** How a captured call is labelled in the list. */
export type CallState = 'ok' | 'error' | 'warning' | 'no-body';

export interface Header {
  name: string;
  value: string;
}

/** One finished HTTP exchange as capture hands it over, independent of the browser it came from. */
export interface CapturedCall {
  /** Unique within one DevTools session; capture uses it to drop duplicates. */
  id: string;
  startedDateTime: string;
  /** Total duration in milliseconds. */
  time: number;
  method: string;
  /** The URL as sent, secrets included: mask before showing it. */
  url: string;
  /** HTTP status; 0 when the browser did not report one. */
  status: number;
  mimeType: string;
  requestHeaders: Header[];
  responseHeaders: Header[];
  requestBody: string | null;
  /** Response body as DevTools gave it; null when the browser kept none (CORS-blocked, cached, 204). */
  content: string | null;
  /** 'base64' when `content` holds bytes encoded as base64, '' for text. */
  encoding: string;
}

/** The response body after decoding, in the form the views need. */
export type BodyView =
  | { kind: 'json'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'empty' }
  | { kind: 'missing' };

export interface DecodedCall {
  id: string;
  startedDateTime: string;
  time: number;
  method: string;
  url: string;
  status: number;
  mimeType: string;
  requestHeaders: Header[];
  responseHeaders: Header[];
  requestBody: string | null;
  platform: Platform;
  host: string;
  path: string;
  state: CallState;
  /** The errcode WeChat answered with; null when the body carries none. */
  errcode: number | null;
  errmsg: string | null;
  body: BodyView;
}
