import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ANY_HOST } from '../../src/decode/hosts';
import { ANY_PREFIX, ANY_PREFIX_WRITTEN } from '../../src/decode/relay/path-rules';

/*
 * Every pattern that can read outside input must run in linear time: each regex literal and each
 * `new RegExp(<literal>)` in src/, each pattern in data/, and the expressions built from data, are
 * given to recheck, which must answer `safe`. A `new RegExp` built at run time must be listed below
 * with what makes it safe, so a new one cannot slip past.
 */

const root = join(__dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexesInSource(): { literal: Found[]; dynamic: string[] } {
  const literal: Found[] = [];
  const dynamic: string[] = [];
  for (const file of files(join(root, 'src'), /\.(ts|tsx)$/)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const where = (node: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const raw = node.getText();
        const end = raw.lastIndexOf('/');
        literal.push({ where: where(node), source: raw.slice(1, end), flags: raw.slice(end + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern)) && (!flags || ts.isStringLiteral(flags))) {
          literal.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
        } else {
          dynamic.push(relative(root, file));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literal, dynamic };
}

function patternsInData(): Found[] {
  const out: Found[] = [];
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'pattern' && typeof v === 'string') out.push({ where: `${where}.pattern`, source: v, flags: '' });
        else walk(v, `${where}.${key}`);
      }
    }
  };
  for (const file of files(join(root, 'data'), /\.json$/)) walk(JSON.parse(readFileSync(file, 'utf8')), relative(root, file));
  return out;
}

/** Built at run time, with what makes each one safe. */
const DYNAMIC: Record<string, string> = {
  'src/decode/hosts.ts': 'escaped host names joined by | (checked below as built)',
  'src/decode/relay/path-rules.ts': 'escaped path prefixes joined by | (checked below as built)',
  'src/decode/relay/wechat-likeness.ts': "data/relay.json's errmsg shapes (checked as data patterns)",
  'src/decode/mask/names.ts': "data/secret-fields.json's public values (checked as data patterns)",
  'src/decode/user-regex.ts': "the user's own pattern, accepted only when isSimplePattern says so, run over bounded text",
};

function verdict(found: Found): string {
  const result = checkSync(found.source, found.flags, { timeout: 20_000 });
  return `${found.where} /${found.source}/${found.flags}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity?.summary ?? ''})` : ''}`;
}

describe('every pattern runs in linear time (recheck)', () => {
  const { literal, dynamic } = regexesInSource();

  it('finds the patterns it is meant to check, with a checker that does flag a backtracking one', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
    expect(checkSync('\\bhint:\\s*\\[\\s*([^\\]]*?)\\s*\\]', 'i').status).toBe('vulnerable');
    expect(literal.length).toBeGreaterThan(40);
    expect(patternsInData().length).toBeGreaterThan(5);
  });

  it('lists every expression built at run time with what makes it safe', () => {
    expect([...new Set(dynamic)].sort()).toEqual(Object.keys(DYNAMIC).sort());
  });

  it('finds no vulnerable regex literal or new RegExp in src/', () => {
    const bad = literal.map(verdict).filter((v) => !v.endsWith(': safe'));
    expect(bad).toEqual([]);
  }, 300_000);

  it('finds no vulnerable pattern in data/ (errmsg shapes, schema patterns), with the flags they run with', () => {
    const bad = patternsInData()
      .flatMap((f) => [f, { ...f, flags: 'i' }])
      .map(verdict)
      .filter((v) => !v.endsWith(': safe'));
    expect(bad).toEqual([]);
  }, 300_000);

  it('finds the expressions built from data safe', () => {
    const built = [ANY_HOST, ANY_PREFIX, ANY_PREFIX_WRITTEN].map((r, i) => verdict({ where: `built ${i}`, source: r.source, flags: r.flags }));
    expect(built.filter((v) => !v.endsWith(': safe'))).toEqual([]);
  }, 120_000);
});
