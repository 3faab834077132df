import type { Header } from '../../decode/types';
import type { Builtins } from './builtins';
import { bytesToBody, NO_BODY, readStream } from './body';
import type { PageBody, PageExchange } from './exchange';

/** Capture's answer to a finished exchange: read its body up to `maxBytes` and hand it to `take`. */
export interface BodyWanted {
  maxBytes: number;
  take(body: PageBody): void;
}

/** Called (synchronously) for each finished exchange; null when its body is not wanted. */
export type Observe = (exchange: PageExchange) => BodyWanted | null;

/** A property of an object the page passed, only when it is a plain data property: no getter runs twice. */
function dataProperty(object: unknown, name: string): unknown {
  if (typeof object !== 'object' || object === null) return undefined;
  const d = Object.getOwnPropertyDescriptor(object, name);
  return d && 'value' in d ? d.value : undefined;
}

/** Header pairs from a Headers object (through the captured forEach), an array of pairs or a plain object. */
export function headerList(value: unknown, b: Builtins): Header[] {
  const out: Header[] = [];
  if (value === null || typeof value !== 'object') return out;
  if (b.Headers && value instanceof b.Headers) {
    b.call(b.headers.forEach, value, (v: string, k: string) => void (out[out.length] = { name: k, value: v }));
    return out;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && i < 200; i++) {
      const pair = value[i] as unknown;
      if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') out[out.length] = { name: pair[0], value: pair[1] };
    }
    return out;
  }
  for (const name of Object.keys(value).slice(0, 200)) {
    const v = dataProperty(value, name);
    if (typeof v === 'string') out[out.length] = { name, value: v };
  }
  return out;
}

/** A request body the page sent as text, or null (streams, blobs and forms are not read). */
export function bodyText(body: unknown, b: Builtins): string | null {
  if (typeof body === 'string') return body;
  if (b.URLSearchParams && body instanceof b.URLSearchParams) return String(body);
  return null;
}

/** An absolute URL from what the page passed; null when it cannot be told without running page code. */
export function absoluteUrl(value: unknown, b: Builtins): string | null {
  let text: string | null = null;
  if (typeof value === 'string') text = value;
  else if (b.URL && value instanceof b.URL) text = value.href;
  if (text === null || !b.URL) return null;
  try {
    return new b.URL(text, b.href()).href;
  } catch {
    return null;
  }
}

/** What fetch(input, init) sends, read without running any of the page's getters. */
function requestFacts(input: unknown, init: unknown, b: Builtins): { url: string; method: string; headers: Header[]; body: string | null } | null {
  const isRequest = b.Request !== undefined && input instanceof b.Request;
  const url = isRequest ? (b.call(b.request.url, input) as string) : absoluteUrl(input, b);
  if (typeof url !== 'string') return null;
  const initMethod = dataProperty(init, 'method');
  const method = typeof initMethod === 'string' ? initMethod : isRequest ? String(b.call(b.request.method, input)) : 'GET';
  const initHeaders = dataProperty(init, 'headers');
  const headers = initHeaders !== undefined ? headerList(initHeaders, b) : isRequest ? headerList(b.call(b.request.headers, input), b) : [];
  return { url, method: method.toUpperCase(), headers, body: bodyText(dataProperty(init, 'body'), b) };
}

const isAbort = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/**
 * Replaces `win.fetch` with a function that calls the page's fetch with the very same arguments and
 * `this`, and hands back the same response or the same error. Beside it, `observe` gets the finished exchange; the body is read only if capture asks,
 * from a clone. A failed request (CORS-blocked, offline) is observed with status 0 and no
 * body; an aborted one is not observed. Returns the undo.
 */
export function wrapFetch(win: { fetch?: typeof fetch }, b: Builtins, observe: Observe): () => void {
  const original = win.fetch;
  if (typeof original !== 'function') return () => undefined;
  const promiseThen = Promise.prototype.then;
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    let facts: ReturnType<typeof requestFacts> = null;
    let startedAt = 0;
    try {
      startedAt = b.now();
      facts = requestFacts(args[0], args[1], b);
    } catch {
      facts = null;
    }
    const promise = b.apply(original, this, args) as Promise<Response>;
    if (!facts) return promise;
    const request = facts;
    try {
      const onResponse = (response: Response): void => {
        try {
          const headers = headerList(b.call(b.response.headers, response), b);
          const responseUrl = b.call(b.response.url, response);
          const exchange: PageExchange = {
            method: request.method,
            url: typeof responseUrl === 'string' && responseUrl !== '' ? responseUrl : request.url,
            startedAt,
            status: Number(b.call(b.response.status, response)) || 0,
            requestHeaders: request.headers,
            responseHeaders: headers,
            requestBody: request.body,
          };
          const wanted = observe(exchange);
          if (!wanted) return;
          // A clone, taken before the page gets the response: it may read or lock its own body at once.
          const clone = b.call(b.response.clone, response);
          void readStream(b.call(b.response.body, clone), wanted.maxBytes, b)
            .then((bytes) => (bytes ? bytesToBody(bytes, b) : NO_BODY), () => NO_BODY)
            .then(wanted.take)
            .catch(() => undefined);
        } catch {
          // Capture's trouble is never the page's.
        }
      };
      const onFailure = (error: unknown): void => {
        try {
          if (isAbort(error)) return;
          observe({ method: request.method, url: request.url, startedAt, status: 0, requestHeaders: request.headers, responseHeaders: [], requestBody: request.body })?.take(NO_BODY);
        } catch {
          // As above.
        }
      };
      // The page gets the promise that follows its own: the same response or the same error, a
      // microtask later; a rejection the page leaves unhandled is still reported to it as unhandled.
      return b.apply(promiseThen, promise, [
        (response: Response) => {
          onResponse(response);
          return response;
        },
        (error: unknown) => {
          onFailure(error);
          throw error;
        },
      ]) as Promise<Response>;
    } catch {
      return promise;
    }
  };
  win.fetch = wrapped as typeof fetch;
  return () => {
    if (win.fetch === wrapped) win.fetch = original;
  };
}
