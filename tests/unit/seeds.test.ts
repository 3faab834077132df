import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { describeCode } from '../../src/decode/knowledge/lookup';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';

const fixtures = join(__dirname, '../fixtures/seeds');
const k = compileKnowledge(rawKnowledge);

/** The Official Account seed: an HTML table of 返回码 / 说明. */
function officialAccountSeed(): Array<[number, string]> {
  const text = readFileSync(join(fixtures, 'official-account-global-return-codes.txt'), 'utf8');
  return [...text.matchAll(/<tr><td>(-?\d+)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => [Number(m[1]), m[2]!]);
}

/** The WeCom seed: a Markdown table flattened onto one line, | 错误码 | 错误说明 | 排查方法 |. */
function wecomSeed(): Array<[number, string]> {
  const text = readFileSync(join(fixtures, 'wecom-kf-global-return-codes.txt'), 'utf8');
  return [...text.matchAll(/\| (\\?-?\d+) \| ([^|]+?) \| [^|]*? \|/g)].map((m) => [Number(m[1]!.replace('\\', '')), m[2]!.replace(/\\_/g, '_')]);
}

/** The meaning part of a seed description, before the advice that follows (，请… / 。…). */
const meaningClause = (text: string): string => text.split(/，\s*(?:此时)?请|。/)[0]!.trim();
const normalize = (text: string): string => text.replace(/[\s，。、,.()（）“”"'’:：；;]/g, '').toLowerCase();

describe('seed documents', () => {
  const oa = officialAccountSeed();
  const wecom = wecomSeed();

  it('parse to the counts their README states', () => {
    expect(new Set(oa.map(([c]) => c)).size).toBe(154);
    expect(new Set(wecom.map(([c]) => c)).size).toBe(24);
  });

  it.each([
    ['weixin', oa],
    ['wecom', wecom],
  ] as const)('every %s seed code is in data/ with the meaning the seed gives', (platform, rows) => {
    const wrong: string[] = [];
    for (const [code, text] of rows) {
      const info = describeCode(k, platform, code);
      if (!info.known || !info.meaning) wrong.push(`${code}: missing`);
      // Where the seed's wording contradicts the official errmsg, the data's note quotes it and says why.
      else if (!normalize(info.meaning.zh).startsWith(normalize(meaningClause(text))) && !normalize(info.note?.zh ?? '').includes(normalize(meaningClause(text)))) wrong.push(`${code}: "${info.meaning.zh}" is not "${meaningClause(text)}"`);
      else if (!info.meaning.en.trim()) wrong.push(`${code}: no English`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps meanings per platform: 40001 differs between weixin and wecom', () => {
    expect(describeCode(k, 'weixin', 40001).meaning!.zh).not.toBe(describeCode(k, 'wecom', 40001).meaning!.zh);
  });
});
