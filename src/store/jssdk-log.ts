import { foldJssdkEvents, type JssdkCall, type JssdkEvent } from '../decode/jssdk/timeline';

/** The JS-SDK calls of the inspected tab, bounded like the network log (oldest dropped first). */
export class JssdkLog {
  private list: JssdkCall[] = [];
  /** When the page reported looking for WeixinJSBridge in vain (page clock), until the bridge comes. */
  private missingSince: number | null = null;
  private listeners = new Set<() => void>();

  constructor(readonly capacity = 2000) {}

  get calls(): readonly JssdkCall[] {
    return this.list;
  }

  /** The page looked for WeixinJSBridge and it has not come since (outside WeChat it never does). */
  get bridgeMissing(): boolean {
    return this.missingSince !== null;
  }

  add(events: readonly JssdkEvent[], session: string): void {
    for (const event of events) {
      if (event.kind === 'bridge-wait') this.missingSince = event.at;
      if (event.kind === 'bridge-ready') this.missingSince = null;
    }
    foldJssdkEvents(events, session, this.list);
    if (this.list.length > this.capacity) this.list.splice(0, this.list.length - this.capacity);
    this.emit();
  }

  /** Clearing the log leaves what is known of the page's bridge: the page is the same. */
  reset(calls: readonly JssdkCall[] = []): void {
    this.list = [...calls];
    this.emit();
  }

  /** Drops calls made before a navigation at `at` (epoch ms), as the network log does, and the old page's wait for the bridge. */
  removeBefore(at: number): void {
    const kept = this.list.filter((c) => c.at >= at);
    const missingSince = this.missingSince !== null && this.missingSince >= at ? this.missingSince : null;
    if (kept.length === this.list.length && missingSince === this.missingSince) return;
    this.list = kept;
    this.missingSince = missingSince;
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
