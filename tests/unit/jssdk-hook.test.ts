import { createContext, runInContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { InspectedWindowLike } from '../../src/capture/inspected-eval';
import { startJssdkCapture } from '../../src/capture/jssdk-capture';
import { hookScripts, jssdkHook, type HookDrain } from '../../src/capture/jssdk-hook';
import { diagnoseSignature } from '../../src/decode/jssdk/doctor';
import { foldJssdkEvents, type JssdkEvent } from '../../src/decode/jssdk/timeline';
import { JssdkLog } from '../../src/store/jssdk-log';

/*
 * The hook is evaluated from its serialised source, as devtools.inspectedWindow.eval does, in a
 * stand-in page: a fresh V8 context whose global plays `window` (a new one for a navigation).
 */
type Page = Record<string, unknown> & { location: { href: string } };
let page: Page;
const evalInPage = (expression: string): unknown => runInContext(expression, page as object);
function newPage(href: string): void {
  const context = createContext({ location: { href } });
  context['window'] = runInContext('this', context);
  page = context as Page;
}
let scripts = hookScripts();
let hookExpression = scripts.hook;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The hook called in the page with a listener, as the webview plugin does (same key and token as `scripts`). */
const hookInPage = (listener: (event: unknown) => void): HookDrain =>
  (runInContext(`(${jssdkHook.toString()})`, page as object) as typeof jssdkHook)(scripts.key, scripts.token, listener);

/** A tiny SDK answering like jweixin: config's outcome through wx.error / wx.ready. */
function fakeWx() {
  let onError: ((res: unknown) => void) | undefined;
  const ready: Array<() => void> = [];
  return {
    config(cfg: { signature?: string }) {
      setTimeout(() => {
        if (cfg.signature !== 'good') onError?.({ errMsg: 'config:invalid signature' });
        ready.splice(0).forEach((fn) => fn());
      }, 1);
    },
    ready: (fn: () => void) => void ready.push(fn),
    error: (fn: (res: unknown) => void) => void (onError = fn),
    chooseImage(options: { fail?: (res: unknown) => void; complete?: (res: unknown) => void }) {
      setTimeout(() => {
        options.fail?.({ errMsg: 'chooseImage:permission denied' });
        options.complete?.({ errMsg: 'chooseImage:permission denied' });
      }, 1);
    },
  };
}

beforeEach(() => {
  newPage('https://h5.example.com/a?x=1#/home');
  scripts = hookScripts();
  hookExpression = scripts.hook;
});

describe('the page hook', () => {
  it('records calls, callbacks, wx.error once and wx.ready, for an SDK present before it', async () => {
    page['wx'] = fakeWx();
    evalInPage(hookExpression);
    const wx = page['wx'] as ReturnType<typeof fakeWx>;
    wx.config({ signature: 'bad' });
    wx.error(() => undefined);
    wx.ready(() => undefined);
    wx.chooseImage({ fail: () => undefined });
    await sleep(10);
    const drained = evalInPage(hookExpression) as { installed: boolean; events: JssdkEvent[]; href: string };
    expect(drained.installed).toBe(true);
    expect(drained.events.map((e) => e.kind + (e.kind === 'call' ? `:${e.api}` : e.kind === 'result' ? `:${e.callback}` : ''))).toEqual([
      'call:config',
      'call:chooseImage',
      'error',
      'ready',
      'result:fail',
    ]);
    expect(drained.events[0]).toMatchObject({ url: 'https://h5.example.com/a?x=1#/home', args: { signature: 'bad' } });
    expect((evalInPage(hookExpression) as { events: unknown[] }).events).toEqual([]);
  });

  it('wraps an SDK that the page loads after the hook', async () => {
    evalInPage(hookExpression);
    page['wx'] = fakeWx();
    (page['wx'] as ReturnType<typeof fakeWx>).chooseImage({});
    await sleep(10);
    const drained = evalInPage(hookExpression) as { events: JssdkEvent[] };
    expect(drained.events.map((e) => e.kind)).toEqual(['call', 'result']);
    expect(drained.events[1]).toMatchObject({ callback: 'complete', res: { errMsg: 'chooseImage:permission denied' } });
  });
});

describe('the page cannot reach the queue', () => {
  it('uses a name and a token of its own per session', () => {
    const other = hookScripts();
    expect(other.key).not.toBe(scripts.key);
    expect(other.key).toMatch(/^__wai[0-9a-f]{32}$/);
    expect(other.hook).not.toContain(scripts.key);
  });

  it('keeps its events from a page that calls the drain or tries to replace it, and they still reach the devtools page', () => {
    page['wx'] = fakeWx();
    evalInPage(hookExpression);
    (page['wx'] as ReturnType<typeof fakeWx>).config({ signature: 'bad' });
    const stolen = evalInPage(`window[${JSON.stringify(scripts.key)}].drain('guess')`) as { events: unknown[] };
    expect(stolen.events).toEqual([]);
    expect(Object.keys(page)).not.toContain(scripts.key);
    const fake = `{ drain: () => ({ installed: true, events: [{ kind: 'ready' }], dropped: 0, href: '' }) }`;
    for (const attempt of [`window[K] = ${fake}`, `delete window[K]`, `Object.defineProperty(window, K, { value: ${fake} })`]) {
      try {
        evalInPage(`var K = ${JSON.stringify(scripts.key)}; ${attempt}`);
      } catch {
        // refused loudly, or (below) quietly: either way the drain stays the hook's
      }
    }
    expect(Object.getOwnPropertyDescriptor(page, scripts.key)).toMatchObject({ configurable: false, writable: false, enumerable: false });
    const drained = evalInPage(scripts.drain) as { events: JssdkEvent[] };
    expect(drained.events.map((e) => e.kind)).toEqual(['call']);
  });

  it('caps what one event copies from the page', () => {
    page['wx'] = fakeWx();
    evalInPage(hookExpression);
    const huge = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, Array.from({ length: 100 }, () => 'x'.repeat(4096))]));
    (page['wx'] as unknown as { chooseImage(o: unknown): void }).chooseImage(huge);
    const drained = evalInPage(scripts.drain) as { events: unknown[] };
    expect(JSON.stringify(drained.events[0]).length).toBeLessThan(40_000);
  });
});

