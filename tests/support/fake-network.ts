import type { DevtoolsNetworkLike } from '../../src/capture/har-types';
import type { HarEntryLike } from '../../src/decode/har-entry';

export interface FakeEntryOptions {
  url: string;
  method?: string;
  startedDateTime?: string;
  status?: number;
  mimeType?: string;
  /** response.content.size, as DevTools reports it. */
  size?: number;
  /** What getContent answers with, as its argument list; undefined leaves getContent out. */
  contentArgs?: unknown[];
}

/** A HAR entry whose getContent answers in the callback form and counts how often it was asked. */
export function fakeEntry(options: FakeEntryOptions): HarEntryLike & { contentCalls: number } {
  const entry = {
    contentCalls: 0,
    startedDateTime: options.startedDateTime ?? new Date().toISOString(),
    time: 12,
    request: { method: options.method ?? 'GET', url: options.url, headers: [] },
    response: { status: options.status ?? 200, headers: [], content: { mimeType: options.mimeType ?? 'application/json', ...(options.size === undefined ? {} : { size: options.size }) } },
  } as HarEntryLike & { contentCalls: number };
  if (options.contentArgs) {
    const args = options.contentArgs;
    entry.getContent = (callback?: unknown) => {
      entry.contentCalls++;
      if (typeof callback === 'function') callback(...args);
      return undefined;
    };
  }
  return entry;
}

/** devtools.network with hand-driven events and a getHAR that answers with `har` (or fails). */
export class FakeNetwork implements DevtoolsNetworkLike {
  private finished: Array<(entry: HarEntryLike) => void> = [];
  private navigated: Array<(url: string) => void> = [];
  har: HarEntryLike[] | 'fail' = [];
  harDelayMs = 0;
  harCalls = 0;
  /** Says, as the devtools page's adapter of Chromium's `chrome` namespace does, that it takes callbacks only. */
  callbacks?: boolean;

  getHAR(callback?: (log: unknown) => void): unknown {
    this.harCalls++;
    if (this.har === 'fail') throw new Error('getHAR failed');
    const log = { entries: this.har };
    setTimeout(() => callback?.(log), this.harDelayMs);
    return undefined;
  }
  onRequestFinished = { addListener: (l: (entry: HarEntryLike) => void) => void this.finished.push(l) };
  onNavigated = { addListener: (l: (url: string) => void) => void this.navigated.push(l) };

  finish(entry: HarEntryLike): void {
    for (const l of this.finished) l(entry);
  }
  navigate(url: string): void {
    for (const l of this.navigated) l(url);
  }
}
