import { evalInPage, type InspectedWindowLike } from './inspected-eval';

/** What a navigation event turned out to be. */
export type DocumentChange =
  /** history.pushState / replaceState: same document, nothing to clear. */
  | { kind: 'same-document' }
  /** A new document; `startedAt` is its performance.timeOrigin (epoch ms), null when the page could not say. */
  | { kind: 'new-document'; startedAt: number | null };

/**
 * devtools.network.onNavigated also fires when a single-page app changes its route without loading a
 * new document; clearing the log then would lose the calls being debugged. A new document has a new
 * performance.timeOrigin, which is also exactly when it started: the line between the old page's calls
 * and the new one's, wherever the navigation event arrives late (a busy machine).
 */
export function documentChangeDetector(win: Pick<InspectedWindowLike, 'eval'>, timeoutMs = 2000): () => Promise<DocumentChange> {
  const read = async (): Promise<number | null> => {
    const value = await evalInPage(win, 'performance.timeOrigin', timeoutMs);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  let last = read();
  return async () => {
    const before = await last;
    last = read();
    const now = await last;
    if (before !== null && now !== null && before === now) return { kind: 'same-document' };
    return { kind: 'new-document', startedAt: now };
  };
}
