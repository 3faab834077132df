import { foldJssdkEvents, type JssdkCall, type JssdkEvent } from '../decode/jssdk/timeline';

/** The JS-SDK calls of the inspected tab, bounded like the network log (oldest dropped first). */
export class JssdkLog {
  private list: JssdkCall[] = [];
  private listeners = new Set<() => void>();

  constructor(readonly capacity = 2000) {}

  get calls(): readonly JssdkCall[] {
    return this.list;
  }

  add(events: readonly JssdkEvent[], session: string): void {
    foldJssdkEvents(events, session, this.list);
    if (this.list.length > this.capacity) this.list.splice(0, this.list.length - this.capacity);
    this.emit();
  }

  reset(calls: readonly JssdkCall[] = []): void {
    this.list = [...calls];
    this.emit();
  }

  /** Drops calls made before a navigation at `at` (epoch ms), as the network log does. */
  removeBefore(at: number): void {
    const kept = this.list.filter((c) => c.at >= at);
    if (kept.length !== this.list.length) this.reset(kept);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
