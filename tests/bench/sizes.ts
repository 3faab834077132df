import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

export interface SizeFigures {
  panelJsGzipKB: number;
  dataGzipKB: number;
  zipKB: number;
  notes: string[];
}

const gzipKB = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length / 1024;

/** Static imports of a built chunk (`import … from "./x.js"`, `import "./x.js"`), not dynamic `import()`. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?\bfrom\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

/**
 * The panel's initial JavaScript: the entry script of the built panel.html and everything it imports
 * statically, each file gzipped on its own (as a browser fetches them). The knowledge chunk and other
 * dynamic imports are left out: they load after the first paint.
 */
export async function sizeFigures(dist: string): Promise<SizeFigures> {
  const html = await readFile(join(dist, 'src/shells/devtools/panel.html'), 'utf8');
  const entry = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in the built panel.html');
  const seen = new Map<string, number>();
  const queue = [entry];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    const code = await readFile(join(dist, url));
    seen.set(url, gzipKB(code));
    for (const spec of staticImports(code.toString('utf8'))) queue.push(posix.join(posix.dirname(url), spec));
  }
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  let cssKB = 0;
  for (const href of css) cssKB += gzipKB(await readFile(join(dist, href)));

  const knowledgeFile = (await readdir(join(dist, 'assets'))).find((f) => f.startsWith('_virtual_wechat-knowledge'));
  if (!knowledgeFile) throw new Error('no knowledge chunk in dist/assets');
  const dataGzipKB = gzipKB(await readFile(join(dist, 'assets', knowledgeFile)));

  const dir = await mkdtemp(join(tmpdir(), 'wechat-inspector-zip-'));
  try {
    const zip = join(dir, 'extension.zip');
    await promisify(execFile)('zip', ['-r', '-9', '-q', zip, '.'], { cwd: dist });
    const zipKB = (await stat(zip)).size / 1024;
    const parts = [...seen].map(([url, kb]) => `${posix.basename(url)} ${kb.toFixed(1)}`).join(' + ');
    return {
      panelJsGzipKB: [...seen.values()].reduce((a, b) => a + b, 0),
      dataGzipKB,
      zipKB,
      notes: [`panel initial JS (gzip -9 per file): ${parts} KB; its CSS ${cssKB.toFixed(1)} KB more`],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
