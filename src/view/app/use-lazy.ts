import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/** A module loaded the first time it is `wanted` and kept: views that only some users open stay out of the first paint. */
export function useLazy<M>(load: () => Promise<M>, wanted: boolean): M | null {
  const module = useSignal<M | null>(null);
  useEffect(() => {
    if (wanted && !module.value) void load().then((m) => (module.value = m));
  }, [wanted]);
  return module.value;
}
