import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layout's rules, checked on the sources themselves so that they stay true: who may import whom,
 * no import cycles, and no extension API outside the shells.
 */

const SRC = resolve(import.meta.dirname, '../../src');

/** The folders of src/ each folder may import from (besides itself); folders not listed may import anything. */
const ALLOWED: Record<string, readonly string[]> = {
  decode: [],
  store: ['decode'],
  link: ['store', 'decode'],
  i18n: ['decode'],
  ui: [],
  view: ['link', 'store', 'decode', 'i18n', 'ui'],
  capture: ['decode'],
  cli: ['decode', 'i18n'],
  // The library's entries give the command line's JSON contracts (lookup, jssdk), never its Node code.
  lib: ['decode', 'cli', 'i18n'],
};

/** Folders that must run outside an extension: no webextension-polyfill, no chrome.* or browser.*. */
const HOST_FREE = ['decode', 'store', 'link', 'view', 'i18n', 'ui', 'capture', 'lib'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file names: static imports and re-exports, side-effect imports, import(). */
function specifiers(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one.
    }
  }
  return null;
}

const folderOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!;

/** One cycle of the graph as a path of its nodes (first node repeated at the end), or null. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const files = sources(SRC);
const graph = new Map(
  files.map((file) => [
    file,
    specifiers(readFileSync(file, 'utf8'))
      .map((spec) => resolveModule(file, spec))
      .filter((target): target is string => target !== null && /\.tsx?$/.test(target)),
  ]),
);
const rel = (file: string): string => relative(SRC, file);

describe('architecture', () => {
  it('reads the imports of every source file', () => {
    expect(graph.get(join(SRC, 'shells/devtools/panel.tsx'))?.map(rel)).toEqual(['link/capture-connection.ts', 'view/app/mount.tsx', 'shells/devtools/extension-host.ts']);
    expect(specifiers(`import a from './a';\nexport { b } from "./b";\nimport './c.css';\nconst d = () => import('./d');\nimport type { E } from '../e';`)).toEqual(['./a', './b', './c.css', './d', '../e']);
  });

  it('finds a cycle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', []]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeNull();
  });

  it('has no import cycle', () => {
    expect(findCycle(graph)?.map(rel) ?? null).toBeNull();
  });

  it('imports only in the allowed directions', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const allowed = ALLOWED[folderOf(file)];
      if (!allowed) continue;
      for (const target of targets) {
        const to = folderOf(target);
        if (to !== folderOf(file) && !allowed.includes(to)) wrong.push(`${rel(file)} → ${rel(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('uses no extension API outside the shells', () => {
    const uses: string[] = [];
    for (const file of files.filter((f) => HOST_FREE.includes(folderOf(f)))) {
      const code = readFileSync(file, 'utf8');
      if (/['"]webextension-polyfill['"]/.test(code) || /\b(?:chrome|browser)\.[a-zA-Z]/.test(code)) uses.push(rel(file));
    }
    expect(uses).toEqual([]);
  });
});
