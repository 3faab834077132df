const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';

interface Waiting {
  deadline: number;
  expire(): void;
}

/**
 * The calls still waiting, under one timer set for the earliest deadline: a burst of thousands of body
 * reads must not arm (and cancel) a timer each.
 */
const waiting = new Set<Waiting>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;

function armTimer(): void {
  let earliest = Infinity;
  for (const w of waiting) earliest = Math.min(earliest, w.deadline);
  if (earliest === timerAt) return;
  clearTimeout(timer);
  timerAt = earliest;
  timer = earliest === Infinity ? undefined : setTimeout(expireDue, Math.max(0, earliest - Date.now()));
}

function expireDue(): void {
  timerAt = Infinity;
  const now = Date.now();
  for (const w of waiting) {
    if (w.deadline > now) continue;
    waiting.delete(w);
    w.expire();
  }
  armTimer();
}

/**
 * Calls a DevTools API that, depending on the browser and namespace, returns a promise (native
 * `browser`, webextension-polyfill, which rejects extra arguments) or takes a callback (`chrome`).
 * The promise form is tried first; the callback form only when no promise came back. Resolves with
 * the callback's arguments, or the promised value as a one-element array; null on failure or time-out.
 * `callbackOnly`: the API is known to take callbacks, so the promise form is not tried.
 */
export function callbackOrPromise(call: (callback?: (...args: unknown[]) => void) => unknown, timeoutMs: number, callbackOnly = false): Promise<unknown[] | null> {
  return new Promise((resolve) => {
    const entry: Waiting = { deadline: Date.now() + timeoutMs, expire: () => resolve(null) };
    waiting.add(entry);
    if (entry.deadline < timerAt) armTimer();
    // A settled call leaves the set; the timer, set for an earlier deadline, re-arms itself when it fires.
    const settle = (value: unknown[] | null): void => {
      if (!waiting.delete(entry)) return;
      resolve(value);
    };
    const viaCallback = (): void => {
      try {
        call((...args) => settle(args));
      } catch {
        settle(null);
      }
    };
    if (callbackOnly) {
      viaCallback();
      return;
    }
    try {
      const returned = call();
      if (isThenable(returned)) returned.then((value) => settle([value]), () => settle(null));
      else viaCallback();
    } catch {
      viaCallback();
    }
  });
}
