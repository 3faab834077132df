interface TaskScheduler {
  postTask(callback: () => void): Promise<unknown>;
}

/**
 * A new task soon: scheduler.postTask where the browser has it, as chained setTimeout(0) calls are
 * clamped to 4 ms each after the fifth, which would leave a long burst mostly waiting.
 */
export function nextTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(callback);
  else setTimeout(callback, 0);
}
