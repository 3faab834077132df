import type { Header } from '../../decode/types';
import type { Builtins } from './builtins';
import { bytesToBody, capText, NO_BODY } from './body';
import type { PageBody } from './exchange';
import { absoluteUrl, bodyText, type Observe } from './fetch-capture';

interface XhrState {
  method: string;
  url: string | null;
  async: boolean;
  headers: Header[];
  startedAt: number;
  body: string | null;
  aborted: boolean;
}

/** `getAllResponseHeaders()` text → pairs. */
function parseHeaders(text: unknown): Header[] {
  const out: Header[] = [];
  if (typeof text !== 'string') return out;
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) out[out.length] = { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
  }
  return out;
}

/**
 * The answer's body as the page asked for it, never forcing another type: text ('' / text) and JSON
 * (written back as text), bytes of an arraybuffer or a blob, each cut at `maxBytes`; a document is not read.
 */
async function xhrBody(xhr: XMLHttpRequest, b: Builtins, maxBytes: number): Promise<PageBody> {
  const type = String(b.call(b.xhr.responseType, xhr) ?? '');
  if (type === '' || type === 'text') {
    const text = b.call(b.xhr.responseText, xhr);
    return typeof text === 'string' ? capText(text, maxBytes) : NO_BODY;
  }
  const response = b.call(b.xhr.response, xhr);
  if (type === 'json') {
    if (response === null || response === undefined) return NO_BODY;
    const text = b.jsonStringify(response);
    return typeof text === 'string' ? capText(text, maxBytes) : NO_BODY;
  }
  if (type === 'arraybuffer' && response instanceof ArrayBuffer) {
    return bytesToBody(new Uint8Array(response, 0, Math.min(response.byteLength, maxBytes)), b);
  }
  if (type === 'blob' && b.Blob && response instanceof b.Blob) {
    const head = b.call(b.blob.slice, response, 0, maxBytes);
    const buffer = (await b.call(b.blob.arrayBuffer, head)) as ArrayBuffer;
    return bytesToBody(new Uint8Array(buffer), b);
  }
  return NO_BODY;
}

/**
 * Patches XMLHttpRequest.prototype's open, setRequestHeader and send: each calls the page's original
 * with the same arguments and `this` and returns what it returned (a throw too). Beside it, the
 * request is noted and, once it ends (a loadend listener, or right after a synchronous send), observed;
 * its body is read only if capture asks. Failed requests (status 0) are observed without a body, aborted
 * ones not at all. Returns the undo.
 */
export function wrapXhr(win: { XMLHttpRequest?: typeof XMLHttpRequest }, b: Builtins, observe: Observe): () => void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto || !b.xhr.open || !b.xhr.send) return () => undefined;
  const states = new WeakMap<object, XhrState>();
  const { open, send, setRequestHeader } = b.xhr;

  const finish = (xhr: XMLHttpRequest, state: XhrState): void => {
    try {
      if (state.url === null || state.aborted) return;
      const status = Number(b.call(b.xhr.status, xhr)) || 0;
      const responseUrl = b.call(b.xhr.responseURL, xhr);
      const wanted = observe({
        method: state.method,
        url: typeof responseUrl === 'string' && responseUrl !== '' ? responseUrl : state.url,
        startedAt: state.startedAt,
        status,
        requestHeaders: state.headers,
        responseHeaders: status === 0 ? [] : parseHeaders(b.call(b.xhr.getAllResponseHeaders, xhr)),
        requestBody: state.body,
      });
      if (!wanted) return;
      if (status === 0) wanted.take(NO_BODY);
      else void xhrBody(xhr, b, wanted.maxBytes).then(wanted.take, () => wanted.take(NO_BODY)).catch(() => undefined);
    } catch {
      // Capture's trouble is never the page's.
    }
  };

  const patched = {
    open(this: XMLHttpRequest, ...args: unknown[]): unknown {
      try {
        const method = typeof args[0] === 'string' ? args[0].toUpperCase() : 'GET';
        states.set(this, { method, url: absoluteUrl(args[1], b), async: args.length < 3 || Boolean(args[2]), headers: [], startedAt: 0, body: null, aborted: false });
      } catch {
        states.delete(this);
      }
      return b.apply(open, this, args);
    },
    setRequestHeader(this: XMLHttpRequest, ...args: unknown[]): unknown {
      const result = b.apply(setRequestHeader!, this, args);
      try {
        const state = states.get(this);
        if (state && typeof args[0] === 'string' && typeof args[1] === 'string') state.headers[state.headers.length] = { name: args[0], value: args[1] };
      } catch {
        // As above.
      }
      return result;
    },
    send(this: XMLHttpRequest, ...args: unknown[]): unknown {
      const state = states.get(this);
      if (state) {
        try {
          state.startedAt = b.now();
          state.body = bodyText(args[0], b);
          if (state.async) {
            const xhr = this;
            b.call(b.xhr.addEventListener, xhr, 'abort', () => (state.aborted = true), { once: true });
            b.call(b.xhr.addEventListener, xhr, 'loadend', () => finish(xhr, state), { once: true });
          }
        } catch {
          // As above.
        }
      }
      const result = b.apply(send, this, args);
      // A synchronous request has ended when send returns (or thrown, and then it is not observed).
      if (state && !state.async) finish(this, state);
      return result;
    },
  };
  const originals = { open, send, setRequestHeader };
  const target = proto as unknown as Record<string, unknown>;
  for (const name of ['open', 'setRequestHeader', 'send'] as const) if (originals[name]) target[name] = patched[name];
  return () => {
    for (const name of ['open', 'setRequestHeader', 'send'] as const) if (target[name] === patched[name]) target[name] = originals[name];
  };
}
