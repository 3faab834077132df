/** Work done in one task before the rest waits for the next: well under a 50 ms long task. */
export declare const SLICE_MS = 8;
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
export declare function slicedQueue<T>(work: (item: T) => void, sliceMs?: number, now?: () => number): SlicedQueue<T>;
