import type { DecodedCall } from '../decode/types';
/** A call the panel counts as failing: an error, or a partial failure (warning). */
export declare const isFailure: (call: DecodedCall) => boolean;
