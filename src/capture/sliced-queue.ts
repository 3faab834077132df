import { nextTask } from './next-task';

/** Work done in one task before the rest waits for the next: well under a 50 ms long task. */
export const SLICE_MS = 8;
/** A pause between two items longer than this means other work ran between them. */
const IDLE_MS = 1;

export interface SlicedQueue<T> {
  push(item: T): void;
  /** Items pushed and not yet worked on. */
  readonly waiting: number;
}

/**
 * Runs `work` on each pushed item in order, at once while the current task has spent less than
 * `sliceMs` on it, else in a later task. A call arriving alone is handled immediately (no added
 * latency); 5,000 arriving in one tick (their getContent promises all settle together) are spread
 * over many short tasks, so neither DevTools nor the panel freezes.
 */
export function slicedQueue<T>(work: (item: T) => void, sliceMs = SLICE_MS, now: () => number = () => performance.now()): SlicedQueue<T> {
  const queue: T[] = [];
  let head = 0;
  // Start of the slice the current task is spending; null when no task has started one.
  let sliceStart: number | null = null;
  // When the last item's work ended.
  let lastEnd = -Infinity;
  let resumeScheduled = false;

  const run = (): void => {
    while (head < queue.length) {
      // The slice belongs to the task that started it; the timer that ends it runs after that task, but on
      // a busy thread other tasks can come first (a call's body arriving while frames and other calls wait).
      // Items pushed in one task follow each other at once: a queue idle for longer let other work run, and
      // this is a later task.
      const at = now();
      if (sliceStart === null || at - lastEnd >= IDLE_MS) {
        sliceStart = at;
        setTimeout(() => (sliceStart = null), 0);
      } else if (at - sliceStart >= sliceMs) {
        if (!resumeScheduled) {
          resumeScheduled = true;
          nextTask(() => {
            resumeScheduled = false;
            sliceStart = null;
            run();
          });
        }
        return;
      }
      const item = queue[head]!;
      head++;
      work(item);
      lastEnd = now();
    }
    queue.length = 0;
    head = 0;
  };

  return {
    push(item) {
      queue.push(item);
      if (!resumeScheduled) run();
    },
    get waiting() {
      return queue.length - head;
    },
  };
}
