import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firefoxManifest } from '../../vite.config';
import { explainUrl } from '../../src/decode/relay/explain-url';
import { DEFAULT_RELAY_SETTINGS, type UserRule } from '../../src/decode/relay/user-rules';
import { badgeText, isBadgeMessage, isOpenOptionsMessage } from '../../src/shells/devtools/background-protocol';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('manifest: badge, options page, no host permissions', () => {
  it('Chrome: a service worker, an action, an options page; storage is the only permission', () => {
    expect(manifest['background']).toMatchObject({ service_worker: expect.any(String) });
    expect(manifest['action']).toBeDefined();
    expect(manifest['options_ui']).toMatchObject({ page: 'src/shells/devtools/options/options.html' });
    expect(manifest['permissions']).toEqual(['storage']);
    expect(manifest['host_permissions']).toBeUndefined();
    expect(manifest['optional_host_permissions']).toBeUndefined();
  });

  it('Firefox: the same script as a background script', () => {
    const ff = firefoxManifest(manifest);
    expect(ff['background']).toEqual({ scripts: [(manifest['background'] as { service_worker: string }).service_worker], type: 'module' });
  });
});

describe('badge', () => {
  it.each([[0, ''], [-3, ''], [Number.NaN, ''], [1, '1'], [42, '42'], [999, '999'], [1000, '999+']])('%d → %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
  it('messages are checked before use', () => {
    expect(isBadgeMessage({ type: 'failures', tabId: 3, count: 2 })).toBe(true);
    expect(isBadgeMessage({ type: 'failures', tabId: '3', count: 2 })).toBe(false);
    expect(isBadgeMessage(null)).toBe(false);
    expect(isOpenOptionsMessage({ type: 'open-options', draft: null })).toBe(true);
    expect(isOpenOptionsMessage({ type: 'open-options' })).toBe(false);
  });
});

describe("the options page's URL tester", () => {
  const rule: UserRule = { id: 'a', enabled: true, hostGlob: 'admin.example.com', path: { kind: 'prefix', value: '/api/' }, platform: 'auto', errcodePath: 'data.wx.errcode', errmsgPath: 'data.wx.errmsg' };
  const body = JSON.stringify({ code: 500, data: { wx: { errcode: 40164, errmsg: 'invalid ip' } } });
  it('names what applies', () => {
    expect(explainUrl('https://api.weixin.qq.com/cgi-bin/token', '', DEFAULT_RELAY_SETTINGS, [rule])).toEqual({ kind: 'wechat-host' });
    expect(explainUrl('https://admin.example.com/api/send', body, DEFAULT_RELAY_SETTINGS, [rule])).toEqual({ kind: 'rule', index: 0, found: { errcode: 40164, errmsg: 'invalid ip' } });
    expect(explainUrl('https://admin.example.com/api/send', '{}', DEFAULT_RELAY_SETTINGS, [rule])).toEqual({ kind: 'rule', index: 0, found: null });
    expect(explainUrl('http://localhost:3000/cgi-bin/gettoken', '', DEFAULT_RELAY_SETTINGS, [])).toEqual({ kind: 'path', path: '/cgi-bin/gettoken', platform: 'wecom' });
    expect(explainUrl('https://shop.example.com/api/orders', '{"errcode":1001,"errmsg":"库存不足"}', DEFAULT_RELAY_SETTINGS, [])).toEqual({ kind: 'auto', found: { errcode: 1001, errmsg: '库存不足', wechat: false } });
    expect(explainUrl('https://shop.example.com/api/orders', '', { autoDetect: false, pathRulesEverywhere: false }, [])).toEqual({ kind: 'none' });
    expect(explainUrl('https://admin.example.com/api/send', body, DEFAULT_RELAY_SETTINGS, [{ ...rule, enabled: false }]).kind).toBe('auto');
  });
});
