/** Bigger files are refused in the panel, from their size before reading: it parses in memory (the command line streams instead). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
