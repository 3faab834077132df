import { useSignal } from '@preact/signals';
import type { DecodedCall } from '../../decode/types';
import { nextFailure } from './call-filter';

/** The selected call among those shown, and stepping the selection from failure to failure. */
export function useSelection(calls: readonly DecodedCall[]) {
  const selectedId = useSignal<string | null>(null);
  const selected = selectedId.value === null ? undefined : calls.find((c) => c.id === selectedId.value);
  const step = (direction: 1 | -1): void => {
    // The selection is read when the key is pressed: the listener may still be the previous render's.
    const current = selectedId.peek();
    const from = current === null ? -1 : calls.findIndex((c) => c.id === current);
    const i = nextFailure(calls, from, direction);
    if (i >= 0) selectedId.value = calls[i]!.id;
  };
  return { selectedId, selected, step };
}
