import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HarScanner, HarSyntaxError, placeholderIndex, type ScannedEntry } from '../../src/cli/har-scanner';

/** Scans `text` cut into the given chunk sizes; long strings read back from the whole buffer. */
function scan(text: string, cuts: number[], longString = 16): unknown[] {
  const bytes = Buffer.from(text);
  const scanner = new HarScanner(longString);
  const scanned: ScannedEntry[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (at >= bytes.length) break;
    scanned.push(...scanner.push(bytes.subarray(at, at + cut)));
    at += cut;
  }
  if (at < bytes.length) scanned.push(...scanner.push(bytes.subarray(at)));
  scanner.end();
  const restore = (value: unknown, entry: ScannedEntry): unknown => {
    if (typeof value === 'string') {
      const i = placeholderIndex(value);
      return i === null ? value : JSON.parse(bytes.subarray(entry.longStrings[i]!.start, entry.longStrings[i]!.end).toString());
    }
    if (Array.isArray(value)) return value.map((v) => restore(v, entry));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restore(v, entry)]));
    return value;
  };
  return scanned.map((entry) => restore(entry.value, entry));
}

const tricky = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\\', '"', '\\"', '\\\\', '\\\\"x', '"\\'), fc.string({ unit: fc.constantFrom('\\', '"', 'a', '{', '}', '[', ']', ',', ':') }));
const entryArb = fc.record({
  request: fc.record({ url: tricky, method: fc.constantFrom('GET', 'POST') }),
  response: fc.record({ status: fc.integer(), content: fc.record({ text: tricky, size: fc.nat() }), headers: fc.array(fc.record({ name: tricky, value: tricky }), { maxLength: 3 }) }),
  extra: fc.jsonValue({ maxDepth: 3 }),
});

describe('HAR scanner', () => {
  it('gives the entries JSON.parse gives, however the bytes are cut and whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 200 }), fc.boolean(), (entries, pages, cuts, pretty) => {
        const har = { log: { version: '1.2', pages, entries, 'after': ['x', { entries: [1] }] } };
        const text = pretty ? JSON.stringify(har, null, 2) : JSON.stringify(har);
        expect(scan(text, cuts)).toEqual(JSON.parse(text).log.entries);
      }),
      { numRuns: 300 },
    );
  });

  it('finds log.entries whatever comes before it, and only there', () => {
    const text = JSON.stringify({ entries: [{ a: 1 }], x: { log: { entries: [{ b: 2 }] } }, log: { pages: [{ entries: [{ c: 3 }] }], entries: [{ d: 4 }] } });
    expect(scan(text, [7, 3])).toEqual([{ d: 4 }]);
  });

  it('reads a byte-order mark and escaped keys', () => {
    expect(scan('\ufeff{"l\\u006fg":{"entries":[{"z":"\\"\\\\"}]}}', [1, 2, 3])).toEqual([{ z: '"\\' }]);
  });

  it('refuses broken JSON', () => {
    for (const text of ['{"log":{"entries":[{"a":1}]}} x', '{"log":{"entries":[{"a":1]}}', '{"log":{"entries":[{"a":1}', '{"log":{"entries":[{"a":1 2}]}}', '{"log":"\u0001', '\u0089PNG']) {
      expect(() => scan(text, [5]), text).toThrow(HarSyntaxError);
    }
  });
});
