// The library's declaration files, written by tsc from sources that import without extensions (as
// bundlers resolve them), get `.js` on every relative import so that Node's own resolution
// (TypeScript's "module": "nodenext") finds them too.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = process.argv[2] ?? 'dist-lib/types';
const SPECIFIER = /(from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)(?:\.ts)?\2/g;

for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const text = await readFile(file, 'utf8');
  const fixed = text.replace(SPECIFIER, (_, lead, quote, path) => `${lead}${quote}${path.endsWith('.js') ? path : `${path}.js`}${quote}`);
  if (fixed !== text) await writeFile(file, fixed);
}
