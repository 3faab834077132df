import type { Messages } from '../../i18n';
import type { SortKey } from './call-sort';

/** The list's columns in their order; each cell's class is `c-<id>` and its track width `--c-<id>`. */
export const COLUMNS = ['time', 'method', 'name', 'endpoint', 'status', 'errcode', 'meaning', 'duration'] as const;
export type ColumnId = (typeof COLUMNS)[number];

/** The errcode and its meaning are what the panel is for: they cannot be hidden. */
export const REQUIRED: readonly ColumnId[] = ['errcode', 'meaning'];

export const SORTABLE: Partial<Record<ColumnId, SortKey>> = { time: 'time', status: 'status', errcode: 'errcode', duration: 'duration' };

export const MIN_WIDTH = 40;
export const MAX_WIDTH = 900;

export function columnLabel(t: Messages, id: ColumnId): string {
  const labels: Record<ColumnId, string> = {
    time: t.colTime,
    method: t.colMethod,
    name: t.colName,
    endpoint: t.colPath,
    status: t.colStatus,
    errcode: t.colErrcode,
    meaning: t.colMeaning,
    duration: t.colDuration,
  };
  return labels[id];
}

/** Columns the user hid, as storage gave them back: known, optional ones only. */
export function readHidden(stored: unknown): ColumnId[] | null {
  if (!Array.isArray(stored)) return null;
  return COLUMNS.filter((c) => !REQUIRED.includes(c) && stored.includes(c));
}

/** Widths the user dragged, in px, as storage gave them back: known columns, sane sizes only. */
export function readWidths(stored: unknown): Partial<Record<ColumnId, number>> | null {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return null;
  const widths: Partial<Record<ColumnId, number>> = {};
  for (const c of COLUMNS) {
    const w = (stored as Record<string, unknown>)[c];
    if (typeof w === 'number' && Number.isFinite(w) && w >= MIN_WIDTH && w <= MAX_WIDTH) widths[c] = Math.round(w);
  }
  return widths;
}
