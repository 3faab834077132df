/** 14:03:07.123 in local time; the list is read against the clock of the person testing. */
export declare function formatClock(iso: string): string;
export declare function formatDuration(ms: number): string;
