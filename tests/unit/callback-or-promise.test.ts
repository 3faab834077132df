import { describe, expect, it } from 'vitest';
import { callbackOrPromise } from '../../src/capture/callback-or-promise';

const never = () => new Promise<never>(() => undefined);
const after = (ms: number, value: unknown) => () => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('callbackOrPromise', () => {
  it('takes the promise form, else the callback form', async () => {
    expect(await callbackOrPromise(() => Promise.resolve('p'), 1_000)).toEqual(['p']);
    expect(await callbackOrPromise((cb) => (cb ? cb('a', 'b') : undefined), 1_000)).toEqual(['a', 'b']);
    expect(await callbackOrPromise(() => Promise.reject(new Error('no')), 1_000)).toBeNull();
  });

  it('times out each waiting call at its own deadline, with many waiting at once', async () => {
    const started = Date.now();
    const results = await Promise.all([
      callbackOrPromise(never, 300).then((r) => ({ r, ms: Date.now() - started })),
      callbackOrPromise(never, 60).then((r) => ({ r, ms: Date.now() - started })),
      ...Array.from({ length: 500 }, (_, i) => callbackOrPromise(after(5, i), 1_000).then((r) => ({ r, ms: 0 }))),
    ]);
    expect(results[0]!.r).toBeNull();
    expect(results[1]!.r).toBeNull();
    // The shorter deadline, armed after the longer one, still fires first.
    expect(results[1]!.ms).toBeLessThan(results[0]!.ms);
    expect(results[0]!.ms).toBeGreaterThanOrEqual(290);
    expect(results.slice(2).map((x) => x.r)).toEqual(Array.from({ length: 500 }, (_, i) => [i]));
  });

  it('ignores an answer that comes after its time-out', async () => {
    expect(await callbackOrPromise(after(80, 'late'), 20)).toBeNull();
  });
});
