import { decodeCall } from '../decode/decode-call';
import { matchWeChatUrl, type UrlMatch } from '../decode/hosts';
import { parseHttpUrl } from '../decode/http-url';
import type { Knowledge, Lang } from '../decode/knowledge/types';
import { toReportEntry, type ReportEntry } from '../decode/report-entry';
import type { CallState, DecodedCall, Header, ItemFailure, PartialFailure, Platform } from '../decode/types';

/** One HTTP answer as an application has it: from `fetch`, axios, got, a log… */
export interface ResponseInput {
  /** The request URL: it tells the platform and the endpoint. Secrets in it are masked in the result. */
  url?: string;
  method?: string;
  /** HTTP status; 200 when not given. */
  status?: number;
  /** A `Headers` object, `[name, value]` pairs, `{name: value}` (axios; arrays joined, null left out), or HAR-style `{name, value}` items. */
  headers?: Iterable<readonly [string, string]> | ReadonlyArray<{ name: string; value: string }> | Record<string, unknown>;
  /** The body: text, bytes, or the value already parsed from JSON (axios' `response.data`). */
  body: string | Uint8Array | ArrayBuffer | object | null | undefined;
}

export interface DecodeOptions {
  /** Language of meaning and hints; English when not given. */
  lang?: Lang;
  /** The platform when the URL does not tell it (no URL, or your backend's relay of WeChat's answer). */
  platform?: Platform;
}

/** What the panel knows of one answer: the `report --json` entry, its state, partial failures and Pay details. */
export interface DecodedResponse extends ReportEntry {
  /** `ok`, `error`, `warning` (errcode 0 with failing items or partial-failure fields), `no-body`. */
  state: CallState;
  /** Failing items inside a batch result, e.g. one userid of a batch call. */
  itemFailures: ItemFailure[];
  /** Non-empty partial-failure fields on an errcode-0 answer, e.g. `invaliduser: "a|b"`. */
  partialFailures: PartialFailure[];
  /** WeChat Pay: API generation, the code at the end of the Request-ID, v3's detail. */
  pay: DecodedCall['pay'];
}

function headerList(headers: ResponseInput['headers']): Header[] {
  if (!headers) return [];
  if (Array.isArray(headers)) {
    return headers.map((h: unknown) => (Array.isArray(h) ? { name: String(h[0]), value: String(h[1]) } : { name: String((h as Header).name), value: String((h as Header).value) }));
  }
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    return Array.from(headers as Iterable<readonly [string, string]>, ([name, value]) => ({ name, value }));
  }
  return Object.entries(headers as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && typeof value !== 'function')
    .map(([name, value]) => ({ name, value: Array.isArray(value) ? value.join(', ') : String(value) }));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function content(body: ResponseInput['body']): { content: string | null; encoding: string } {
  if (body === null || body === undefined) return { content: null, encoding: '' };
  if (typeof body === 'string') return { content: body, encoding: '' };
  if (body instanceof Uint8Array) return { content: base64(body), encoding: 'base64' };
  if (body instanceof ArrayBuffer) return { content: base64(new Uint8Array(body)), encoding: 'base64' };
  return { content: JSON.stringify(body) ?? null, encoding: '' };
}

/** Decodes one answer as the panel does; `k` is the whole knowledge base. Never throws. */
export function decodeResponseWith(k: Knowledge, response: ResponseInput, options: DecodeOptions = {}): DecodedResponse {
  const url = response.url ?? '';
  const headers = headerList(response.headers);
  const parsed = url === '' ? null : parseHttpUrl(url);
  const match: UrlMatch = matchWeChatUrl(url) ?? { platform: options.platform ?? 'weixin', host: parsed?.hostname ?? '', path: parsed?.pathname ?? '' };
  if (options.platform) match.platform = options.platform;
  const { content: text, encoding } = content(response.body);
  const call = decodeCall(
    {
      id: 'response',
      startedDateTime: '',
      time: 0,
      method: (response.method ?? 'GET').toUpperCase(),
      url,
      status: response.status ?? 200,
      mimeType: headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '',
      requestHeaders: [],
      responseHeaders: headers,
      requestBody: null,
      content: text,
      encoding,
      timings: null,
    },
    match,
  );
  return { ...toReportEntry(call, k, options.lang ?? 'en'), state: call.state, itemFailures: call.itemFailures, partialFailures: call.partialFailures, pay: call.pay };
}
