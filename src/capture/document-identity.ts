import { callbackOrPromise } from './callback-or-promise';
import type { InspectedWindowLike } from './jssdk-capture';

/**
 * devtools.network.onNavigated also fires on history.pushState / replaceState, when a single-page app
 * changes its route without loading a new document; clearing the log then would lose the calls
 * being debugged. A new document has a new performance.timeOrigin, so that tells the two apart.
 */
export function documentChangeDetector(win: Pick<InspectedWindowLike, 'eval'>, timeoutMs = 2000): () => Promise<boolean> {
  const read = async (): Promise<number | null> => {
    const args = await callbackOrPromise((cb) => (cb ? win.eval('performance.timeOrigin', cb) : win.eval('performance.timeOrigin')), timeoutMs);
    const value = Array.isArray(args?.[0]) ? (args[0] as unknown[])[0] : args?.[0];
    return typeof value === 'number' ? value : null;
  };
  let last = read();
  return async () => {
    const before = await last;
    last = read();
    const now = await last;
    // Unknown either way: treat as a new document, as before this check existed.
    return before === null || now === null || before !== now;
  };
}