describe('JS-SDK capture in the devtools page', () => {
  const inspected = (): InspectedWindowLike & { reloads: unknown[] } => {
    const reloads: unknown[] = [];
    return {
      reloads,
      eval: (expression, callback) => callback?.(evalInPage(expression), undefined),
      reload: (options) => void reloads.push(options),
    };
  };

  it('hooks only once switched on, drains by polling, and hooks again after a navigation', async () => {
    page['wx'] = fakeWx();
    const batches: Array<{ events: JssdkEvent[]; session: string }> = [];
    const origins: string[] = [];
    const win = inspected();
    const capture = startJssdkCapture(win, { events: (events, session) => batches.push({ events, session }), origin: (o) => origins.push(o) }, { intervalMs: 5, scripts });
    await sleep(10);
    expect(origins).toEqual(['https://h5.example.com']);
    expect(Object.getOwnPropertyDescriptor(page, scripts.key)).toBeUndefined();
    capture.setEnabled(true);
    await sleep(10);
    (page['wx'] as ReturnType<typeof fakeWx>).config({ signature: 'good' });
    await sleep(30);
    expect(batches.flatMap((b) => b.events).map((e) => e.kind)).toEqual(['call']);
    // A navigation: a fresh page without the hook, with its own SDK.
    newPage('https://h5.example.com/b');
    page['wx'] = fakeWx();
    capture.navigated('https://h5.example.com/b');
    await sleep(20);
    (page['wx'] as ReturnType<typeof fakeWx>).chooseImage({});
    await sleep(30);
    const sessions = [...new Set(batches.map((b) => b.session))];
    expect(sessions).toHaveLength(2);
    capture.setEnabled(false);
    capture.reloadWithHook();
    expect(win.reloads).toEqual([{ injectedScript: hookExpression }]);
  });

  it('takes the promised [result, exceptionInfo] form and an exception without failing', async () => {
    const batches: JssdkEvent[][] = [];
    const win: InspectedWindowLike = {
      eval: (expression) => Promise.resolve(expression === 'location.href' ? ['https://x.example/', undefined] : [undefined, { isException: true, value: 'boom' }]),
      reload: () => undefined,
    };
    const origins: string[] = [];
    const capture = startJssdkCapture(win, { events: (e) => batches.push(e), origin: (o) => origins.push(o) }, { intervalMs: 5 });
    capture.setEnabled(true);
    await sleep(20);
    capture.setEnabled(false);
    expect(origins).toEqual(['https://x.example']);
    expect(batches).toEqual([]);
  });
});

