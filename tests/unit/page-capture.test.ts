import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { installPageCapture, type PageCaptureOptions } from '../../src/capture/page/page-capture';
import type { PageWindow } from '../../src/capture/page/builtins';
import type { DecodedCall } from '../../src/decode/types';

/*
 * Capture in the page, against a stand-in window: Node's own fetch classes (Response, Headers,
 * ReadableStream) behind a fake network, and a fake XMLHttpRequest that answers like a browser's.
 */
const PAGE_URL = 'http://localhost:5173/admin/#/users';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Capture decodes in a later task: waits until `calls` holds `count`, then a little more for any extra. */
const settle = async (calls: readonly unknown[], count: number): Promise<void> => {
  await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 10 });
  await sleep(50);
};

type Answer = { status?: number; headers?: Record<string, string>; body?: BodyInit | null };
type Route = (url: string, init: RequestInit | undefined) => Answer | Error;

const json = (value: unknown, status = 200): Answer => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const WX_40164 = { errcode: 40164, errmsg: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6557a1b2-3c4d5e6f-7a8b9c0d' };

class FakeXhr {
  static routes: Route = () => json({});
  private listeners: Record<string, Array<(e: unknown) => void>> = {};
  private method = 'GET';
  private url = '';
  private async = true;
  private answer: Answer | null = null;
  private text = '';
  private bytes: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private aborted = false;
  readyState = 0;
  private type: XMLHttpRequestResponseType = '';
  onloadend: (() => void) | null = null;
  open(method: string, url: string, async = true): void {
    this.method = method;
    this.url = new URL(url, PAGE_URL).href;
    this.async = async;
    this.readyState = 1;
  }
  setRequestHeader(_name: string, _value: string): void {}
  addEventListener(type: string, listener: (e: unknown) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  abort(): void {
    this.aborted = true;
    this.fire('abort');
    this.fire('loadend');
  }
  send(_body?: unknown): void {
    const respond = (): void => {
      if (this.aborted) return;
      const answer = FakeXhr.routes(this.url, { method: this.method });
      if (answer instanceof Error) {
        this.fire('error');
        this.fire('loadend');
        return;
      }
      this.answer = answer;
      const body = answer.body;
      this.bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(0);
      this.text = new TextDecoder().decode(this.bytes);
      this.readyState = 4;
      this.fire('load');
      this.fire('loadend');
      this.onloadend?.();
    };
    if (this.async) setTimeout(respond, 1);
    else respond();
  }
  private fire(type: string): void {
    for (const l of this.listeners[type] ?? []) l({ type });
  }
  get responseType(): XMLHttpRequestResponseType {
    return this.type;
  }
  set responseType(type: XMLHttpRequestResponseType) {
    this.type = type;
  }
  get status(): number {
    return this.aborted ? 0 : (this.answer?.status ?? 0);
  }
  get responseURL(): string {
    return this.answer ? this.url : '';
  }
  get responseText(): string {
    if (this.responseType !== '' && this.responseType !== 'text') throw new Error('InvalidStateError');
    return this.text;
  }
  get response(): unknown {
    if (this.responseType === 'json') return JSON.parse(this.text);
    if (this.responseType === 'arraybuffer') return this.bytes.buffer.slice(0);
    if (this.responseType === 'blob') return new Blob([this.bytes]);
    if (this.responseType === 'document') return { nodeType: 9 };
    return this.text;
  }
  getAllResponseHeaders(): string {
    return Object.entries(this.answer?.headers ?? {})
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
  }
}

interface Page extends PageWindow {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
}

function fakePage(route: Route): { page: Page; sent: unknown[][] } {
  const sent: unknown[][] = [];
  FakeXhr.routes = route;
  class Xhr extends FakeXhr {}
  const page: Page = {
    fetch: (async (...args: unknown[]) => {
      sent.push(args);
      const input = args[0];
      const url = input instanceof Request ? input.url : new URL(String(input), PAGE_URL).href;
      const answer = route(url, args[1] as RequestInit | undefined);
      if (answer instanceof Error) throw answer;
      return new Response(answer.body ?? null, { status: answer.status ?? 200, headers: answer.headers ?? {} });
    }) as typeof fetch,
    XMLHttpRequest: Xhr as unknown as typeof XMLHttpRequest,
    Response,
    Request,
    Headers,
    Blob,
    ReadableStreamDefaultReader,
    URL,
    URLSearchParams,
    TextDecoder,
    location: { href: PAGE_URL },
  };
  return { page, sent };
}

function captured(page: Page, options: PageCaptureOptions = {}) {
  const calls: DecodedCall[] = [];
  const capture = installPageCapture(page, { add: (c) => calls.push(c) }, options);
  return { calls, capture };
}

const backend: Route = (url) => {
  const u = new URL(url);
  if (u.hostname === 'api.weixin.qq.com') return json(WX_40164);
  if (u.pathname === '/api/wx-login') return json({ ok: false, data: { wx: { errcode: 40029, errmsg: 'invalid code, rid: 6557a1b2-3c4d5e6f-7a8b9c0d' } } });
  if (u.pathname === '/cgi-bin/token') return json({ errcode: 40013, errmsg: 'invalid appid' });
  if (u.pathname === '/api/orders') return json({ errcode: 40001, errmsg: '参数错误' });
  if (u.pathname === '/page.html') return { headers: { 'content-type': 'text/html' }, body: '<p>hi</p>' };
  if (u.hostname === 'admin.example.com') return json({ code: 0, result: { wxcode: 48001, wxmsg: 'api unauthorized' } });
  return json({ ok: true });
};

describe('page capture with fetch', () => {
  it('decodes a WeChat host, relayed answers and a dev-proxy path; leaves business errors and HTML alone', async () => {
    const { page } = fakePage(backend);
    const { calls } = captured(page);
    const texts = await Promise.all(
      ['https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=S3CRET', '/api/wx-login', '/cgi-bin/token?appid=x', '/api/orders', '/page.html'].map((u) => page.fetch(u).then((r) => r.text())),
    );
    await settle(calls, 3);
    expect(texts[0]).toBe(JSON.stringify(WX_40164));
    expect(texts[4]).toBe('<p>hi</p>');
    const byPath = Object.fromEntries(calls.map((c) => [c.path, c]));
    expect(calls).toHaveLength(3);
    expect(byPath['/cgi-bin/token']).toBeDefined();
    const direct = calls.find((c) => c.host === 'api.weixin.qq.com')!;
    expect(direct).toMatchObject({ platform: 'weixin', errcode: 40164, state: 'error', status: 200, method: 'GET' });
    expect(direct.relay).toBeUndefined();
    expect(calls.find((c) => c.path === '/api/wx-login')).toMatchObject({ errcode: 40029, relay: { by: 'auto', at: 'data.wx' } });
    expect(calls.find((c) => c.host === 'localhost' && c.path === '/cgi-bin/token')).toMatchObject({ errcode: 40013, relay: { by: 'path-rule' } });
  });

  it('applies rules given in code and counts the invalid ones', async () => {
    const { page } = fakePage(backend);
    const { calls, capture } = captured(page, {
      rules: [{ hostGlob: 'admin.example.com', path: '/api/', errcodePath: 'result.wxcode', errmsgPath: 'result.wxmsg', platform: 'weixin' }, { hostGlob: '', path: 42 as unknown as string }, null as unknown as { hostGlob: string }],
      autoDetect: false,
    });
    await page.fetch('https://admin.example.com/api/menu');
    await page.fetch('/api/wx-login');
    await settle(calls, 1);
    expect(capture.invalidRules).toBe(2);
    expect(calls.map((c) => [c.host, c.errcode, c.relay?.by])).toEqual([['admin.example.com', 48001, 'user-rule']]);
  });

  it('reads only a clone of a candidate, never an answer of another kind, and the page can still clone and stream', async () => {
    const { page } = fakePage(backend);
    const clone = Response.prototype.clone;
    let clones = 0;
    Response.prototype.clone = function (this: Response) {
      clones++;
      return clone.call(this);
    };
    try {
      const { calls } = captured(page);
      const html = await page.fetch('/page.html');
      expect(clones).toBe(0);
      expect(await html.clone().text()).toBe('<p>hi</p>');
      const wx = await page.fetch('https://api.weixin.qq.com/cgi-bin/user/info');
      const reader = wx.body!.getReader();
      let text = '';
      for (let step = await reader.read(); !step.done; step = await reader.read()) text += new TextDecoder().decode(step.value);
      expect(text).toBe(JSON.stringify(WX_40164));
      await settle(calls, 1);
      expect(calls).toHaveLength(1);
    } finally {
      Response.prototype.clone = clone;
    }
  });

  it('keeps its own builtins when the page replaces them after install', async () => {
    const { page } = fakePage(backend);
    const { calls } = captured(page);
    const saved = { clone: Response.prototype.clone, forEach: Headers.prototype.forEach };
    Response.prototype.clone = () => {
      throw new Error('hostile clone');
    };
    Headers.prototype.forEach = () => {
      throw new Error('hostile forEach');
    };
    try {
      const r = await page.fetch('https://api.weixin.qq.com/cgi-bin/menu/get');
      expect(await r.json()).toEqual(WX_40164);
      await settle(calls, 1);
      expect(calls.map((c) => c.errcode)).toEqual([40164]);
    } finally {
      Object.assign(Response.prototype, { clone: saved.clone });
      Object.assign(Headers.prototype, { forEach: saved.forEach });
    }
  });

  it('hands back the same error; a failed WeChat call is listed without a body, an aborted one not at all', async () => {
    const failure = new TypeError('Failed to fetch');
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const { page } = fakePage((url) => (url.includes('menu') ? failure : abort));
    const { calls } = captured(page);
    await expect(page.fetch('https://api.weixin.qq.com/cgi-bin/menu/get')).rejects.toBe(failure);
    await expect(page.fetch('https://api.weixin.qq.com/cgi-bin/token')).rejects.toBe(abort);
    await settle(calls, 1);
    expect(calls.map((c) => [c.path, c.status, c.state])).toEqual([['/cgi-bin/menu/get', 0, 'no-body']]);
  });

  it('caps what it reads of a large candidate while the page reads all of it', async () => {
    const big = JSON.stringify({ errcode: 45009, errmsg: 'reach max api daily quota limit', pad: 'x'.repeat(300_000) });
    const { page } = fakePage(() => json(JSON.parse(big)));
    const { calls } = captured(page, { maxBodyBytes: 1000 });
    const text = await (await page.fetch('https://api.weixin.qq.com/cgi-bin/message/custom/send', { method: 'POST', body: '{"touser":"o1"}' })).text();
    await settle(calls, 1);
    expect(text).toBe(big);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', requestBody: '{"touser":"o1"}' });
    expect(calls[0]!.body.kind === 'text' || calls[0]!.body.kind === 'json' ? calls[0]!.body.text.length : -1).toBeLessThanOrEqual(1000);
  });

  it('passes any arguments through unchanged and answers as the page\'s fetch does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.webUrl(), fc.constant('https://api.weixin.qq.com/cgi-bin/token'), fc.integer(), fc.constant(null), fc.object()),
        fc.oneof(
          fc.constant(undefined),
          fc.object(),
          fc.record({ method: fc.string(), body: fc.string(), headers: fc.dictionary(fc.string(), fc.string()) }),
          fc.constant(Object.defineProperty({}, 'method', { enumerable: true, get: () => { throw new Error('getter'); } })),
        ),
        async (input, init) => {
          const outcome = async (wrap: boolean) => {
            let getterCalls = 0;
            const route: Route = (url) => (url.includes('weixin') ? json(WX_40164) : new TypeError('bad'));
            const { page, sent } = fakePage(route);
            if (wrap) captured(page);
            const counted = init && typeof init === 'object' ? new Proxy(init, { get: (t, k, r) => (getterCalls++, Reflect.get(t, k, r)) }) : init;
            const result = await page.fetch(input as string, counted as RequestInit).then((r) => r.text(), (e: unknown) => `error:${String(e)}`);
            return { result, sent: sent.map((args) => args.length), same: sent[0]?.[0] === input && sent[0]?.[1] === counted, getterCalls };
          };
          const [bare, wrapped] = [await outcome(false), await outcome(true)];
          expect(wrapped).toEqual(bare);
        },
      ),
      { numRuns: 80 },
    );
  });
});

