import { decodeCall } from '../decode/decode-call';
import type { DecodedCall } from '../decode/types';
import type { UrlMatch } from '../decode/hosts';
import { callbackOrPromise } from './callback-or-promise';
import { normalizeContent, type Content } from './content';
import { embeddedContent, entryKey, matchEntry, responseFacts, toCapturedCall, type HarEntryLike } from '../decode/har-entry';
import { decodeRelayed, relayCandidate, type RelayConfig } from '../decode/relay/decode-relayed';
import type { DevtoolsNetworkLike } from './har-types';
import { readLimiter } from './read-limiter';
import { slicedQueue } from './sliced-queue';

export interface CaptureSink {
  add(call: DecodedCall): void;
  /** The inspected page navigated at `at` (epoch ms); called once per burst of navigations. */
  navigated(at: number): void;
  /** Something capture could not do, for the panel to say (e.g. the HAR backfill failed). */
  problem(message: string): void;
}

export interface CaptureOptions {
  contentTimeoutMs?: number;
  navigationDebounceMs?: number;
  /**
   * The current relay settings and user rules (they can change while capture runs); without it, only
   * calls to the WeChat hosts are captured.
   */
  relay?: () => RelayConfig;
  /** Settles once stored rules are loaded: answers of other hosts wait for it (WeChat calls never do). */
  relayReady?: Promise<unknown>;
}

async function readContent(entry: HarEntryLike, timeoutMs: number, callbackOnly: boolean): Promise<Content> {
  const getContent = entry.getContent;
  if (typeof getContent !== 'function') return embeddedContent(entry);
  return normalizeContent(await callbackOrPromise((cb) => (cb ? getContent.call(entry, cb) : getContent.call(entry)), timeoutMs, callbackOnly));
}

function harEntries(result: unknown[] | null): HarEntryLike[] | null {
  const log = result?.[0] as { entries?: unknown } | undefined;
  return log && Array.isArray(log.entries) ? (log.entries as HarEntryLike[]) : null;
}

export interface CaptureHandle {
  /** Requests and bodies that wait for their turn to be looked at (a burst being worked off). */
  waiting(): number;
}

/**
 * Watches the inspected tab's network: first the requests DevTools already holds (getHAR), then each
 * finished one. WeChat calls are read further, their bodies fetched, decoded and handed on; so are calls
 * of other hosts that a relay rule names or that may hold a relayed WeChat answer (see relayCandidate).
 */
export function startCapture(network: DevtoolsNetworkLike, sink: CaptureSink, options: CaptureOptions = {}): CaptureHandle {
  const contentTimeoutMs = options.contentTimeoutMs ?? 10_000;
  const debounceMs = options.navigationDebounceMs ?? 300;
  const callbackOnly = network.callbacks === true;
  let seq = 0;
  let backfilling = true;
  // Keys of live requests seen while the backfill runs: the same request may be in both.
  const liveDuringBackfill = new Map<string, number>();

  const relayReads = readLimiter(4, 200);

  // All work on a request (its host match, then its decoding once the body is in) is queued in short
  // slices: thousands finishing in one tick, or their bodies arriving together, must not freeze DevTools.
  const work = slicedQueue<() => void>((job) => job());
  const ingestWeChat = async (entry: HarEntryLike, match: UrlMatch): Promise<void> => {
    const id = `c${++seq}`;
    const content = await readContent(entry, contentTimeoutMs, callbackOnly);
    work.push(() => sink.add(decodeCall(toCapturedCall(id, entry, content), match)));
  };

  // Other hosts: read the body only of plausible candidates (a rule matches, or a small JSON answer).
  const considerRelayed = (entry: HarEntryLike): void => {
    const config = options.relay?.();
    const candidate = config ? relayCandidate(responseFacts(entry), config) : null;
    if (!candidate) return;
    relayReads.run(async () => {
      const content = await readContent(entry, contentTimeoutMs, callbackOnly);
      const decoded = decodeRelayed(toCapturedCall('', entry, content), candidate);
      if (decoded) sink.add({ ...decoded, id: `c${++seq}` });
    });
  };

  // Once the stored rules are in, other hosts are decided at once, in the task of the host match
  // (which has just parsed the same URL): most of a page's traffic costs no promise.
  let relayReady = options.relayReady === undefined;
  void options.relayReady?.then(() => (relayReady = true));
  const ingest = (entry: HarEntryLike): void => {
    const match = matchEntry(entry);
    if (match) void ingestWeChat(entry, match);
    else if (options.relay && relayReady) considerRelayed(entry);
    else if (options.relay) void options.relayReady?.then(() => considerRelayed(entry));
  };

  network.onRequestFinished.addListener((entry) => {
    if (backfilling) {
      const key = entryKey(entry);
      liveDuringBackfill.set(key, (liveDuringBackfill.get(key) ?? 0) + 1);
    }
    work.push(() => ingest(entry));
  });

  let navTimer: ReturnType<typeof setTimeout> | undefined;
  let navAt = 0;
  network.onNavigated.addListener(() => {
    if (navTimer === undefined) navAt = Date.now();
    clearTimeout(navTimer);
    navTimer = setTimeout(() => {
      navTimer = undefined;
      sink.navigated(navAt);
    }, debounceMs);
  });

  void callbackOrPromise((cb) => (cb ? network.getHAR(cb) : network.getHAR()), contentTimeoutMs, callbackOnly).then((result) => {
    backfilling = false;
    const entries = harEntries(result);
    if (!entries) {
      sink.problem('har-backfill-failed');
      return;
    }
    for (const entry of entries) {
      const key = entryKey(entry);
      const live = liveDuringBackfill.get(key) ?? 0;
      if (live > 0) {
        liveDuringBackfill.set(key, live - 1);
        continue;
      }
      work.push(() => ingest(entry));
    }
    liveDuringBackfill.clear();
  });
  return { waiting: () => work.waiting };
}
