/**
 * Bounds the bodies read at once for relay candidates: at most `concurrency` getContent calls in
 * flight and `queued` waiting; a candidate beyond that is skipped (a burst of JSON traffic on a busy
 * page must not pile up bodies in memory).
 */
export function readLimiter(concurrency: number, queued: number): { run(task: () => Promise<void>): boolean; readonly skipped: number } {
  let active = 0;
  let skipped = 0;
  const waiting: Array<() => Promise<void>> = [];
  const next = (): void => {
    while (active < concurrency && waiting.length > 0) {
      const task = waiting.shift()!;
      active++;
      void task()
        .catch(() => undefined)
        .finally(() => {
          active--;
          next();
        });
    }
  };
  return {
    run(task) {
      if (waiting.length >= queued) {
        skipped++;
        return false;
      }
      waiting.push(task);
      next();
      return true;
    },
    get skipped() {
      return skipped;
    },
  };
}
