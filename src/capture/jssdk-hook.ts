/*
 * The JS-SDK hook, one implementation for both surfaces. The extension evaluates it in the inspected
 * page (devtools.inspectedWindow.eval, only on sites the user switched on) from its serialised source,
 * and drains the bounded queue it keeps by polling; the in-page plugin (src/shells/webview) calls it
 * directly with a listener that receives every event at once. It wraps the JS-SDK objects `wx` /
 * `jWeixin` and WeCom's `ww` (@wecom/jssdk's global) — also when an SDK is loaded later, through a
 * setter — and records each call, the callbacks' results, wx.ready / wx.error and ww.register's config
 * and agentConfig. It also wraps `WeixinJSBridge.invoke`, the channel every SDK build talks to WeChat
 * through (npm builds set no global the hook could wrap): the bridge WeChat injects, also later (a setter,
 * and the WeixinJSBridgeReady event) or replaced, with the raw bridge name and answer; the decode side
 * maps those to the SDK's names and folds a call seen both ways into one. A read of the missing bridge
 * (an SDK or page looking for it, to wait for WeixinJSBridgeReady) is reported once per absence: outside
 * WeChat the JS-SDK never answers. It is serialised with toString(): it must not refer to anything
 * outside itself.
 *
 * The queue lives in the hook's closure, out of the page's reach. The page sees only an object under
 * a name chosen at random per session (so it cannot define it first), fixed (non-writable,
 * non-configurable) once the hook defines it, whose drain and listen answer only to a second random
 * token that appears nowhere but in the evaluated expressions. Each event is capped in size.
 */

export interface HookDrain {
  installed: boolean;
  events: unknown[];
  dropped: number;
  href: string;
}

/** What the hook leaves on `window[key]`: the extension drains it, the plugin listens to it; both need the token. */
export interface InstalledHook {
  drain(token: unknown): HookDrain;
  /** Every later event goes to `listener` as it happens; returns the unsubscribe. */
  listen(token: unknown, listener: (event: unknown) => void): () => void;
}

