import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

/** Ctrl/⌘+F focuses the filter; ] and [ step to the next and previous failure when not typing. */
export function useShortcuts(filterInput: RefObject<HTMLInputElement | null>, step: (direction: 1 | -1) => void): void {
  // The listener is added once and calls the latest `step`: an effect run on every render (each new
  // call) had the framework ask for a frame and two timers each time, to swap one listener for another.
  const latest = useRef(step);
  latest.current = step;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        filterInput.current?.focus();
      } else if (!isTyping(e.target) && (e.key === ']' || e.key === '[')) {
        e.preventDefault();
        latest.current(e.key === ']' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