/** A stand-in for @wecom/jssdk's global `ww`: register signs through the page, then answers agentConfig. */
function fakeWw() {
  return {
    register(options: { corpId: string; agentId: number; getAgentConfigSignature(url: string): Promise<{ timestamp: number; nonceStr: string; signature: string }>; onAgentConfigFail?: (res: unknown) => void }) {
      void options.getAgentConfigSignature('https://h5.example.com/a?x=1').then(() => {
        setTimeout(() => options.onAgentConfigFail?.({ errMsg: 'agentConfig:fail', err_Info: 'fail', hint: "Hint: '1:2:40093'" }), 1);
      });
    },
    selectExternalContact(params: { fail?: (res: unknown) => void }) {
      setTimeout(() => params.fail?.({ errMsg: 'selectExternalContact:fail_nopermission' }), 1);
      return new Promise(() => undefined);
    },
  };
}

describe('the hook called in the page with a listener (the webview plugin)', () => {
  it('sees ww.register as an agentConfig call with the signed parameters, and ww.* results', async () => {
    page['ww'] = fakeWw();
    const seen: JssdkEvent[] = [];
    hookInPage((e) => seen.push(e as JssdkEvent));
    const ww = page['ww'] as ReturnType<typeof fakeWw>;
    const answers: unknown[] = [];
    ww.register({
      corpId: 'ww7ca4776b2a70000',
      agentId: 1000002,
      getAgentConfigSignature: async () => ({ timestamp: 1414587457, nonceStr: 'n0nce', signature: 'abc' }),
      onAgentConfigFail: (res) => answers.push(res),
    });
    ww.selectExternalContact({ fail: (res) => answers.push(res) });
    await sleep(20);
    const calls = foldJssdkEvents(seen, 's1');
    expect(calls.map((c) => [c.api, c.state, c.errMsg])).toEqual([
      ['selectExternalContact', 'error', 'selectExternalContact:fail_nopermission'],
      ['agentConfig', 'error', expect.stringContaining('agentConfig:fail')],
    ]);
    expect(calls[1]!.args).toMatchObject({ corpid: 'ww7ca4776b2a70000', agentid: '1000002', timestamp: '1414587457', nonceStr: 'n0nce', signature: 'abc' });
    // The page's own callbacks got exactly what the SDK gave.
    expect(answers).toEqual([{ errMsg: 'selectExternalContact:fail_nopermission' }, { errMsg: 'agentConfig:fail', err_Info: 'fail', hint: "Hint: '1:2:40093'" }]);
  });

  it('still hears the outcome of a call whose options have a getter that throws', async () => {
    page['wx'] = fakeWx();
    const seen: JssdkEvent[] = [];
    hookInPage((e) => seen.push(e as JssdkEvent));
    const answers: unknown[] = [];
    const options = Object.defineProperty({ fail: (res: unknown) => answers.push(res) }, 'extra', { enumerable: true, get: () => { throw new Error('page getter'); } });
    (page['wx'] as ReturnType<typeof fakeWx>).chooseImage(options);
    await sleep(10);
    expect(answers).toEqual([{ errMsg: 'chooseImage:permission denied' }]);
    expect(foldJssdkEvents(seen, 's').map((c) => [c.api, c.state])).toEqual([['chooseImage', 'error']]);
  });

  it('keeps the page working when its options throw and when the SDK throws', () => {
    page['wx'] = { chooseImage: () => { throw new Error('sdk says no'); } };
    hookInPage(() => {
      throw new Error('listener fails');
    });
    const hostile = Object.defineProperty({}, 'success', { enumerable: true, get: () => { throw new Error('getter'); } });
    const wx = page['wx'] as { chooseImage(o: unknown): void };
    expect(() => wx.chooseImage(hostile)).toThrow('sdk says no');
  });

  it('queues for the extension too once it drains, beside the listener', () => {
    page['wx'] = fakeWx();
    const seen: unknown[] = [];
    hookInPage((e) => seen.push(e));
    expect((evalInPage(hookExpression) as HookDrain).events).toEqual([]);
    (page['wx'] as ReturnType<typeof fakeWx>).chooseImage({});
    expect(seen).toHaveLength(1);
    expect((evalInPage(hookExpression) as HookDrain).events).toHaveLength(1);
  });
});

