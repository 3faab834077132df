import { describeCode, endpointName, productOf } from '../../decode/knowledge/lookup';
import { compileUserRegex } from '../../decode/user-regex';
import type { Knowledge, Product } from '../../decode/knowledge/types';
import type { DecodedCall } from '../../decode/types';
import { isFailure } from '../../store/failures';

export interface CallFilter {
  errorsOnly: boolean;
  product: Product | 'all';
  text: string;
  regex: boolean;
}

export const NO_FILTER: CallFilter = { errorsOnly: false, product: 'all', text: '', regex: false };

/** A failure for "errors only" and for previous / next: errors and partial failures (warnings). */
export { isFailure };

/** What the text filter searches: code, path, endpoint name and meaning, in both languages. */
function haystack(call: DecodedCall, k: Knowledge | null): string {
  const parts = [String(call.errcode ?? ''), call.path, call.host, call.method, call.errmsg ?? ''];
  if (k) {
    const name = endpointName(k, call.platform, call.path);
    if (name) parts.push(name.zh, name.en);
    if (call.errcode !== null) {
      const meaning = describeCode(k, call.platform, call.errcode, call.path).meaning;
      if (meaning) parts.push(meaning.zh, meaning.en);
    }
  }
  return parts.join('\n');
}

export type Matcher = (call: DecodedCall) => boolean;

const FILTER_REGEX_LIMITS = { pattern: 500, text: 4096 } as const;

/** The predicate for a filter; an invalid regular expression matches nothing and is reported. */
export function compileFilter(filter: CallFilter, k: Knowledge | null): { match: Matcher; invalidRegex: boolean } {
  let text: ((s: string) => boolean) | null = null;
  let invalidRegex = false;
  const needle = filter.text.trim();
  if (needle) {
    if (filter.regex) {
      // Over text pages and servers wrote: only patterns that cannot backtrack badly, over a bounded length.
      const compiled = compileUserRegex(needle, 'im', FILTER_REGEX_LIMITS.pattern);
      if (compiled.ok) {
        const re = compiled.regex;
        text = (s) => re.test(s.slice(0, FILTER_REGEX_LIMITS.text));
      } else {
        invalidRegex = true;
        text = () => false;
      }
    } else {
      const lower = needle.toLowerCase();
      text = (s) => s.toLowerCase().includes(lower);
    }
  }
  const cache = new WeakMap<DecodedCall, string>();
  const textOf = (call: DecodedCall): string => {
    let s = cache.get(call);
    if (s === undefined) cache.set(call, (s = haystack(call, k)));
    return s;
  };
  const match: Matcher = (call) => {
    if (filter.errorsOnly && !isFailure(call)) return false;
    if (filter.product !== 'all' && (k ? productOf(k, call.platform, call.path) : call.platform) !== filter.product) return false;
    return text === null || text(textOf(call));
  };
  return { match, invalidRegex };
}

/** The next (or previous) failing call after `fromIndex`, wrapping around; -1 when there is none. */
export function nextFailure(calls: readonly DecodedCall[], fromIndex: number, direction: 1 | -1): number {
  const n = calls.length;
  const start = fromIndex < 0 || fromIndex >= n ? (direction === 1 ? -1 : n) : fromIndex;
  for (let step = 1; step <= n; step++) {
    const i = (((start + direction * step) % n) + n) % n;
    if (isFailure(calls[i]!)) return i;
  }
  return -1;
}
