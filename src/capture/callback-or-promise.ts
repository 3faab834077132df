const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';

/**
 * Calls a DevTools API that, depending on the browser and namespace, returns a promise (native
 * `browser`, webextension-polyfill, which rejects extra arguments) or takes a callback (`chrome`).
 * The promise form is tried first; the callback form only when no promise came back. Resolves with
 * the callback's arguments, or the promised value as a one-element array; null on failure or time-out.
 */
export function callbackOrPromise(call: (callback?: (...args: unknown[]) => void) => unknown, timeoutMs: number): Promise<unknown[] | null> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: unknown[] | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => settle(null), timeoutMs);
    const viaCallback = (): void => {
      try {
        call((...args) => settle(args));
      } catch {
        settle(null);
      }
    };
    try {
      const returned = call();
      if (isThenable(returned)) returned.then((value) => settle([value]), () => settle(null));
      else viaCallback();
    } catch {
      viaCallback();
    }
  });
}
