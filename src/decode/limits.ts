/**
 * How much of a body decoding reads and keeps. WeChat's JSON errors are small; these caps only bite on
 * media, exports and broken answers, and keep a long DevTools session's memory bounded.
 */
export const LIMITS = {
  /** Body text kept with a call for display and export (characters). */
  keptText: 256 * 1024,
  /** Largest text given to JSON.parse / the XML reader; beyond it only the head is scanned. */
  parsedText: 4 * 1024 * 1024,
  /** The head scanned for errcode / errmsg in a body too large to parse (characters). */
  scannedHead: 64 * 1024,
} as const;
