import { useSignal, type Signal } from '@preact/signals';
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** An element's width, read from ResizeObserver's entries (once per resize, no layout forced by us). */
export function useWidth(ref: RefObject<HTMLElement | null>): Signal<number> {
  const width = useSignal(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) width.value = entry.contentRect.width;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}
