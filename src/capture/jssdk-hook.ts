/*
 * The hook that runs in the inspected page (through devtools.inspectedWindow.eval, only on sites the
 * user switched on). It wraps the JS-SDK object `wx` / `jWeixin` — also when the SDK is loaded later,
 * through a setter — and records each call, the callbacks' results and wx.ready / wx.error into a
 * bounded queue that the devtools page drains. It is serialised with toString(): it must not refer to
 * anything outside itself.
 */
export const HOOK_KEY = '__wechatApiInspectorJssdk';

export interface HookDrain {
  installed: boolean;
  events: unknown[];
  dropped: number;
  href: string;
}

export function jssdkHook(key: string): HookDrain {
  type Rec = Record<string, unknown>;
  const w = window as unknown as Rec;
  const existing = w[key] as { drain(): HookDrain } | undefined;
  if (existing) return existing.drain();
  const MAX_EVENTS = 1000;
  const events: unknown[] = [];
  let dropped = 0;
  let seq = 0;
  const push = (event: Rec): void => {
    if (events.length < MAX_EVENTS) events.push({ ...event, url: location.href, at: Date.now() });
    else dropped++;
  };
  /** A JSON-safe copy, small and cycle-free: functions are named, not kept. */
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value === 'function') return '[function]';
    if (typeof value === 'string') return value.length > 4096 ? `${value.slice(0, 4096)}…` : value;
    if (value === null || typeof value !== 'object') return typeof value === 'bigint' || typeof value === 'symbol' ? String(value) : value;
    if (depth > 4) return '[…]';
    if (Array.isArray(value)) return value.slice(0, 100).map((v) => copy(v, depth + 1));
    const out: Rec = {};
    for (const k of Object.keys(value).slice(0, 100)) {
      try {
        out[k] = copy((value as Rec)[k], depth + 1);
      } catch {
        out[k] = '[unreadable]';
      }
    }
    return out;
  };
  const seenErrors = new WeakSet<object>();
  const CALLBACKS = ['success', 'fail', 'cancel', 'complete'];
  const wrapCallbacks = (id: number, options: unknown): unknown => {
    if (typeof options !== 'object' || options === null) return options;
    const wrapped: Rec = { ...(options as Rec) };
    for (const name of CALLBACKS) {
      const original = wrapped[name];
      if (typeof original !== 'function') continue;
      wrapped[name] = function (this: unknown, ...args: unknown[]) {
        push({ kind: 'result', id, callback: name, res: copy(args[0], 0) });
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
    // A call without callbacks still reports its outcome.
    if (!CALLBACKS.some((n) => typeof wrapped[n] === 'function')) {
      wrapped['complete'] = (res: unknown) => push({ kind: 'result', id, callback: 'complete', res: copy(res, 0) });
    }
    return wrapped;
  };
  const wrap = (sdk: unknown): unknown => {
    if (typeof sdk !== 'object' || sdk === null || (sdk as Rec)[key]) return sdk;
    const target = sdk as Rec;
    for (const name of Object.keys(target)) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function (this: unknown, ...args: unknown[]) {
        const call = (original as (...a: unknown[]) => unknown).bind(this);
        if (name === 'ready' && typeof args[0] === 'function') {
          const fn = args[0] as () => unknown;
          return call(() => {
            push({ kind: 'ready' });
            return fn();
          });
        }
        if (name === 'error' && typeof args[0] === 'function') {
          const fn = args[0] as (res: unknown) => unknown;
          return call((res: unknown) => {
            // Every wx.error handler gets the same answer: record it once.
            const object = typeof res === 'object' && res !== null ? res : null;
            if (!object || !seenErrors.has(object)) push({ kind: 'error', res: copy(res, 0) });
            if (object) seenErrors.add(object);
            return fn(res);
          });
        }
        const id = ++seq;
        if (name === 'invoke') {
          // WeCom's wx.invoke(name, params, callback).
          push({ kind: 'call', id, api: String(args[0]), args: copy(args[1], 0) });
          const cb = args[2];
          return call(args[0], args[1], (res: unknown) => {
            push({ kind: 'result', id, callback: 'complete', res: copy(res, 0) });
            if (typeof cb === 'function') return (cb as (r: unknown) => unknown)(res);
            return undefined;
          });
        }
        push({ kind: 'call', id, api: name, args: copy(args[0], 0) });
        return call(wrapCallbacks(id, args[0]), ...args.slice(1));
      };
    }
    Object.defineProperty(target, key, { value: true, enumerable: false });
    return sdk;
  };
  for (const name of ['wx', 'jWeixin']) {
    const descriptor = Object.getOwnPropertyDescriptor(w, name);
    if (descriptor && !descriptor.configurable) {
      wrap(w[name]);
      continue;
    }
    let current = wrap(w[name]);
    Object.defineProperty(w, name, {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value: unknown) => {
        current = wrap(value);
      },
    });
  }
  const api = {
    drain: (): HookDrain => {
      const out = events.splice(0);
      const lost = dropped;
      dropped = 0;
      return { installed: true, events: out, dropped: lost, href: location.href };
    },
  };
  Object.defineProperty(w, key, { value: api, enumerable: false, configurable: true });
  return { installed: true, events: [], dropped: 0, href: location.href };
}

/** The expression evaluated in the page: installs the hook once, then drains it. */
export const hookExpression = `(${jssdkHook.toString()})(${JSON.stringify(HOOK_KEY)})`;
/** Drains without installing: answers `installed: false` after a navigation wiped the hook. */
export const drainExpression = `(window[${JSON.stringify(HOOK_KEY)}] ? window[${JSON.stringify(HOOK_KEY)}].drain() : { installed: false, events: [], dropped: 0, href: location.href })`;