export function jssdkHook(key: string, token: string, listener?: (event: unknown) => void): HookDrain {
  // Evaluated from its source in a sloppy page context: strict, so a callback called without `this` gets none from us either.
  'use strict';
  type Rec = Record<string, unknown>;
  type Fn = (...a: unknown[]) => unknown;
  const w = window as unknown as Rec;
  const existing = Object.getOwnPropertyDescriptor(w, key);
  if (existing) {
    const hook = existing.value as Partial<InstalledHook> | undefined;
    if (!listener) return typeof hook?.drain === 'function' ? hook.drain(token) : { installed: true, events: [], dropped: 0, href: location.href };
    if (typeof hook?.listen === 'function') hook.listen(token, listener);
    return { installed: true, events: [], dropped: 0, href: location.href };
  }
  // The page may replace these later; the hook keeps the ones it found.
  const apply = Reflect.apply;
  const keys = Object.keys;
  const define = Object.defineProperty;
  const isArray = Array.isArray;
  const now = Date.now;
  const MAX_EVENTS = 1000;
  /** Characters of strings and keys one event may copy from the page. */
  const EVENT_BUDGET = 16_384;
  const events: unknown[] = [];
  const listeners: Array<(event: unknown) => void> = listener ? [listener] : [];
  // Queued for polling only when nobody listens, or once the extension has drained.
  let draining = !listener;
  let dropped = 0;
  let seq = 0;
  const push = (event: Rec): void => {
    let full: Rec;
    try {
      full = { ...event, url: String(location.href), at: now() };
    } catch {
      return;
    }
    for (const l of listeners) {
      try {
        l(full);
      } catch {
        // A listener's failure stays in the hook.
      }
    }
    if (!draining) return;
    if (events.length < MAX_EVENTS) events[events.length] = full;
    else dropped++;
  };
  /** A JSON-safe copy, small and cycle-free: functions are named, not kept; throwing getters are noted. */
  const copy = (value: unknown, depth: number, budget = { left: EVENT_BUDGET }): unknown => {
    if (budget.left <= 0) return '[…]';
    if (typeof value === 'function') return '[function]';
    if (typeof value === 'string') {
      const kept = value.slice(0, Math.min(4096, budget.left));
      budget.left -= kept.length;
      return kept.length < value.length ? `${kept}…` : value;
    }
    if (value === null || typeof value !== 'object') return typeof value === 'bigint' || typeof value === 'symbol' ? String(value) : value;
    if (depth > 4) return '[…]';
    if (isArray(value)) {
      const out: unknown[] = [];
      const n = Math.min(value.length, 100);
      for (let i = 0; i < n; i++) {
        try {
          out[i] = copy(value[i], depth + 1, budget);
        } catch {
          out[i] = '[unreadable]';
        }
      }
      return out;
    }
    const out: Rec = {};
    let names: string[];
    try {
      names = keys(value);
    } catch {
      return '[unreadable]';
    }
    for (let i = 0; i < names.length && i < 100; i++) {
      const k = names[i]!;
      budget.left -= k.length;
      try {
        out[k] = copy((value as Rec)[k], depth + 1, budget);
      } catch {
        out[k] = '[unreadable]';
      }
    }
    return out;
  };
  const safely = (fn: () => void): void => {
    try {
      fn();
    } catch {
      // Never let the hook break the page's call.
    }
  };
  const seenErrors = new WeakSet<object>();
  const CALLBACKS = ['success', 'fail', 'cancel', 'complete'];
  /** A copy of the page's options with its callbacks reporting first; the page's own run unchanged. */
  const wrapCallbacks = (id: number, options: unknown): unknown => {
    if (typeof options !== 'object' || options === null || isArray(options)) return options;
    let wrapped: Rec;
    try {
      wrapped = { ...(options as Rec) };
    } catch {
      // A getter of the page's that throws when read: the copy inherits from the page's object
      // instead, so the SDK meets that getter only where it would have.
      wrapped = Object.create(options) as Rec;
    }
    let any = false;
    for (const name of CALLBACKS) {
      let original: unknown;
      try {
        original = wrapped[name];
      } catch {
        continue;
      }
      if (typeof original !== 'function') continue;
      any = true;
      wrapped[name] = function (this: unknown, ...args: unknown[]) {
        safely(() => push({ kind: 'result', id, callback: name, res: copy(args[0], 0) }));
        return apply(original as Fn, this, args);
      };
    }
    // A call without callbacks still reports its outcome.
    if (!any) wrapped['complete'] = (res: unknown) => safely(() => push({ kind: 'result', id, callback: 'complete', res: copy(res, 0) }));
    return wrapped;
  };
  /** `sdk`: what the call came through — `wx` (and jWeixin), `ww`, or the bridge itself. */
  const call = (api: string, args: unknown, sdk: string): number => {
    const id = ++seq;
    safely(() => push({ kind: 'call', id, api, sdk, args: copy(args, 0) }));
    return id;
  };
  /**
   * The arguments of an `invoke(name, params, callback)` (WeCom's wx.invoke, WeixinJSBridge.invoke), the
   * call recorded and its callback reporting the answer first; `always`: a call without a callback gets
   * one, to report its answer, else it is passed on untouched.
   */
  const invokeArgs = (args: unknown[], sdk: string, always: boolean): unknown[] => {
    const id = call(String(args[0]), args[1], sdk);
    const cb = args[2];
    if (!always && typeof cb !== 'function') return args;
    return [
      args[0],
      args[1],
      function (this: unknown, ...a: unknown[]) {
        safely(() => push({ kind: 'result', id, callback: 'complete', res: copy(a[0], 0) }));
        return typeof cb === 'function' ? apply(cb as Fn, this, a) : undefined;
      },
      ...args.slice(3),
    ];
  };
  /**
   * ww.register({corpId, agentId, getConfigSignature, getAgentConfigSignature, onConfigFail, …}): the
   * SDK asks the page for each signature, then configures; the hook records that as a `config` /
   * `agentConfig` call with the parameters the SDK sends (as wx.config / wx.agentConfig), settled by
   * the register callbacks.
   */
  const wrapRegister = (options: unknown): unknown => {
    if (typeof options !== 'object' || options === null) return options;
    const o = { ...(options as Rec) };
    const phases: Array<[string, string, string]> = [
      ['config', 'getConfigSignature', 'Config'],
      ['agentConfig', 'getAgentConfigSignature', 'AgentConfig'],
    ];
    for (const [api, getter, suffix] of phases) {
      const original = o[getter];
      if (typeof original !== 'function') continue;
      let id = 0;
      o[getter] = function (this: unknown, ...args: unknown[]) {
        const result = apply(original as Fn, this, args);
        safely(() => {
          const record = (data: unknown): void => {
            const d = (typeof data === 'object' && data !== null ? data : {}) as Rec;
            const params: Rec =
              api === 'config'
                ? { appId: o['corpId'], timestamp: String(d['timestamp']), nonceStr: d['nonceStr'], signature: d['signature'], jsApiList: o['jsApiList'] }
                : { corpid: o['corpId'], agentid: String(o['agentId']), timestamp: String(d['timestamp']), nonceStr: d['nonceStr'], signature: d['signature'], jsApiList: o['jsApiList'] };
            id = call(api, params, 'ww');
          };
          const then = result !== null && typeof result === 'object' ? (result as Rec)['then'] : undefined;
          // The page's own promise: a second `then` on it changes nothing the page sees.
          if (typeof then === 'function') apply(then as Fn, result, [(data: unknown) => safely(() => record(data)), () => undefined]);
          else record(result);
        });
        return result;
      };
      for (const outcome of ['Success', 'Fail']) {
        const name = `on${suffix}${outcome}`;
        const cb = o[name];
        o[name] = function (this: unknown, ...args: unknown[]) {
          safely(() => {
            if (id) push({ kind: 'result', id, callback: outcome.toLowerCase(), res: copy(args[0], 0) });
          });
          return typeof cb === 'function' ? apply(cb as Fn, this, args) : undefined;
        };
      }
    }
    return o;
  };
  const wrap = (sdk: unknown, sdkName: string): unknown => {
    if (typeof sdk !== 'object' || sdk === null) return sdk;
    const target = sdk as Rec;
    try {
      if (target[key]) return sdk;
    } catch {
      return sdk;
    }
    let names: string[] = [];
    safely(() => (names = keys(target)));
    for (const name of names) {
      let original: unknown;
      try {
        original = target[name];
      } catch {
        continue;
      }
      if (typeof original !== 'function') continue;
      const fn = original as Fn;
      const wrapper = function (this: unknown, ...args: unknown[]) {
        let forwarded: unknown[] = args;
        try {
          if (name === 'ready' && typeof args[0] === 'function') {
            const page = args[0] as Fn;
            forwarded = [
              function (this: unknown, ...a: unknown[]) {
                safely(() => push({ kind: 'ready' }));
                return apply(page, this, a);
              },
            ];
          } else if (name === 'error' && typeof args[0] === 'function') {
            const page = args[0] as Fn;
            forwarded = [
              function (this: unknown, res: unknown, ...rest: unknown[]) {
                safely(() => {
                  // Every wx.error handler gets the same answer: record it once.
                  const object = typeof res === 'object' && res !== null ? res : null;
                  if (!object || !seenErrors.has(object)) push({ kind: 'error', res: copy(res, 0) });
                  if (object) seenErrors.add(object);
                });
                return apply(page, this, [res, ...rest]);
              },
            ];
          } else if (name === 'register') {
            forwarded = [wrapRegister(args[0]), ...args.slice(1)];
          } else if (name === 'invoke') {
            // WeCom's wx.invoke(name, params, callback): its result is recorded even without a callback.
            forwarded = invokeArgs(args, sdkName, true);
          } else {
            const id = call(name, args[0], sdkName);
            forwarded = args.length > 0 ? [wrapCallbacks(id, args[0]), ...args.slice(1)] : args;
          }
        } catch {
          forwarded = args;
        }
        return apply(fn, this, forwarded);
      };
      safely(() => (target[name] = wrapper));
    }
    safely(() => define(target, key, { value: true, enumerable: false }));
    return sdk;
  };
  /** Whether the missing bridge was reported and has not come since. */
  let waiting = false;
  /**
   * WeixinJSBridge.invoke(name, params, callback): the call with the bridge's own name, its answer as
   * the bridge gave it (before the SDK rewrites it). Same arguments and `this`; a call without a
   * callback is passed on untouched.
   */
  const wrapBridge = (bridge: unknown): unknown => {
    if ((typeof bridge !== 'object' && typeof bridge !== 'function') || bridge === null) return bridge;
    waiting = false;
    const target = bridge as Rec;
    let original: unknown;
    try {
      if (target[key]) return bridge;
      original = target['invoke'];
    } catch {
      return bridge;
    }
    if (typeof original !== 'function') return bridge;
    const invoke = original as Fn;
    safely(() => {
      target['invoke'] = function (this: unknown, ...args: unknown[]) {
        let forwarded: unknown[] = args;
        try {
          forwarded = invokeArgs(args, 'bridge', false);
        } catch {
          forwarded = args;
        }
        return apply(invoke, this, forwarded);
      };
      define(target, key, { value: true, enumerable: false });
      push({ kind: 'bridge-ready' });
    });
    return bridge;
  };
  /** Wraps `window[name]` now and whatever the page assigns to it later; `missing` runs on a read that finds nothing. */
  const watch = (name: string, wrapOne: (value: unknown) => unknown, missing?: () => void): void => {
    safely(() => {
      const descriptor = Object.getOwnPropertyDescriptor(w, name);
      if (descriptor && !descriptor.configurable) {
        wrapOne(w[name]);
        return;
      }
      let current = wrapOne(w[name]);
      define(w, name, {
        configurable: true,
        enumerable: true,
        get: () => {
          if (!current && missing) safely(missing);
          return current;
        },
        set: (value: unknown) => {
          current = wrapOne(value);
        },
      });
    });
  };
  for (const name of ['wx', 'jWeixin', 'ww']) watch(name, (sdk) => wrap(sdk, name === 'ww' ? 'ww' : 'wx'));
  const BRIDGE = 'WeixinJSBridge';
  watch(BRIDGE, wrapBridge, () => {
    if (waiting) return;
    waiting = true;
    push({ kind: 'bridge-wait' });
  });
  // WeChat may define the bridge past the setter: wrap it when it announces itself, before the page's
  // own WeixinJSBridgeReady listeners (capture phase on window comes first).
  safely(() =>
    apply(w['addEventListener'] as Fn, w, [
      `${BRIDGE}Ready`,
      () =>
        safely(() => {
          const descriptor = Object.getOwnPropertyDescriptor(w, BRIDGE);
          if (descriptor && 'value' in descriptor) wrapBridge(descriptor.value);
        }),
      true,
    ]),
  );
  const api: InstalledHook = Object.freeze({
    drain: (given: unknown): HookDrain => {
      if (given !== token) return { installed: true, events: [], dropped: 0, href: location.href };
      draining = true;
      const out = events.splice(0);
      const lost = dropped;
      dropped = 0;
      return { installed: true, events: out, dropped: lost, href: location.href };
    },
    listen: (given: unknown, l: (event: unknown) => void) => {
      if (given !== token) return () => undefined;
      listeners[listeners.length] = l;
      return () => {
        const i = listeners.indexOf(l);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  });
  define(w, key, { value: api, enumerable: false, configurable: false, writable: false });
  return { installed: true, events: [], dropped: 0, href: location.href };
}

export interface HookScripts {
  /** The window property the hook sits under. */
  key: string;
  /** The token its drain and listen answer to. */
  token: string;
  /** Installs the hook once, then drains it. */
  hook: string;
  /** Drains without installing: answers `installed: false` after a navigation wiped the hook. */
  drain: string;
}

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The expressions for one session, with their own random property name and token. */
export function hookScripts(key = `__wai${randomName()}`, token = randomName()): HookScripts {
  const k = JSON.stringify(key);
  const t = JSON.stringify(token);
  return {
    key,
    token,
    hook: `(${jssdkHook.toString()})(${k}, ${t})`,
    drain: `(function () { var d = Object.getOwnPropertyDescriptor(window, ${k}); return d && d.value && typeof d.value.drain === 'function' ? d.value.drain(${t}) : { installed: false, events: [], dropped: 0, href: location.href }; })()`,
  };
}
