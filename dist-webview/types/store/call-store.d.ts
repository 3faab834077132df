import type { DecodedCall } from '../decode/types';
export type StoreEvent = {
    type: 'add';
    calls: DecodedCall[];
} | {
    type: 'reset';
};
/**
 * Roughly what a call keeps alive in the JS heap: its texts (a byte a character, as V8 stores the
 * mostly-ASCII text WeChat sends) plus a fixed overhead. Bodies dominate, up to 256 KiB each.
 */
export declare function retainedBytes(call: DecodedCall): number;
/**
 * The captured calls in start order, bounded by count and by the memory they hold: past `capacity`
 * calls or `maxBytes` (see retainedBytes) the oldest calls are dropped first, as a long session must
 * not grow DevTools' memory without limit. Both the devtools page and the panel keep such a log.
 */
export declare class CallStore {
    readonly capacity: number;
    readonly maxBytes: number;
    private list;
    private ids;
    private bytes;
    private listeners;
    /** Calls dropped because the store was full, since the last clear. */
    dropped: number;
    constructor(capacity?: number, maxBytes?: number);
    get calls(): readonly DecodedCall[];
    /** Adds calls not seen before, keeping start order; returns the ones added. */
    add(calls: readonly DecodedCall[]): DecodedCall[];
    /** Replaces everything, e.g. with a snapshot received from the capturing side. */
    reset(calls?: readonly DecodedCall[]): void;
    /** Drops the calls that started before `ms` (a navigation without "preserve log"). */
    removeStartedBefore(ms: number): void;
    subscribe(listener: (event: StoreEvent) => void): () => void;
    private insertInOrder;
    private emit;
}
