import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskerFor, maskUrl } from '../../src/decode/mask';
import { maskPairs as maskQuery } from '../../src/decode/mask/url';
import { fullyNormalized, isSecretName, LONGEST_NAME, plainNormalized } from '../../src/decode/mask/names';

const maskBody = maskerFor(false).body;

describe('maskUrl', () => {
  it('masks secrets and keeps the rest', () => {
    const url = 'https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx123&secret=0123456789abcdef0123456789abcdef';
    const masked = maskUrl(url);
    expect(masked).toContain('grant_type=client_credential');
    expect(masked).toContain('appid=wx123');
    expect(masked).not.toContain('0123456789abcdef0123456789abcdef');
    expect(masked).toContain('secret=***cdef');
  });
  it.each(['access_token', 'corpsecret', 'code', 'js_code', 'ticket', 'jsapi_ticket', 'signature', 'refresh_token', 'ACCESS_TOKEN', 'access%5Ftoken'])(
    'masks %s',
    (name) => {
      expect(maskUrl(`https://x.test/p?${name}=SECRETVALUE&a=1`)).toBe(`https://x.test/p?${name}=***&a=1`);
    },
  );
  it('leaves URLs without secrets alone and masks the fragment too', () => {
    expect(maskUrl('https://api.weixin.qq.com/cgi-bin/token')).toBe('https://api.weixin.qq.com/cgi-bin/token');
    expect(maskUrl('https://x.test/?code=abc#code=frag')).toBe('https://x.test/?code=***#code=***');
  });
  it('never lets a secret value of 8+ characters through', () => {
    const secretName = fc.constantFrom('access_token', 'secret', 'corpsecret', 'code', 'ticket', 'sign', 'key');
    const value = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);
    fc.assert(
      fc.property(secretName, value, fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z0-9]{0,6}$/)), { maxLength: 4 }), (name, secret, others) => {
        const query = [...others.map(([k, v]) => `${k}=${v}`), `${name}=${secret}`].join('&');
        expect(maskQuery(query)).not.toContain(secret);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('maskBody', () => {
  it('masks secrets in JSON at any depth and keeps the rest', () => {
    const text = JSON.stringify({ errcode: 0, access_token: 'TOKEN_abcdefghijklmnop', list: [{ ticket: 'bxLdikRXVbTPdHSM05e5u5sUoXNKd8' }], name: '张三' });
    const masked = maskBody(text);
    expect(masked).not.toContain('TOKEN_abcdefghijklmnop');
    expect(masked).not.toContain('bxLdikRXVbTPdHSM05e5u5sUoXNKd8');
    expect(JSON.parse(masked)).toMatchObject({ errcode: 0, name: '张三', access_token: '***mnop' });
  });
  it('masks JSON pairs in a truncated body and form fields', () => {
    expect(maskBody('{"access_token":"TOKEN_abcdefghijklmnop","expires_in":72')).not.toContain('TOKEN_abcdefghijklmnop');
    expect(maskBody('appid=wx1&secret=abcdefabcdefabcdef')).toBe('appid=wx1&secret=***cdef');
  });
  it('leaves other text alone', () => {
    expect(maskBody('<html>502 Bad Gateway</html>')).toBe('<html>502 Bad Gateway</html>');
  });
  it('never lets a secret value through, whatever the JSON around it', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,40}$/);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('access_token', 'session_key', 'secret', 'ticket', 'refresh_token'), secret, (other, key, value) => {
        const body = JSON.stringify({ other, nested: { [key]: value } });
        fc.pre(!JSON.stringify(other).includes(value));
        expect(maskBody(body)).not.toContain(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('numbers as written', () => {
  const body = '{"errcode":0,"msgid":12345678901234567890123,"list":[1.0,1e2,-0]}';
  it('Copy JSON, the raw view and the exported HAR keep integers beyond 2^53 and every number as written', () => {
    expect(maskerFor(false).body(body)).toContain('"msgid": 12345678901234567890123');
    expect(maskerFor(true).body(body)).toContain('"msgid": 12345678901234567890123');
    expect(maskerFor(false).bodyAsWritten(body)).toBe(body);
    expect(maskerFor(false).body(body)).toContain('1.0,\n    1e2,\n    -0');
  });
  it('re-indents like JSON.stringify(…, 2) when nothing needs keeping', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!/"(code|key|sign|secret|ticket|signature|authorization|cookie|password)"/i.test(text) && !/-0\b|e[+-]?\d/i.test(text));
        expect(maskerFor(true).body(text)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });
});

describe('secret names', () => {
  it('read the same by the one-pass way as by the general one', () => {
    const nameChars = fc.constantFrom(...'aAzZ09_-.%+[] İé'.split(''));
    const names = fc.oneof(fc.string(), fc.array(nameChars, { maxLength: 40 }).map((c) => c.join('')), fc.constantFrom('access_token', 'Access-Token', 'APPSECRET', 'corp.secret', 'session_key', 'cgi-bin'));
    fc.assert(
      fc.property(names, (name) => {
        const plain = plainNormalized(name);
        if (plain !== null && plain !== '') expect(plain).toBe(fullyNormalized(name));
        // '' stands for a name longer than any secret one.
        if (plain === '') expect(fullyNormalized(name).length === 0 || fullyNormalized(name).length > LONGEST_NAME).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(plainNormalized('Access-Token')).toBe('accesstoken');
    expect(plainNormalized('access%5Ftoken')).toBeNull();
    expect(isSecretName('access%5Ftoken')).toBe(true);
    expect(isSecretName('Access.Token')).toBe(true);
    expect(isSecretName('template')).toBe(false);
  });
});
