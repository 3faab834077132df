import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberIn } from '../../src/view/app/prefs';
import { nextSort, readSort, sortCalls, SORT_KEYS } from '../../src/view/list/call-sort';
import { COLUMNS, MAX_WIDTH, MIN_WIDTH, readHidden, readWidths, REQUIRED } from '../../src/view/list/columns';
import { decodedCall } from '../support/calls';

describe('panel preferences read back from storage', () => {
  it('whatever storage holds gives a valid value or the default', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (stored) => {
        const sort = readSort(stored);
        if (sort) expect(SORT_KEYS).toContain(sort.key);
        const hidden = readHidden(stored);
        if (hidden) for (const c of hidden) expect(COLUMNS.filter((x) => !REQUIRED.includes(x))).toContain(c);
        const widths = readWidths(stored);
        if (widths) for (const w of Object.values(widths)) expect(w >= MIN_WIDTH && w <= MAX_WIDTH).toBe(true);
        const share = numberIn(20, 80)(stored);
        if (share !== null) expect(share >= 20 && share <= 80).toBe(true);
      }),
    );
  });

  it('keeps what was stored right and drops the rest', () => {
    expect(readSort({ key: 'errcode', dir: 'desc' })).toEqual({ key: 'errcode', dir: 'desc' });
    expect(readSort({ key: 'path', dir: 'asc' })).toBeNull();
    expect(readHidden(['time', 'meaning', 'bogus', 'errcode', 'duration'])).toEqual(['time', 'duration']);
    expect(readWidths({ time: 120, status: 'wide', name: 5, endpoint: 300.4 })).toEqual({ time: 120, endpoint: 300 });
    expect(numberIn(20, 80)(400)).toBeNull();
    expect(numberIn(20, 80)(Number.NaN)).toBeNull();
  });
});

describe('sorting the list', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 10, 21, 10, 0, s)).toISOString();
  const calls = [
    decodedCall('a', { errcode: 42001, status: 200, time: 30, startedDateTime: at(2) }),
    decodedCall('b', { errcode: null, status: 204, time: 10, startedDateTime: at(0) }),
    decodedCall('c', { errcode: 40029, status: 500, time: 20, startedDateTime: at(1) }),
  ];
  const ids = (list: readonly { id: string }[]) => list.map((c) => c.id).join('');

  it('by each key, both ways; calls without a code stay last', () => {
    expect(ids(sortCalls(calls, { key: 'errcode', dir: 'asc' }))).toBe('cab');
    expect(ids(sortCalls(calls, { key: 'errcode', dir: 'desc' }))).toBe('acb');
    expect(ids(sortCalls(calls, { key: 'time', dir: 'asc' }))).toBe('bca');
    expect(ids(sortCalls(calls, { key: 'status', dir: 'desc' }))).toBe('cba');
    expect(ids(sortCalls(calls, { key: 'duration', dir: 'asc' }))).toBe('bca');
    expect(sortCalls(calls, null)).toBe(calls);
  });

  it('a header click goes ascending, descending, then back to the log order', () => {
    expect(nextSort(null, 'status')).toEqual({ key: 'status', dir: 'asc' });
    expect(nextSort({ key: 'status', dir: 'asc' }, 'status')).toEqual({ key: 'status', dir: 'desc' });
    expect(nextSort({ key: 'status', dir: 'desc' }, 'status')).toBeNull();
    expect(nextSort({ key: 'status', dir: 'desc' }, 'time')).toEqual({ key: 'time', dir: 'asc' });
  });
});
