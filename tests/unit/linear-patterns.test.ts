import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksBase64 } from '../../src/capture/content';
import { parseErrmsg } from '../../src/decode/errmsg';
import { xmlField } from '../../src/decode/pay-body';
import { compileHostGlob } from '../../src/decode/relay/url-pattern';
import { compileUserRegex, isSimplePattern } from '../../src/decode/user-regex';
import { escapeRegExp } from '../../src/decode/literal-url';

/*
 * The patterns that backtracked were replaced by scanners; each is checked against the pattern it
 * replaced on small inputs (same answers), and run on the adversarial inputs that used to stall it.
 */

const OLD_HINT = /\bhint:\s*\[\s*([^\]]*?)\s*\]/i;
const OLD_HINTS = /\bhints:\s*\[\s*(?:req_id:\s*)?([^\]\s]+)\s*\]/i;
const OLD_BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;
const oldXmlField = (xml: string, tag: string) => {
  const m = new RegExp(`<${tag}>\\s*(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))\\s*</${tag}>`).exec(xml);
  const v = m ? (m[1] ?? m[2] ?? '').trim() : '';
  return v === '' ? null : v;
};

const pieces = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join(''));

describe('errmsg hint and hints', () => {
  it('read what the old patterns read', () => {
    fc.assert(
      fc.property(pieces(['hint:', 'hints:', ' ', '[', ']', 'req_id:', 'ab', 'x', '\t', 'Hint:']), (errmsg) => {
        const f = parseErrmsg(errmsg);
        const expected = OLD_HINTS.exec(errmsg)?.[1] ?? (OLD_HINT.exec(errmsg)?.[1] || null);
        // The old hints pattern could take a later `hints:` after an earlier one without `]`; none can be found then.
        if (expected !== null && f.hint === null) expect(errmsg.slice(errmsg.toLowerCase().indexOf('hint')).includes(']')).toBe(true);
        else expect(f.hint).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
  it('finish on the answers that stalled the panel', () => {
    for (const errmsg of [`hint: [${' '.repeat(50_000)}`, 'hint: ['.repeat(20_000), `hints: [ ${'req_id: '.repeat(10_000)}`]) {
      expect(parseErrmsg(errmsg).hint).toBeNull();
    }
  });
});

describe('Pay v2 XML fields', () => {
  it('read what the old pattern read', () => {
    fc.assert(
      fc.property(pieces(['<return_msg>', '</return_msg>', '<![CDATA[', ']]>', ' ', 'OK', '<', '\n']), (xml) => {
        const now = xmlField(xml, 'return_msg');
        const old = oldXmlField(xml, 'return_msg');
        // The first element decides now; the old pattern could skip to a later one.
        if (now !== null) expect(now).toBe(old);
      }),
      { numRuns: 3000 },
    );
  });
  it('finish on the answers that stalled capture', () => {
    expect(xmlField(`<return_msg>${' '.repeat(100_000)}x`, 'return_msg')).toBeNull();
    expect(xmlField(`${'<return_msg>'.repeat(20_000)}`, 'return_msg')).toBeNull();
  });
});

describe("Firefox's base64 check", () => {
  it('agrees with the old pattern', () => {
    fc.assert(
      fc.property(pieces(['QUJD', '\n', '\r\n', '=', ' ', '!', 'a', '+/']), (text) => {
        expect(looksBase64(text)).toBe(OLD_BASE64.test(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('finishes on line breaks followed by a stray character', () => {
    expect(looksBase64(`${'\n'.repeat(200_000)}!`)).toBe(false);
  });
});

describe('host globs', () => {
  it('match as the regex they replaced', () => {
    const glob = pieces(['*', 'a', 'b', '.', 'ab', '-']).filter((g) => g.length > 0);
    fc.assert(
      fc.property(glob, pieces(['a', 'b', '.', 'ab', '-']), (g, host) => {
        const reference = new RegExp(`^${g.split('*').map(escapeRegExp).join('.*')}$`);
        expect(compileHostGlob(g)!(host, '')).toBe(reference.test(host));
      }),
      { numRuns: 5000 },
    );
  });
  it('finish on many stars against a long host', () => {
    expect(compileHostGlob('*a*a*a*a*a*a*a*a*a*a*a*a*b')!('a'.repeat(253), '')).toBe(false);
  });
});

describe('user regexes', () => {
  it.each(['^/api/wx/', '^/api/.*/wx/.*', '/cgi-bin/(token|ticket)', '\\d+', '^/v[0-9]{1,3}/wechat'])('accepts %s', (source) => {
    expect(compileUserRegex(source, '', 500).ok).toBe(true);
  });
  it.each(['(a+)+$', '(a|a)*b', '(.*)*x', '.*a.*b', '(\\w+\\s?)*$', '(a)\\1', '(?=a)a', '^(?:a*)*$', 'x{2,}.*y'])('refuses %s as complex', (source) => {
    expect(compileUserRegex(source, '', 500)).toEqual({ ok: false, reason: 'complex' });
  });
  it('never throws on any pattern text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (source, m) => void isSimplePattern(source, m)), { numRuns: 5000 });
  });
});
