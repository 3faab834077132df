import type { Masker } from '../decode/mask';
import type { RelayConfig } from '../decode/relay/decode-relayed';
import type { DecodedCall } from '../decode/types';
/** Bigger files are refused in the panel: it parses in memory (the command line streams instead). */
export declare const MAX_IMPORT_BYTES: number;
/** The calls as a HAR 1.2 log, masked by `mask` (HAR files get attached to tickets and shared). */
export declare function toHar(calls: readonly DecodedCall[], mask: Masker, version: string): object;
export type HarImport = {
    calls: DecodedCall[];
    skipped: number;
} | {
    error: 'not-json' | 'not-har' | 'too-large';
};
/** The WeChat calls of a saved HAR, decoded offline exactly as live calls are (relayed ones with `relay`). */
export declare function fromHar(text: string, fileName: string, relay?: RelayConfig): HarImport;
