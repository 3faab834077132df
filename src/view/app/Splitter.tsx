import type { Signal } from '@preact/signals';

const MIN = 20;
const MAX = 80;
const STEP = 5;

const clamp = (value: number): number => Math.round(Math.min(MAX, Math.max(MIN, value)));

interface Props {
  /** The list's share of the split, in percent. */
  share: Signal<number>;
  /** The list above the details (a narrow dock) rather than beside them. */
  stacked: boolean;
  label: string;
  onCommit(share: number): void;
}

/** The line between the list and the details: dragged with a pointer, or moved with the arrow keys. */
export function Splitter({ share, stacked, label, onCommit }: Props) {
  const onPointerDown = (event: PointerEvent): void => {
    const bar = event.currentTarget as HTMLElement;
    const box = bar.parentElement?.getBoundingClientRect();
    if (!box || event.button !== 0) return;
    event.preventDefault();
    bar.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent): void => {
      share.value = clamp(stacked ? ((e.clientY - box.top) / box.height) * 100 : ((e.clientX - box.left) / box.width) * 100);
    };
    const up = (): void => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
      bar.removeEventListener('pointercancel', up);
      onCommit(share.value);
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
    bar.addEventListener('pointercancel', up);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const keys: Record<string, number> = stacked
      ? { ArrowUp: share.value - STEP, ArrowDown: share.value + STEP, Home: MIN, End: MAX }
      : { ArrowLeft: share.value - STEP, ArrowRight: share.value + STEP, Home: MIN, End: MAX };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onCommit(clamp(next));
  };
  return (
    <div
      class="splitter"
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={stacked ? 'horizontal' : 'vertical'}
      aria-valuenow={share.value}
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
