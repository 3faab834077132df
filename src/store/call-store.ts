import type { DecodedCall } from '../decode/types';

export type StoreEvent = { type: 'add'; calls: DecodedCall[] } | { type: 'reset' };

const startedMs = (call: DecodedCall): number => {
  const ms = Date.parse(call.startedDateTime);
  return Number.isNaN(ms) ? 0 : ms;
};

/**
 * The captured calls in start order, bounded: past `capacity` the oldest calls are dropped first,
 * as a long session must not grow DevTools' memory without limit.
 */
export class CallStore {
  private list: DecodedCall[] = [];
  private ids = new Set<string>();
  private listeners = new Set<(event: StoreEvent) => void>();
  /** Calls dropped because the store was full, since the last clear. */
  dropped = 0;

  constructor(readonly capacity = 50_000) {}

  get calls(): readonly DecodedCall[] {
    return this.list;
  }

  /** Adds calls not seen before, keeping start order; returns the ones added. */
  add(calls: readonly DecodedCall[]): DecodedCall[] {
    const added: DecodedCall[] = [];
    for (const call of calls) {
      if (this.ids.has(call.id)) continue;
      this.ids.add(call.id);
      this.insertInOrder(call);
      added.push(call);
    }
    if (this.list.length > this.capacity) {
      const excess = this.list.splice(0, this.list.length - this.capacity);
      for (const call of excess) this.ids.delete(call.id);
      this.dropped += excess.length;
    }
    if (added.length > 0) this.emit({ type: 'add', calls: added });
    return added;
  }

  /** Replaces everything, e.g. with a snapshot received from the capturing side. */
  reset(calls: readonly DecodedCall[] = []): void {
    this.list = [];
    this.ids.clear();
    this.dropped = 0;
    for (const call of calls) {
      this.ids.add(call.id);
      this.insertInOrder(call);
    }
    this.emit({ type: 'reset' });
  }

  /** Drops the calls that started before `ms` (a navigation without "preserve log"). */
  removeStartedBefore(ms: number): void {
    this.reset(this.list.filter((c) => startedMs(c) >= ms));
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private insertInOrder(call: DecodedCall): void {
    const ms = startedMs(call);
    let i = this.list.length;
    // Calls nearly always arrive in order, so the scan from the end stops at once.
    while (i > 0 && startedMs(this.list[i - 1]!) > ms) i--;
    if (i === this.list.length) this.list.push(call);
    else this.list.splice(i, 0, call);
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
