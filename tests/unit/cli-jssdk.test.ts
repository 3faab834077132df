import { describe, expect, it } from 'vitest';
import { type JssdkResult, type JssdkSignResult } from '../../src/cli/jssdk-result';
import { inspect } from '../support/inspect';

/** The command as the README gives it. */
const jssdk = (...args: string[]) => inspect('jssdk', ...args);

const CONTRACT = ['api', 'causes', 'errMsg', 'fixes', 'known', 'meaning'];
const TICKET = 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg';
const OFFICIAL = ['--ticket', TICKET, '--noncestr', 'Wm3WZYTPz0wzccnW', '--timestamp', '1414587457', '--url', 'http://mp.weixin.qq.com?params=value'];

describe('jssdk ERRMSG', () => {
  it('answers --json with exactly the contract keys, in English by default', async () => {
    const { stdout, stderr, code } = await jssdk('--json', 'config:fail,Error: 系统错误，错误码：63002,invalid signature');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as JssdkResult;
    expect(Object.keys(result).sort()).toEqual(CONTRACT);
    expect(result).toMatchObject({ api: 'config', known: true, meaning: 'JS-SDK signature check failed (invalid signature)' });
    expect(result.causes!.length).toBeGreaterThan(0);
    expect(result.fixes!.every((f) => typeof f === 'string')).toBe(true);
  });

  it('answers in the language asked', async () => {
    const result = JSON.parse((await jssdk('--json', '--lang', 'zh', 'chooseImage:permission denied')).stdout) as JssdkResult;
    expect(result.meaning).toMatch(/[\u4e00-\u9fff]/);
    expect(result.causes!.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says known:false with exit 0 for an errMsg it does not know', async () => {
    const { stdout, code } = await jssdk('--json', 'chooseImage:ok');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ errMsg: 'chooseImage:ok', api: 'chooseImage', known: false, meaning: null, causes: null, fixes: null });
  });

  it('reads a pasted WeCom result object', async () => {
    const pasted = JSON.stringify({ errMsg: 'agentConfig:fail', err_Info: 'fail', hint: "Hint: '1116162709:28pf8aujopx:40093'. More info at https://open.work.weixin.qq.com/devtool/query?e=40093" });
    const result = JSON.parse((await jssdk('--json', pasted)).stdout) as JssdkResult;
    expect(result).toMatchObject({ api: 'agentConfig', known: true, meaning: 'JS-SDK signature check failed (invalid signature)' });
  });

  it('prints readable Chinese by default', async () => {
    const { stdout, code } = await jssdk('config:invalid url domain');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('config:invalid url domain');
    expect(stdout).toMatch(/含义: 页面域名/);
    expect(stdout).toMatch(/常见原因:\n {4}- /);
    expect(stdout).toMatch(/解决步骤:\n {4}1\. /);
    expect(stdout).toMatch(/文档: https:\/\//);
    expect((await jssdk('--lang', 'en', 'nothing we know')).stdout).toBe('nothing we know\n  Meaning: (not in the knowledge base)\n');
  });
});

describe('jssdk sign', () => {
  it('prints the official example with --json as exactly {string, signature}', async () => {
    const { stdout, code } = await jssdk('sign', ...OFFICIAL, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as JssdkSignResult;
    expect(Object.keys(result).sort()).toEqual(['signature', 'string']);
    expect(result).toEqual({
      string: `jsapi_ticket=${TICKET}&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value`,
      signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
    });
  });

  it('prints the signature and the string signed, the #fragment dropped', async () => {
    const args = [...OFFICIAL];
    args[args.length - 1] += '#/home';
    const { stdout, code } = await jssdk('sign', ...args);
    expect(code).toBe(0);
    expect(stdout).toBe(`signature: 0f9de62fce790f9a083d5c99e95740ceb90c27ed\nstring:    jsapi_ticket=${TICKET}&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value\n`);
  });
});

describe('jssdk bad arguments', () => {
  const cases = [
    [],
    ['a', 'b'],
    ['--lang', 'fr', 'config:fail'],
    ['--nope', 'config:fail'],
    ['sign'],
    ['sign', ...OFFICIAL.slice(2)],
    ['sign', ...OFFICIAL.slice(0, 4), '--timestamp', '14145874.57', ...OFFICIAL.slice(6)],
    ['sign', ...OFFICIAL, '--ticket', ''],
    ['sign', ...OFFICIAL, 'extra'],
  ];
  it.each(cases)('exit 2 with one line on stderr: %j', async (...args) => {
    const { stdout, stderr, code } = await jssdk(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^wechat-api-inspector: [^\n]+\n/);
  });
});
