import { readdirSync, readFileSync } from 'node:fs';
import type { ApiCodeFile } from './types.ts';

/**
 * Every `*.json` of a directory of per-API code files, by file name. Read from disk because families are
 * added as files without code changes. Only build steps and Node read this module: the panel gets the
 * compiled knowledge chunk, and the bundled command line gets the files inlined (vite.cli.config.ts).
 */
export function readApiCodeFiles(dir: URL): ApiCodeFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ApiCodeFile);
}

/** data/api-codes/: their shape is checked by the schema tests. */
export const apiCodeFiles: ApiCodeFile[] = readApiCodeFiles(new URL('../../../data/api-codes/', import.meta.url));