/**
 * A stand-in for the WeixinJSBridge WeChat injects: invoke answers asynchronously with a raw `err_msg`
 * (or whatever `answers` says), and remembers how it was called.
 */
function fakeBridge(answers: Record<string, unknown> = {}) {
  const seen: Array<{ self: unknown; args: unknown[] }> = [];
  return {
    seen,
    invoke(this: unknown, ...args: unknown[]) {
      seen.push({ self: this, args });
      const [name, , cb] = args as [string, unknown, ((res: unknown) => void) | undefined];
      setTimeout(() => cb?.(answers[name] ?? { err_msg: `${name}:ok` }), 1);
    },
    on: () => undefined,
  };
}

/** The page's side of `addEventListener` in the stand-in page, so WeixinJSBridgeReady can be fired. */
function withEvents(): (type: string) => void {
  const listeners: Array<{ type: string; fn: () => void; capture: unknown }> = [];
  page['addEventListener'] = (type: string, fn: () => void, capture: unknown) => void listeners.push({ type, fn, capture });
  return (type) => {
    for (const l of listeners.filter((x) => x.type === type).sort((a, b) => Number(Boolean(b.capture)) - Number(Boolean(a.capture)))) l.fn();
  };
}

describe('WeixinJSBridge', () => {
  const SECRET_SIGNATURE = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';
  const configParams = { verifyAppId: 'wx1234567890abcdef', verifyTimestamp: '1414587457', verifyNonceStr: 'n0nce', verifySignature: SECRET_SIGNATURE, verifyJsApiList: ['chooseImage'] };

  it('wraps a bridge injected after the hook: the raw call and answer, config decoded, the page’s callback called once with the same object and this', async () => {
    const seen: JssdkEvent[] = [];
    hookInPage((e) => seen.push(e as JssdkEvent));
    const answer = { err_msg: 'preVerifyJSAPI:fail,Error: 系统错误，错误码：63002,invalid signature' };
    const bridge = fakeBridge({ preVerifyJSAPI: answer });
    page['WeixinJSBridge'] = bridge;
    const got: Array<{ self: unknown; res: unknown }> = [];
    const pageThis = page['WeixinJSBridge'];
    (page['WeixinJSBridge'] as typeof bridge).invoke('preVerifyJSAPI', configParams, function (this: unknown, res: unknown) {
      got.push({ self: this, res });
    });
    await sleep(10);
    expect(got).toEqual([{ self: undefined, res: answer }]);
    expect(got[0]!.res).toBe(answer);
    expect(bridge.seen[0]!.self).toBe(pageThis);
    expect(bridge.seen[0]!.args[1]).toBe(configParams);
    const [call] = foldJssdkEvents(seen.filter((e) => e.kind !== 'bridge-ready'), 's');
    expect(call).toMatchObject({ api: 'config', sdk: 'bridge', state: 'error', errMsg: 'config:fail,Error: 系统错误，错误码：63002,invalid signature', bridge: { api: 'preVerifyJSAPI' } });
    expect(diagnoseSignature(call!).params).toEqual({ appId: 'wx1234567890abcdef', timestamp: '1414587457', nonceStr: 'n0nce', signature: SECRET_SIGNATURE });
    expect(diagnoseSignature(call!).missing).toEqual([]);
  });

  it('wraps a bridge already there, once however often it is set, and a bridge that replaces it', () => {
    const first = fakeBridge();
    page['WeixinJSBridge'] = first;
    const seen: JssdkEvent[] = [];
    hookInPage((e) => seen.push(e as JssdkEvent));
    const wrapped = first.invoke;
    page['WeixinJSBridge'] = first;
    expect(first.invoke).toBe(wrapped);
    first.invoke('getNetworkType', {}, () => undefined);
    const second = fakeBridge();
    page['WeixinJSBridge'] = second;
    second.invoke('imagePreview', { current: 'a' }, () => undefined);
    expect(seen.filter((e) => e.kind === 'call').map((e) => (e.kind === 'call' ? [e.sdk, e.api] : []))).toEqual([
      ['bridge', 'getNetworkType'],
      ['bridge', 'imagePreview'],
    ]);
    expect(seen.filter((e) => e.kind === 'bridge-ready')).toHaveLength(2);
  });

  it('wraps a bridge defined past the setter when WeixinJSBridgeReady fires, before the page’s own listener runs', () => {
    const fire = withEvents();
    const seen: JssdkEvent[] = [];
    hookInPage((e) => seen.push(e as JssdkEvent));
    const bridge = fakeBridge();
    (page['addEventListener'] as (t: string, f: () => void) => void)('WeixinJSBridgeReady', () => (page['WeixinJSBridge'] as typeof bridge).invoke('geoLocation', {}, () => undefined));
    Object.defineProperty(page, 'WeixinJSBridge', { value: bridge, configurable: true, writable: true });
    fire('WeixinJSBridgeReady');
    const calls = foldJssdkEvents(seen, 's');
    expect(calls.map((c) => [c.api, c.sdk, c.bridge?.api])).toEqual([['getLocation', 'bridge', 'geoLocation']]);
  });

  it('reports a page looking for the missing bridge once, until it comes', () => {
    const seen: JssdkEvent[] = [];
    hookInPage((e) => seen.push(e as JssdkEvent));
    expect(runInContext('typeof WeixinJSBridge', page as object)).toBe('undefined');
    expect(runInContext('window.WeixinJSBridge', page as object)).toBeUndefined();
    page['WeixinJSBridge'] = fakeBridge();
    expect(seen.map((e) => e.kind)).toEqual(['bridge-wait', 'bridge-ready']);
    const log = new JssdkLog();
    log.add([seen[0]!], 's');
    expect(log.bridgeMissing).toBe(true);
    log.add([seen[1]!], 's');
    expect(log.bridgeMissing).toBe(false);
  });

  it('never lets its own failure reach the page: hostile parameters, a throwing listener, a bridge that throws', () => {
    hookInPage(() => {
      throw new Error('listener fails');
    });
    const answers: unknown[] = [];
    const bridge = { invoke: (_name: string, _params: unknown, cb: (res: unknown) => void) => cb({ err_msg: 'chooseImage:fail_access denied' }) };
    page['WeixinJSBridge'] = bridge;
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('page trap'); } });
    bridge.invoke('chooseImage', hostile, (res) => answers.push(res));
    expect(answers).toEqual([{ err_msg: 'chooseImage:fail_access denied' }]);
    page['WeixinJSBridge'] = { invoke: () => { throw new Error('bridge says no'); } };
    expect(() => (page['WeixinJSBridge'] as { invoke(...a: unknown[]): void }).invoke('x', {}, () => undefined)).toThrow('bridge says no');
  });

  it('passes a call without a callback on with exactly its arguments', () => {
    hookInPage(() => undefined);
    const bridge = fakeBridge();
    page['WeixinJSBridge'] = bridge;
    bridge.invoke('hideOptionMenu', {});
    expect(bridge.seen[0]!.args).toHaveLength(2);
  });
});
