import type { DecodedCall } from '../../decode/types';

/** The columns a click on the header sorts by, as in the Network panel. */
export const SORT_KEYS = ['time', 'status', 'errcode', 'duration'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface CallSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** What storage gave back, as a sort; anything else is no sort (the log's own order). */
export function readSort(stored: unknown): CallSort | null {
  if (stored === null || typeof stored !== 'object') return null;
  const { key, dir } = stored as Record<string, unknown>;
  return SORT_KEYS.includes(key as SortKey) && (dir === 'asc' || dir === 'desc') ? { key: key as SortKey, dir } : null;
}

/** Numbers before words (WeChat Pay's codes), calls without a code last whichever the direction. */
function compareErrcode(a: DecodedCall, b: DecodedCall): number {
  if (a.errcode === null || b.errcode === null) return 0;
  if (typeof a.errcode === 'number' && typeof b.errcode === 'number') return a.errcode - b.errcode;
  return String(a.errcode).localeCompare(String(b.errcode));
}

const compare: Record<SortKey, (a: DecodedCall, b: DecodedCall) => number> = {
  time: (a, b) => (a.startedDateTime < b.startedDateTime ? -1 : a.startedDateTime > b.startedDateTime ? 1 : 0),
  status: (a, b) => a.status - b.status,
  errcode: compareErrcode,
  duration: (a, b) => a.time - b.time,
};

/** The calls in the order asked for (a stable sort, so equal calls keep the log's order). */
export function sortCalls(calls: readonly DecodedCall[], sort: CallSort | null): readonly DecodedCall[] {
  if (!sort) return calls;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const by = compare[sort.key];
  return [...calls].sort((a, b) => {
    if (sort.key === 'errcode' && (a.errcode === null) !== (b.errcode === null)) return a.errcode === null ? 1 : -1;
    return sign * by(a, b);
  });
}

/** A click on a sortable header: ascending, then descending, then the log's order again. */
export function nextSort(current: CallSort | null, key: SortKey): CallSort | null {
  if (current?.key !== key) return { key, dir: 'asc' };
  return current.dir === 'asc' ? { key, dir: 'desc' } : null;
}
