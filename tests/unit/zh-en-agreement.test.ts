import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TextList } from '../../src/decode/knowledge/types';

const dataDir = join(__dirname, '../../data');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;

/** One zh / en pair of the knowledge base, named so a failure says where to look. */
interface Pair {
  where: string;
  zh: string;
  en: string;
}

interface Bilingual {
  code: number | string;
  zh?: string;
  en?: string;
  note?: { zh: string; en: string };
  causes?: TextList;
  fixes?: TextList;
}

function pairsOf(file: string, entry: Bilingual, label = String(entry.code)): Pair[] {
  const pairs: Pair[] = [];
  if (entry.zh !== undefined && entry.en !== undefined) pairs.push({ where: `${file} ${label}`, zh: entry.zh, en: entry.en });
  if (entry.note) pairs.push({ where: `${file} ${label} note`, ...entry.note });
  for (const key of ['causes', 'fixes'] as const) {
    entry[key]?.zh.forEach((zh, i) => pairs.push({ where: `${file} ${label} ${key}[${i}]`, zh, en: entry[key]!.en[i] ?? '' }));
  }
  return pairs;
}

function allPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const f of readdirSync(join(dataDir, 'codes'))) for (const c of read<{ codes: Bilingual[] }>(`codes/${f}`).codes) pairs.push(...pairsOf(`codes/${f}`, c));
  for (const f of readdirSync(join(dataDir, 'hints'))) for (const h of read<{ hints: Bilingual[] }>(`hints/${f}`).hints) pairs.push(...pairsOf(`hints/${f}`, h));
  for (const o of read<{ overrides: Array<Bilingual & { paths: string[] }> }>('overrides.json').overrides) pairs.push(...pairsOf('overrides.json', o, `${o.code} ${o.paths[0]}`));
  for (const f of readdirSync(join(dataDir, 'api-codes')).filter((name) => name.endsWith('.json'))) {
    for (const c of read<{ codes: Array<Bilingual & { paths: string[] }> }>(`api-codes/${f}`).codes) pairs.push(...pairsOf(`api-codes/${f}`, c, `${c.code} ${c.paths[0]}`));
  }
  return pairs;
}

/** English words that may stand for a number written in digits in zh ("1 小时" / "an hour"); they never require one. */
const EN_NUMBER_WORDS: Record<string, RegExp> = {
  '0': /\b(zero|non-zero)\b/i,
  '1': /\b(one|once|an?|single)\b/i,
  '2': /\b(two|twice|double)\b/i,
  '3': /\bthree\b/i,
  '4': /\bfour\b/i,
  '5': /\bfive\b/i,
  '10': /\bten\b/i,
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Numbers as values: 5,000 and 5000 and 5 万 are one number; English month names count as their number. */
export function numbersIn(text: string, lang: 'zh' | 'en'): Set<string> {
  let t = text.replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (lang === 'zh') t = t.replace(/(\d+(?:\.\d+)?)\s*(万|亿)/g, (_, n: string, unit: string) => String(Number(n) * (unit === '万' ? 1e4 : 1e8)));
  else {
    t = t.replace(/\b(\d{1,2}):00\b/g, '$1');
    t = t.replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), (m) => String(MONTHS.indexOf(m) + 1));
  }
  // Digits inside a name (code2Session, APIv3, MP3) are not numbers; a unit may follow (10MB, 48h).
  return new Set([...t.matchAll(/(?<![A-Za-z_\d.])(\d+(?:\.\d+)?)(?:[KMG]B|h|s|ms|px)?(?![A-Za-z_\d])/g)].map((m) => String(Number(m[1]))));
}

/** Field names (snake_case), API paths (/cgi-bin/…) and API names (getUnlimitedQRCode, wx.login). */
export function namesIn(text: string): Set<string> {
  const name = /(?<![\w/.-])(?:\/[a-z][\w-]*(?:\/[\w{}-]+)+\/?|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|wx\.[A-Za-z]+)(?![\w])/g;
  return new Set([...text.matchAll(name)].map((m) => m[0]));
}

interface Exception {
  where: string;
  token: string;
  reason: string;
}

const exceptions = read<{ exceptions: Exception[] }>('zh-en-exceptions.json').exceptions;

function mismatches(pairs: Pair[]): string[] {
  const allowed = new Set(exceptions.map((e) => `${e.where} ${e.token}`));
  const found: string[] = [];
  for (const p of pairs) {
    const checks: Array<[string, Set<string>, Set<string>]> = [
      ['number', numbersIn(p.zh, 'zh'), numbersIn(p.en, 'en')],
      ['name', namesIn(p.zh), namesIn(p.en)],
    ];
    for (const [kind, zh, en] of checks) {
      const inEn = (token: string): boolean => en.has(token) || (kind === 'number' && EN_NUMBER_WORDS[token]?.test(p.en) === true);
      for (const token of [...zh].filter((x) => !inEn(x))) if (!allowed.has(`${p.where} ${token}`)) found.push(`${p.where}: ${kind} ${token} only in zh`);
      for (const token of [...en].filter((x) => !zh.has(x))) if (!allowed.has(`${p.where} ${token}`)) found.push(`${p.where}: ${kind} ${token} only in en`);
    }
  }
  return found;
}

describe('zh and en say the same where a machine can tell', () => {
  it('reads numbers and names the same way in both languages (the check can fail)', () => {
    expect(numbersIn('超过 5 万次', 'zh')).toEqual(numbersIn('more than 50,000 calls', 'en'));
    expect(numbersIn('2022 年 6 月 20 日 10 点', 'zh')).toEqual(numbersIn('20 June 2022 at 10:00', 'en'));
    expect(mismatches([{ where: 'x', zh: '每天 1 次，1 小时后重试', en: 'once a day; retry after an hour' }])).toEqual([]);
    expect(numbersIn('code2Session APIv3 MP3', 'en').size).toBe(0);
    expect(numbersIn('超过 5MB，48 小时', 'zh')).toEqual(numbersIn('over 5 MB, 48h', 'en'));
    expect([...namesIn('请检查 access_token 与 /cgi-bin/token，或 wx.login、getUnlimitedQRCode')]).toEqual(['access_token', '/cgi-bin/token', 'wx.login', 'getUnlimitedQRCode']);
    expect(mismatches([{ where: 'x', zh: '每分钟 100 次，检查 open_id', en: 'At most 1000 a minute; check the union_id' }])).toEqual([
      'x: number 100 only in zh',
      'x: number 1000 only in en',
      'x: name open_id only in zh',
      'x: name union_id only in en',
    ]);
  });

  it('every meaning, note, cause and fix names the same numbers, fields and APIs in zh and en', () => {
    expect(mismatches(allPairs())).toEqual([]);
  });

  it('each allowed difference still occurs and gives its reason', () => {
    const pairs = allPairs();
    for (const e of exceptions) {
      expect(e.reason.length, e.where).toBeGreaterThan(10);
      const pair = pairs.find((p) => p.where === e.where);
      expect(pair, e.where).toBeDefined();
      const tokens = [...numbersIn(pair!.zh, 'zh'), ...numbersIn(pair!.en, 'en'), ...namesIn(pair!.zh), ...namesIn(pair!.en)];
      expect(tokens, `${e.where} ${e.token}`).toContain(e.token);
    }
  });
});
