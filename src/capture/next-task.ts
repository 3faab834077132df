interface TaskScheduler {
  postTask(callback: () => void, options?: { priority: 'user-visible' | 'background' }): Promise<unknown>;
}

/**
 * A new task soon: scheduler.postTask where the browser has it, as chained setTimeout(0) calls are
 * clamped to 4 ms each after the fifth, which would leave a long burst mostly waiting. `background`:
 * after the page's own work (the in-page plugin decodes there, out of the page's way).
 */
export function nextTask(callback: () => void, priority: 'user-visible' | 'background' = 'user-visible'): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(callback, { priority });
  else setTimeout(callback, 0);
}
