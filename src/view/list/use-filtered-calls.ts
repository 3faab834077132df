import { useMemo } from 'preact/hooks';
import type { Knowledge } from '../../decode/knowledge/types';
import type { DecodedCall } from '../../decode/types';
import { compileFilter, isFailure, NO_FILTER, type CallFilter } from './call-filter';

/** The calls the filter lets through, recomputed when the log (`version`), the filter or the knowledge changes. */
export function useFilteredCalls(all: readonly DecodedCall[], version: number, filter: CallFilter, k: Knowledge | null) {
  const { match, invalidRegex } = useMemo(() => compileFilter(filter, k), [filter, k]);
  const unfiltered = filter === NO_FILTER || (!filter.errorsOnly && filter.product === 'all' && filter.text.trim() === '');
  const calls = useMemo(() => (unfiltered ? all : all.filter(match)), [version, match, unfiltered]);
  const failures = useMemo(() => all.reduce((n, c) => (isFailure(c) ? n + 1 : n), 0), [version]);
  return { calls, failures, invalidRegex };
}
