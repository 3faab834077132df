import type { Knowledge, Product } from '../decode/knowledge/types';
import type { DecodedCall } from '../decode/types';
import { isFailure } from '../store/failures';
export interface CallFilter {
    errorsOnly: boolean;
    product: Product | 'all';
    text: string;
    regex: boolean;
}
export declare const NO_FILTER: CallFilter;
/** A failure for "errors only" and for previous / next: errors and partial failures (warnings). */
export { isFailure };
export type Matcher = (call: DecodedCall) => boolean;
/** The predicate for a filter; an invalid regular expression matches nothing and is reported. */
export declare function compileFilter(filter: CallFilter, k: Knowledge | null): {
    match: Matcher;
    invalidRegex: boolean;
};
/** The next (or previous) failing call after `fromIndex`, wrapping around; -1 when there is none. */
export declare function nextFailure(calls: readonly DecodedCall[], fromIndex: number, direction: 1 | -1): number;
