import type { HarEntryLike } from '../decode/har-entry';

/** The slice of `devtools.network` capture needs, so tests and other browsers can stand in for it. */
export interface DevtoolsNetworkLike {
  getHAR(callback?: (log: unknown) => void): unknown;
  onRequestFinished: { addListener(listener: (entry: HarEntryLike) => void): void };
  onNavigated: { addListener(listener: (url: string) => void): void };
}
