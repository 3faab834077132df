/*
 * The page's own builtins as they were when capture was installed. A page may later replace JSON,
 * Response.prototype.clone, XMLHttpRequest.prototype.getAllResponseHeaders and so on (a polyfill, a
 * monitoring script, a hostile test page): capture keeps calling the originals, through Reflect.apply
 * on the prototype methods and getters it took here, never through the page's objects.
 */
type Fn = (...args: never[]) => unknown;

export interface PageWindow {
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
  Response?: typeof Response;
  Request?: typeof Request;
  Headers?: typeof Headers;
  Blob?: typeof Blob;
  ReadableStreamDefaultReader?: typeof ReadableStreamDefaultReader;
  URL?: typeof URL;
  URLSearchParams?: typeof URLSearchParams;
  TextDecoder?: typeof TextDecoder;
  location?: { href: string };
}

const getter = (proto: object | undefined, name: string): Fn | null => {
  let o = proto;
  while (o) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return typeof d.get === 'function' ? (d.get as Fn) : null;
    o = Object.getPrototypeOf(o) as object | undefined;
  }
  return null;
};
const method = (proto: object | undefined, name: string): Fn | null => {
  let o = proto;
  while (o) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return typeof d.value === 'function' ? (d.value as Fn) : null;
    o = Object.getPrototypeOf(o) as object | undefined;
  }
  return null;
};

export interface Builtins {
  apply: typeof Reflect.apply;
  now: () => number;
  jsonStringify: (value: unknown) => string | undefined;
  /** `this`-bound calls of captured prototype members; null when the page had no such member. */
  call(fn: Fn | null, self: unknown, ...args: unknown[]): unknown;
  response: { clone: Fn | null; body: Fn | null; status: Fn | null; url: Fn | null; headers: Fn | null };
  request: { url: Fn | null; method: Fn | null; headers: Fn | null };
  headers: { forEach: Fn | null };
  reader: { read: Fn | null; cancel: Fn | null };
  stream: { getReader: Fn | null };
  blob: { slice: Fn | null; arrayBuffer: Fn | null; size: Fn | null };
  xhr: {
    open: Fn | null;
    send: Fn | null;
    setRequestHeader: Fn | null;
    getAllResponseHeaders: Fn | null;
    addEventListener: Fn | null;
    status: Fn | null;
    responseType: Fn | null;
    responseText: Fn | null;
    response: Fn | null;
    responseURL: Fn | null;
  };
  URL: typeof URL | undefined;
  URLSearchParams: typeof URLSearchParams | undefined;
  Headers: typeof Headers | undefined;
  Request: typeof Request | undefined;
  Blob: typeof Blob | undefined;
  TextDecoder: typeof TextDecoder | undefined;
  href(): string;
}

export function captureBuiltins(win: PageWindow): Builtins {
  const apply = Reflect.apply;
  const json = JSON;
  const stringify = json.stringify;
  const responseProto = win.Response?.prototype;
  const requestProto = win.Request?.prototype;
  const xhrProto = win.XMLHttpRequest?.prototype;
  const streamProto = (globalThis as { ReadableStream?: { prototype: object } }).ReadableStream?.prototype;
  const hrefGetter = win.location ? getter(Object.getPrototypeOf(win.location) as object, 'href') : null;
  const location = win.location;
  return {
    apply,
    now: Date.now,
    jsonStringify: (value) => apply(stringify, json, [value]) as string | undefined,
    call: (fn, self, ...args) => (fn ? apply(fn, self, args) : undefined),
    response: {
      clone: method(responseProto, 'clone'),
      body: getter(responseProto, 'body'),
      status: getter(responseProto, 'status'),
      url: getter(responseProto, 'url'),
      headers: getter(responseProto, 'headers'),
    },
    request: { url: getter(requestProto, 'url'), method: getter(requestProto, 'method'), headers: getter(requestProto, 'headers') },
    headers: { forEach: method(win.Headers?.prototype, 'forEach') },
    reader: { read: method(win.ReadableStreamDefaultReader?.prototype, 'read'), cancel: method(win.ReadableStreamDefaultReader?.prototype, 'cancel') },
    stream: { getReader: method(streamProto, 'getReader') },
    blob: { slice: method(win.Blob?.prototype, 'slice'), arrayBuffer: method(win.Blob?.prototype, 'arrayBuffer'), size: getter(win.Blob?.prototype, 'size') },
    xhr: {
      open: method(xhrProto, 'open'),
      send: method(xhrProto, 'send'),
      setRequestHeader: method(xhrProto, 'setRequestHeader'),
      getAllResponseHeaders: method(xhrProto, 'getAllResponseHeaders'),
      addEventListener: method(xhrProto, 'addEventListener'),
      status: getter(xhrProto, 'status'),
      responseType: getter(xhrProto, 'responseType'),
      responseText: getter(xhrProto, 'responseText'),
      response: getter(xhrProto, 'response'),
      responseURL: getter(xhrProto, 'responseURL'),
    },
    URL: win.URL,
    URLSearchParams: win.URLSearchParams,
    Headers: win.Headers,
    Request: win.Request,
    Blob: win.Blob,
    TextDecoder: win.TextDecoder,
    href: () => String(hrefGetter && location ? apply(hrefGetter, location, []) : (location?.href ?? '')),
  };
}
