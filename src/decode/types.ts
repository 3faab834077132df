/** Platforms whose errcode tables differ: a code means something only together with its platform. */
export type Platform = 'weixin' | 'wecom' | 'pay';

export const PLATFORMS: readonly Platform[] = ['weixin', 'wecom', 'pay'];

/** WeChat answers with numeric errcodes; WeChat Pay with string codes (v2 err_code, v3 code). */
export type Errcode = number | string;

/** How a captured call is labelled in the list; `encrypted`: an API security mode answer, unreadable without the key. */
export type CallState = 'ok' | 'error' | 'warning' | 'no-body' | 'encrypted';

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
  /** HAR phase timings in ms, when the browser gave them. */
  timings: Record<string, number> | null;
}

/**
 * The response body after decoding, in the form the views need. Text is kept up to a cap
 * (`truncatedFrom` then holds the full length); binary bodies keep only their size and kind.
 */
export type BodyView =
  | { kind: 'json'; text: string; truncatedFrom?: number }
  | { kind: 'text'; text: string; truncatedFrom?: number }
  | { kind: 'binary'; bytes: number; sniffed: string | null }
  | { kind: 'empty' }
  | { kind: 'missing' };

/** A failing item inside a batch result, e.g. one userid of a batch call. */
export interface ItemFailure {
  /** Where in the body, e.g. `result[2]`. */
  at: string;
  errcode: number;
  errmsg: string | null;
}

/** A non-empty partial-failure field on a successful answer, e.g. `invaliduser: "a|b"`. */
export interface PartialFailure {
  field: string;
  value: string;
}

/** A captured call as the views show it: its body decoded (the raw `content` is not kept) and its verdict. */
export interface DecodedCall extends Omit<CapturedCall, 'content' | 'encoding'> {
  platform: Platform;
  host: string;
  path: string;
  state: CallState;
  /** The errcode WeChat answered with; null when the answer carries none. */
  errcode: Errcode | null;
  errmsg: string | null;
  /** The body has an errcode that is no plain integer (`-1e999`, `[40001]`, `40001.5`): shown as an unreadable errcode, a failure. */
  errcodeUnreadable?: true;
  /** Where the errcode came from: the body, or WeCom's Error-Code header when the body was unreadable. */
  codeSource: 'body' | 'headers' | null;
  itemFailures: ItemFailure[];
  partialFailures: PartialFailure[];
  /** The body was not valid UTF-8 (shown with replacement characters). */
  invalidUtf8: boolean;
  /** WeChat Pay only: the API generation, and the numeric code at the end of the Request-ID header. */
  pay: { version: 'v2' | 'v3'; requestIdCode: number | null; detail: string | null } | null;
  body: BodyView;
  /** Server secrets (AppSecret, corpsecret, …) that the page itself sent: a leak. */
  leakedSecrets: string[];
  /** The HAR file a call was imported from; absent for captured calls. */
  importedFrom?: string;
  /** Not a call to a WeChat host: WeChat's answer relayed by the page's own backend or a dev-server proxy. */
  relay?: RelayInfo;
}

/** How a call that did not go to a WeChat host was recognised as carrying WeChat's answer. */
export interface RelayInfo {
  /** `path-rule`: a WeChat API path on a dev host; `user-rule`: a rule from the options page; `auto`: detected from the body. */
  by: 'path-rule' | 'user-rule' | 'auto';
  /** The user rule's id. */
  ruleId?: string;
  /** Where the {errcode, errmsg} object sits in the body: '' for the top level, `data.wx` in a wrapper. */
  at: string;
  /** Why auto-detection took it for WeChat's (see wechatLikeness). */
  signals: string[];
}
