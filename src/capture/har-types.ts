import type { HarEntryLike } from '../decode/har-entry';

/** The slice of `devtools.network` capture needs, so tests and other browsers can stand in for it. */
export interface DevtoolsNetworkLike {
  /**
   * True where getHAR and each request's getContent take a callback only (Chromium's `chrome`
   * namespace): called without one, they would still ask DevTools, and the answer would be lost.
   */
  readonly callbacks?: boolean;
  getHAR(callback?: (log: unknown) => void): unknown;
  onRequestFinished: { addListener(listener: (entry: HarEntryLike) => void): void };
  onNavigated: { addListener(listener: (url: string) => void): void };
}
