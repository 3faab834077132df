import type { Knowledge, Lang } from '../decode/knowledge/types';
import type { Masker } from '../decode/mask';
import type { DecodedCall } from '../decode/types';
/** Markdown for a QA ticket: endpoint, code, meaning, fix steps, masked request and response, rid, time. */
export declare function bugReport(call: DecodedCall, k: Knowledge, lang: Lang, mask: Masker): string;
export declare function asCurl(call: DecodedCall, mask: Masker): string;
export declare function asFetch(call: DecodedCall, mask: Masker): string;
/** The response body, pretty-printed when it is JSON, masked. */
export declare function asJson(call: DecodedCall, mask: Masker): string;
