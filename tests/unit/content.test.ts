import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeContent } from '../../src/capture/content';
import { readBody } from '../../src/decode/body-text';

const chinese = '{"errcode":40007,"errmsg":"不合法的媒体文件 id"}';
const base64 = Buffer.from(chinese, 'utf8').toString('base64');

describe('normalizeContent: the three shapes getContent answers in', () => {
  it('two callback arguments (chrome.*)', () => {
    expect(normalizeContent(['{"a":1}', ''])).toEqual({ content: '{"a":1}', encoding: '' });
    expect(normalizeContent([base64, 'base64'])).toEqual({ content: base64, encoding: 'base64' });
  });
  it('a {content, encoding} object (Chromium native browser namespace)', () => {
    expect(normalizeContent([{ content: base64, encoding: 'base64' }])).toEqual({ content: base64, encoding: 'base64' });
    expect(normalizeContent([{ content: null, encoding: '' }])).toEqual({ content: null, encoding: '' });
  });
  it('a [content, mimeOrEncoding] array (polyfill, Firefox gives the MIME type)', () => {
    expect(normalizeContent([[base64, 'base64']])).toEqual({ content: base64, encoding: 'base64' });
    expect(normalizeContent([['{"a":1}', 'application/json']])).toEqual({ content: '{"a":1}', encoding: '' });
  });
  it("Firefox: base64 next to a binary MIME type is bytes; text next to any type stays text", () => {
    expect(normalizeContent([['/9j/4AAQSkZJRg==', 'image/jpeg']]).encoding).toBe('base64');
    expect(normalizeContent([['{"errcode":40001}', 'image/jpeg']]).encoding).toBe('');
    expect(normalizeContent([['YWJjZA==', 'text/plain; charset=utf-8']]).encoding).toBe('');
    expect(normalizeContent([['YWJjZA==', 'application/problem+json']]).encoding).toBe('');
    expect(normalizeContent([['', 'application/octet-stream']]).encoding).toBe('');
  });
  it('nothing at all is a missing body, not an error', () => {
    expect(normalizeContent(null).content).toBeNull();
    expect(normalizeContent([]).content).toBeNull();
    expect(normalizeContent([undefined]).content).toBeNull();
  });
  it('never throws and always yields a string or null, whatever it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 4 }), (args) => {
        const result = normalizeContent(args);
        expect(result.content === null || typeof result.content === 'string').toBe(true);
        expect(['', 'base64']).toContain(result.encoding);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The body as text, or null when there is none or it is binary. */
function textOf(content: string | null, encoding: string): string | null {
  const body = readBody(content, encoding);
  return body.kind === 'text' ? body.text : null;
}

describe('base64 bodies are bytes decoded as UTF-8', () => {
  it('keeps Chinese text intact (atob alone would garble it)', () => {
    expect(textOf(base64, 'base64')).toBe(chinese);
    expect(atob(base64)).not.toBe(chinese);
  });
  it('drops a byte-order mark', () => {
    expect(textOf(`\uFEFF${chinese}`, '')).toBe(chinese);
    expect(textOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese)]).toString('base64'), 'base64')).toBe(chinese);
  });
  it('shows broken base64 as it came instead of throwing', () => {
    expect(textOf('%%%not base64%%%', 'base64')).toBe('%%%not base64%%%');
  });
  it('round-trips any text through base64', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(textOf(Buffer.from(text, 'utf8').toString('base64'), 'base64')).toBe(text.replace(/^\uFEFF/, ''));
      }),
      { numRuns: 1000 },
    );
  });
});
