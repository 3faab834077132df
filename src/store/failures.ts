import type { DecodedCall } from '../decode/types';

/** A call the panel counts as failing: an error, or a partial failure (warning). */
export const isFailure = (call: DecodedCall): boolean => call.state === 'error' || call.state === 'warning';
