import { type JssdkCall, type JssdkEvent } from '../decode/jssdk/timeline';
/** The JS-SDK calls of the inspected tab, bounded like the network log (oldest dropped first). */
export declare class JssdkLog {
    readonly capacity: number;
    private list;
    private listeners;
    constructor(capacity?: number);
    get calls(): readonly JssdkCall[];
    add(events: readonly JssdkEvent[], session: string): void;
    reset(calls?: readonly JssdkCall[]): void;
    /** Drops calls made before a navigation at `at` (epoch ms), as the network log does. */
    removeBefore(at: number): void;
    subscribe(listener: () => void): () => void;
    private emit;
}
