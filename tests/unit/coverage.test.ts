import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';
import { PLATFORMS } from '../../src/decode/types';

const k = compileKnowledge(rawKnowledge);

/** Server codes per platform in the reference union, SDK-local pseudo codes left out. */
function referenceCodes(): Map<string, Array<number | string>> {
  const lines = readFileSync(join(__dirname, '../fixtures/reference-codes.tsv'), 'utf8').trim().split('\n').slice(2);
  const byPlatform = new Map<string, Array<number | string>>();
  for (const line of lines) {
    const [platform, code, pseudo] = line.split('\t');
    if (pseudo === 'pseudo') continue;
    byPlatform.set(platform!, [...(byPlatform.get(platform!) ?? []), /^-?\d+$/.test(code!) ? Number(code) : code!]);
  }
  return byPlatform;
}

describe('knowledge base coverage', () => {
  const reference = referenceCodes();

  const minimum = { weixin: 1800, wecom: 1400, pay: 60 };

  it.each(PLATFORMS)('%s: at least 99% of the reference server codes, each with zh and en', (platform) => {
    const codes = reference.get(platform)!;
    const missing = codes.filter((c) => !k.codes[platform][String(c)]);
    const covered = codes.length - missing.length;
    const share = covered / codes.length;
    console.log(`${platform}: ${covered} of ${codes.length} reference codes (${(share * 100).toFixed(2)}%), ${Object.keys(k.codes[platform]).length} in data/; missing: ${missing.slice(0, 20).join(', ') || 'none'}`);
    expect(codes.length).toBeGreaterThanOrEqual(minimum[platform]);
    expect(share).toBeGreaterThanOrEqual(0.99);
    for (const entry of Object.values(k.codes[platform])) {
      expect(entry.zh.trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
    }
  });

  it('has causes and fixes for at least 150 common failures, with a doc link each', () => {
    const withHints = PLATFORMS.flatMap((p) => Object.entries(k.codes[p]).filter(([, e]) => e.causes && e.fixes && e.docUrl).map(([c]) => `${p}:${c}`));
    console.log(`fix hints: ${withHints.length} codes`);
    expect(withHints.length).toBeGreaterThanOrEqual(150);
  });

  it('names at least 600 endpoints', () => {
    const count = PLATFORMS.reduce((n, p) => n + Object.keys(k.endpoints[p]).length, 0);
    console.log(`endpoints: ${count}`);
    expect(count).toBeGreaterThanOrEqual(600);
  });
});
