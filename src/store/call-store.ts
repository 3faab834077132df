import type { DecodedCall } from '../decode/types';

export type StoreEvent = { type: 'add'; calls: DecodedCall[] } | { type: 'reset' };

const startedMs = (call: DecodedCall): number => {
  const ms = Date.parse(call.startedDateTime);
  return Number.isNaN(ms) ? 0 : ms;
};

/** What one call holds beyond its text: the object, its arrays and short fields (measured, rounded up). */
const CALL_OVERHEAD_BYTES = 600;

/**
 * Roughly what a call keeps alive in the JS heap: its texts (a byte a character, as V8 stores the
 * mostly-ASCII text WeChat sends) plus a fixed overhead. Bodies dominate, up to 256 KiB each.
 */
export function retainedBytes(call: DecodedCall): number {
  let bytes = CALL_OVERHEAD_BYTES + call.url.length + (call.requestBody?.length ?? 0) + (call.errmsg?.length ?? 0);
  if (call.body.kind === 'json' || call.body.kind === 'text') bytes += call.body.text.length;
  for (const h of call.requestHeaders) bytes += h.name.length + h.value.length;
  for (const h of call.responseHeaders) bytes += h.name.length + h.value.length;
  // Up to 200 batch items, each with its own errmsg, and Pay's detail can outweigh the rest.
  for (const f of call.itemFailures) bytes += f.at.length + (f.errmsg?.length ?? 0);
  for (const f of call.partialFailures) bytes += f.field.length + f.value.length;
  bytes += call.pay?.detail?.length ?? 0;
  return bytes;
}

/**
 * The captured calls in start order, bounded by count and by the memory they hold: past `capacity`
 * calls or `maxBytes` (see retainedBytes) the oldest calls are dropped first, as a long session must
 * not grow DevTools' memory without limit. Both the devtools page and the panel keep such a log.
 */
export class CallStore {
  private list: DecodedCall[] = [];
  private ids = new Set<string>();
  private bytes = 0;
  /** The start of the last call in the list (the latest): most calls start after it, and are pushed. */
  private lastMs = -Infinity;
  private listeners = new Set<(event: StoreEvent) => void>();
  /** Calls dropped because the store was full, since the last clear. */
  dropped = 0;

  constructor(
    readonly capacity = 50_000,
    readonly maxBytes = 20 * 1024 ** 2,
  ) {}

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
      this.bytes += retainedBytes(call);
      added.push(call);
    }
    // One splice for the whole batch; the newest call always stays, however large.
    let excess = 0;
    let bytes = this.bytes;
    while (excess < this.list.length - 1 && (this.list.length - excess > this.capacity || bytes > this.maxBytes)) {
      bytes -= retainedBytes(this.list[excess]!);
      excess++;
    }
    if (excess > 0) {
      for (const call of this.list.splice(0, excess)) this.ids.delete(call.id);
      this.bytes = bytes;
      this.dropped += excess;
    }
    if (added.length > 0) this.emit({ type: 'add', calls: added });
    return added;
  }

  /** Replaces everything, e.g. with a snapshot received from the capturing side. */
  reset(calls: readonly DecodedCall[] = []): void {
    this.list = [];
    this.ids.clear();
    this.bytes = 0;
    this.lastMs = -Infinity;
    this.dropped = 0;
    for (const call of calls) {
      this.ids.add(call.id);
      this.insertInOrder(call);
      this.bytes += retainedBytes(call);
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
    // Calls nearly always arrive in order: one date parsed per call, not two. Dropping the oldest never
    // removes the last call, so lastMs stays true until a reset.
    if (ms >= this.lastMs) {
      this.list.push(call);
      this.lastMs = ms;
      return;
    }
    let i = this.list.length - 1;
    while (i > 0 && startedMs(this.list[i - 1]!) > ms) i--;
    this.list.splice(i, 0, call);
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
