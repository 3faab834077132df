/*
 * The hook that runs in the inspected page (through devtools.inspectedWindow.eval, only on sites the
 * user switched on). It wraps the JS-SDK object `wx` / `jWeixin` — also when the SDK is loaded later,
 * through a setter — and records each call, the callbacks' results and wx.ready / wx.error into a
 * bounded queue that the devtools page drains. It is serialised with toString(): it must not refer to
 * anything outside itself.
 *
 * The queue lives in the hook's closure, out of the page's reach. The page sees only a drain function
 * under a name chosen at random per DevTools session (so it cannot define it first), fixed
 * (non-writable, non-configurable) once the hook defines it, and answering only to a second random
 * token that appears nowhere but in the evaluated expressions. Each event is capped in size.
 */

export interface HookDrain {
  installed: boolean;
  events: unknown[];
  dropped: number;
  href: string;
}

export function jssdkHook(key: string, token: string): HookDrain {
  type Rec = Record<string, unknown>;
  const w = window as unknown as Rec;
  const existing = Object.getOwnPropertyDescriptor(w, key);
  if (existing) {
    const drain = (existing.value as { drain?: unknown } | undefined)?.drain;
    return typeof drain === 'function' ? (drain as (t: string) => HookDrain)(token) : { installed: true, events: [], dropped: 0, href: location.href };
  }
  const MAX_EVENTS = 1000;
  /** Characters of strings and keys one event may copy from the page. */
  const EVENT_BUDGET = 16_384;
  const events: unknown[] = [];
  let dropped = 0;
  let seq = 0;
  const push = (event: Rec): void => {
    if (events.length < MAX_EVENTS) events.push({ ...event, url: String(location.href).slice(0, 4096), at: Date.now() });
    else dropped++;
  };
  /** A JSON-safe copy, small and cycle-free: functions are named, not kept; at most EVENT_BUDGET characters. */
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
    if (Array.isArray(value)) return value.slice(0, 100).map((v) => copy(v, depth + 1, budget));
    const out: Rec = {};
    for (const k of Object.keys(value).slice(0, 100)) {
      budget.left -= k.length;
      try {
        out[k] = copy((value as Rec)[k], depth + 1, budget);
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
  const api = Object.freeze({
    drain: (given: unknown): HookDrain => {
      if (given !== token) return { installed: true, events: [], dropped: 0, href: location.href };
      const out = events.splice(0);
      const lost = dropped;
      dropped = 0;
      return { installed: true, events: out, dropped: lost, href: location.href };
    },
  });
  Object.defineProperty(w, key, { value: api, enumerable: false, configurable: false, writable: false });
  return { installed: true, events: [], dropped: 0, href: location.href };
}

export interface HookScripts {
  /** The window property the drain sits under. */
  key: string;
  /** Installs the hook once, then drains it. */
  hook: string;
  /** Drains without installing: answers `installed: false` after a navigation wiped the hook. */
  drain: string;
}

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The expressions for one DevTools session, with their own random property name and token. */
export function hookScripts(key = `__wai${randomName()}`, token = randomName()): HookScripts {
  const k = JSON.stringify(key);
  const t = JSON.stringify(token);
  return {
    key,
    hook: `(${jssdkHook.toString()})(${k}, ${t})`,
    drain: `(function () { var d = Object.getOwnPropertyDescriptor(window, ${k}); return d && d.value && typeof d.value.drain === 'function' ? d.value.drain(${t}) : { installed: false, events: [], dropped: 0, href: location.href }; })()`,
  };
}
