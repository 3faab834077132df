// The library's declaration files, written by tsc from sources that import without extensions (as
// bundlers resolve them), get `.js` on every relative import so that Node's own resolution
// (TypeScript's "module": "nodenext") finds them too; an import of a folder gets `/index.js`.
// Run by `npm run build:lib` after tsc; not part of the library.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const root = process.argv[2] ?? 'dist-lib/types';
const SPECIFIER = /(from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)(?:\.ts)?\2/g;

for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const text = await readFile(file, 'utf8');
  const withExtension = (path) => (path.endsWith('.js') ? path : existsSync(join(dirname(file), path, 'index.d.ts')) ? `${path}/index.js` : `${path}.js`);
  const fixed = text.replace(SPECIFIER, (_, lead, quote, path) => `${lead}${quote}${withExtension(path)}${quote}`);
  if (fixed !== text) await writeFile(file, fixed);
}
