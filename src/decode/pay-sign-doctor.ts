import { parseJson } from './errcode';
import { headerValue } from './headers';
import type { DecodedCall } from './types';

/** The fields of a WeChat Pay v3 `Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",…` header. */
export interface PayAuthorization {
  scheme: string;
  mchid: string | null;
  nonceStr: string | null;
  timestamp: string | null;
  serialNo: string | null;
  /** The signature as sent: a secret, mask it before showing. */
  signature: string | null;
}

/** What WeChat Pay says it verified, from `detail.sign_information` of a SIGN_ERROR answer. */
export interface SignInformation {
  method: string | null;
  url: string | null;
  /** Length of the whole message WeChat Pay signed, before it cut it. */
  length: number | null;
  truncatedMessage: string;
}

export type LineName = 'method' | 'url' | 'timestamp' | 'nonce' | 'body';

export interface LineComparison {
  line: LineName;
  ours: string;
  /** null: WeChat Pay's message ends before this line. */
  theirs: string | null;
  /** `prefix`: the server's text was cut but agrees as far as it goes. */
  verdict: 'same' | 'prefix' | 'differs' | 'missing';
}

export interface PaySignDiagnosis {
  authorization: PayAuthorization | null;
  /** The message this request should have been signed over, each line ending in \n. */
  message: string;
  lines: Record<LineName, string>;
  signInformation: SignInformation | null;
  comparison: LineComparison[] | null;
  /** Seconds between the Authorization timestamp and when the call was made (positive: timestamp ahead). */
  clockSkewSeconds: number | null;
}

const SCHEME = /^\s*(WECHATPAY2-[A-Z0-9-]+)\s+/i;
const LINES: LineName[] = ['method', 'url', 'timestamp', 'nonce', 'body'];

export function parsePayAuthorization(header: string): PayAuthorization | null {
  const scheme = SCHEME.exec(header);
  if (!scheme) return null;
  // `name="value"` pairs joined by commas; no value (base64, hex, digits) holds a comma or a quote.
  const fields = new Map<string, string>();
  for (const pair of header.slice(scheme[0].length).split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    fields.set(pair.slice(0, eq).trim().toLowerCase(), pair.slice(eq + 1).trim().replace(/^"|"$/g, ''));
  }
  return {
    scheme: scheme[1]!.toUpperCase(),
    mchid: fields.get('mchid') ?? null,
    nonceStr: fields.get('nonce_str') ?? null,
    timestamp: fields.get('timestamp') ?? null,
    serialNo: fields.get('serial_no') ?? null,
    signature: fields.get('signature') ?? null,
  };
}

/** The URL's path and query exactly as written (no re-encoding), as WeChat Pay signs it. */
export function pathWithQuery(url: string): string {
  const afterScheme = url.indexOf('://');
  const start = afterScheme < 0 ? 0 : url.indexOf('/', afterScheme + 3);
  if (start < 0) return '/';
  const hash = url.indexOf('#', start);
  return hash < 0 ? url.slice(start) : url.slice(start, hash);
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `sign_information` of a v3 SIGN_ERROR `detail` (given as its JSON text), when it has a truncated message. */
export function readSignInformation(detail: string | null): SignInformation | null {
  const info = record(record(detail === null ? null : parseJson(detail))?.['sign_information']);
  const truncated = info?.['truncated_sign_message'];
  if (!info || typeof truncated !== 'string') return null;
  const text = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : null);
  const length = info['sign_message_length'];
  return { method: text('method'), url: text('url'), length: typeof length === 'number' ? length : null, truncatedMessage: truncated };
}

/** The server's message split into its five lines; the body keeps its own line breaks. */
function splitMessage(message: string): Array<string | null> {
  const parts: Array<string | null> = [];
  let rest = message;
  for (let i = 0; i < 4; i++) {
    const nl = rest.indexOf('\n');
    if (nl < 0) {
      parts.push(rest === '' ? null : rest);
      rest = '';
      for (let j = i + 1; j < 5; j++) parts.push(null);
      return parts;
    }
    parts.push(rest.slice(0, nl));
    rest = rest.slice(nl + 1);
  }
  parts.push(rest.endsWith('\n') ? rest.slice(0, -1) : rest);
  return parts;
}

function compareLine(line: LineName, ours: string, theirs: string | null, cut: boolean): LineComparison {
  if (theirs === null) return { line, ours, theirs, verdict: 'missing' };
  if (theirs === ours) return { line, ours, theirs, verdict: 'same' };
  const prefix = cut && line === 'body' && theirs !== '' && ours.startsWith(theirs);
  return { line, ours, theirs, verdict: prefix ? 'prefix' : 'differs' };
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Whether a call is one the signature doctor can help with: a v3 SIGN_ERROR or a 401 signed by WeChat Pay. */
export function needsPaySignDoctor(call: DecodedCall): boolean {
  if (call.platform !== 'pay' || call.pay?.version !== 'v3') return false;
  if (call.errcode === 'SIGN_ERROR') return true;
  return call.status === 401 && call.responseHeaders.some((h) => h.name.toLowerCase().startsWith('wechatpay-'));
}

/**
 * The WeChat Pay v3 signature doctor: rebuilds the message the request should have been signed over
 * from the captured call (method, path with query, body; timestamp and nonce from its Authorization
 * header) and sets it beside what WeChat Pay says it verified (`truncated_sign_message`).
 */
export function diagnosePaySignature(call: DecodedCall): PaySignDiagnosis {
  const header = headerValue(call.requestHeaders, 'Authorization');
  const authorization = header === null ? null : parsePayAuthorization(header);
  const lines: Record<LineName, string> = {
    method: call.method.toUpperCase(),
    url: pathWithQuery(call.url),
    timestamp: authorization?.timestamp ?? '',
    nonce: authorization?.nonceStr ?? '',
    body: call.requestBody ?? '',
  };
  const message = LINES.map((l) => `${lines[l]}\n`).join('');
  const signInformation = readSignInformation(call.pay?.detail ?? null);
  let comparison: LineComparison[] | null = null;
  if (signInformation) {
    const theirs = splitMessage(signInformation.truncatedMessage);
    const cut = signInformation.length === null || signInformation.length > utf8Length(signInformation.truncatedMessage);
    comparison = LINES.map((l, i) => compareLine(l, lines[l], theirs[i] ?? null, cut));
  }
  const stamp = Number(authorization?.timestamp);
  const madeAt = Date.parse(call.startedDateTime);
  const clockSkewSeconds = authorization?.timestamp && Number.isFinite(stamp) && Number.isFinite(madeAt) ? Math.round(stamp - madeAt / 1000) : null;
  return { authorization, message, lines, signInformation, comparison, clockSkewSeconds };
}
