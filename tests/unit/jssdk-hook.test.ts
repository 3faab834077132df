import { createContext, runInContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { InspectedWindowLike } from '../../src/capture/inspected-eval';
import { startJssdkCapture } from '../../src/capture/jssdk-capture';
import { hookScripts } from '../../src/capture/jssdk-hook';
import type { JssdkEvent } from '../../src/decode/jssdk/timeline';

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
