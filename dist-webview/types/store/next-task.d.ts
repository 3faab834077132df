/**
 * A new task soon: scheduler.postTask where the browser has it, as chained setTimeout(0) calls are
 * clamped to 4 ms each after the fifth, which would leave a long burst mostly waiting.
 */
export declare function nextTask(callback: () => void): void;
