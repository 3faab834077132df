/** The parts of a DevTools HAR entry that capture reads; every field may be missing in practice. */
export interface HarEntryLike {
  startedDateTime?: string;
  time?: number;
  request?: {
    method?: string;
    url?: string;
    headers?: Array<{ name?: string; value?: string }>;
    postData?: { text?: string; mimeType?: string };
  };
  response?: {
    status?: number;
    headers?: Array<{ name?: string; value?: string }>;
    content?: { mimeType?: string; size?: number };
  };
  getContent?: (...args: unknown[]) => unknown;
}

/** The slice of `devtools.network` capture needs, so tests and other browsers can stand in for it. */
export interface DevtoolsNetworkLike {
  getHAR(callback?: (log: unknown) => void): unknown;
  onRequestFinished: { addListener(listener: (entry: HarEntryLike) => void): void };
  onNavigated: { addListener(listener: (url: string) => void): void };
}
