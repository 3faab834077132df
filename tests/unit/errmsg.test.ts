import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseErrmsg } from '../../src/decode/errmsg';

describe('parseErrmsg', () => {
  it('reads the caller IP and rid of a 40164', () => {
    const f = parseErrmsg('invalid ip 47.94.148.108 ipv6 ::ffff:47.94.148.108, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3');
    expect(f).toMatchObject({ clientIp: '47.94.148.108', rid: '5fab84d2-09424a07-00bd7fe3', ridTime: new Date(0x5fab84d2 * 1000).toISOString(), hint: null, jsonWarning: false });
  });
  it('reads WeCom hint, from ip and more info', () => {
    const f = parseErrmsg('not allow to access from your ip, hint: [1691412528612130566906556], from ip: 203.0.113.7, more info at https://open.work.weixin.qq.com/devtool/query?e=60020');
    expect(f).toMatchObject({ hint: '1691412528612130566906556', clientIp: '203.0.113.7', moreInfoUrl: 'https://open.work.weixin.qq.com/devtool/query?e=60020' });
  });
  it('reads hints: [ req_id: … ] of /sns/ endpoints', () => {
    expect(parseErrmsg('code been used, hints: [ req_id: plAv90053th21 ]').hint).toBe('plAv90053th21');
  });
  it('reads the old hint style, rid without a space, and the JSON warning', () => {
    expect(parseErrmsg('api unauthorized hint: [IbQ_30271vr53!]').hint).toBe('IbQ_30271vr53!');
    expect(parseErrmsg('invalid code hint: [mGhbWV0sf-LxnVma] rid: 65f3e9f7-77cf1a1c-0dd74a0e')).toMatchObject({ hint: 'mGhbWV0sf-LxnVma', rid: '65f3e9f7-77cf1a1c-0dd74a0e' });
    expect(parseErrmsg('x, rid:6938e843-1d2c3b4a-5e6f7a8b').rid).toBe('6938e843-1d2c3b4a-5e6f7a8b');
    const w = parseErrmsg('Warning: wrong json format. Invalid input invalid Request Parameter, hint: [1600050101_106_abc], from ip: , more info at https://open.work.weixin.qq.com/devtool/query?e=40058');
    expect(w).toMatchObject({ jsonWarning: true, clientIp: null });
  });
  it('reads the 2023 long 40001 text', () => {
    const f = parseErrmsg('invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r rid: 64a551f6-70c08d41-3494c609');
    expect(f).toMatchObject({ moreInfoUrl: 'https://mmbizurl.cn/s/JtxxFh33r', rid: '64a551f6-70c08d41-3494c609' });
  });
  it('never throws and keeps the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(parseErrmsg(s).text).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });
});