function xhr(page: Page, method: string, url: string, responseType: XMLHttpRequestResponseType = '', async = true): Promise<{ status: number; value: unknown }> {
  return new Promise((resolve) => {
    const x = new page.XMLHttpRequest();
    x.open(method, url, async);
    x.responseType = responseType;
    x.setRequestHeader('Content-Type', 'application/json');
    if (async) x.addEventListener('loadend', () => resolve({ status: x.status, value: x.response }));
    x.send('{"a":1}');
    if (!async) resolve({ status: x.status, value: x.response });
  });
}

describe('page capture with XMLHttpRequest', () => {
  it('reads text, json, arraybuffer and blob answers as the page asked for them, and never a document', async () => {
    const { page } = fakePage(backend);
    const { calls } = captured(page);
    const results = [];
    for (const type of ['', 'text', 'json', 'arraybuffer', 'blob', 'document'] as const) results.push(await xhr(page, 'POST', `https://api.weixin.qq.com/cgi-bin/user/info?type=${type}`, type));
    await settle(calls, 6);
    expect((results[2]!.value as typeof WX_40164).errcode).toBe(40164);
    expect(results[3]!.value).toBeInstanceOf(ArrayBuffer);
    expect(calls.map((c) => [c.url.split('type=')[1], c.errcode, c.state])).toEqual([
      ['', 40164, 'error'],
      ['text', 40164, 'error'],
      ['json', 40164, 'error'],
      ['arraybuffer', 40164, 'error'],
      ['blob', 40164, 'error'],
      ['document', null, 'no-body'],
    ]);
    expect(calls[0]).toMatchObject({ method: 'POST', requestBody: '{"a":1}', requestHeaders: [{ name: 'Content-Type', value: 'application/json' }] });
  });

  it('observes a synchronous request right after send, a relayed answer, and not an aborted one', async () => {
    const { page } = fakePage(backend);
    const { calls } = captured(page);
    const sync = await xhr(page, 'GET', '/api/wx-login', '', false);
    expect(sync.status).toBe(200);
    await settle(calls, 1);
    expect(calls.map((c) => [c.path, c.errcode, c.relay?.by])).toEqual([['/api/wx-login', 40029, 'auto']]);
    const x = new page.XMLHttpRequest();
    x.open('GET', 'https://api.weixin.qq.com/cgi-bin/token');
    x.send();
    x.abort();
    await settle(calls, 1);
    expect(calls).toHaveLength(1);
  });

  it('leaves requests of other hosts unread and the prototype as it found it on uninstall', async () => {
    const { page } = fakePage(backend);
    const open = page.XMLHttpRequest.prototype.open;
    const { calls, capture } = captured(page);
    expect(page.XMLHttpRequest.prototype.open).not.toBe(open);
    await xhr(page, 'GET', '/page.html');
    await settle(calls, 0);
    expect(calls).toEqual([]);
    capture.uninstall();
    expect(page.XMLHttpRequest.prototype.open).toBe(open);
  });
});
