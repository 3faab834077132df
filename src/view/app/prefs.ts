import { useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Host, Prefs } from './host';

/** Reads what storage gave back as `T`, or null when it is not one (an older or foreign value). */
export type PrefReader<T> = (stored: unknown) => T | null;

/** A number within [min, max]; anything else is not a valid value. */
export const numberIn =
  (min: number, max: number): PrefReader<number> =>
  (stored) =>
    typeof stored === 'number' && Number.isFinite(stored) && stored >= min && stored <= max ? stored : null;

/** Prefs that remember nothing: for hosts without storage. */
export const noPrefs: Prefs = { get: () => Promise.resolve(undefined), set: () => undefined };

/**
 * A panel preference (a split position, the columns shown): its default at first, then what the host
 * remembered once read and validated (a wrong type gives the default). `save` remembers a new value.
 */
export function usePref<T>(host: Host, key: string, read: PrefReader<T>, fallback: T): { value: Signal<T>; save(value: T): void } {
  const value = useSignal(fallback);
  useEffect(() => {
    void host.prefs.get(key).then(
      (stored) => {
        const valid = read(stored);
        if (valid !== null) value.value = valid;
      },
      () => undefined,
    );
  }, []);
  return {
    value,
    save(next) {
      value.value = next;
      host.prefs.set(key, next);
    },
  };
}
