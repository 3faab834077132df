export declare function sniffBinary(bytes: Uint8Array): string | null;
/** Bytes that are plainly not text: NUL or many control characters in the first kilobyte. */
export declare function looksBinary(bytes: Uint8Array): boolean;
