import { beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeContent } from '../../src/capture/content';
import type { DevtoolsNetworkLike } from '../../src/capture/har-types';
import { startCapture } from '../../src/capture/network-capture';
import type { HarEntryLike } from '../../src/decode/har-entry';
import type { DecodedCall } from '../../src/decode/types';

/*
 * Firefox's devtools API as it really answers (browser/components/extensions, devtools/client/netmonitor):
 * - everything is promise-based (the polyfill hands the native `browser` through);
 * - onRequestFinished entries are built without response bodies and carry getContent(), whose promise
 *   resolves with `[content.text, content.mimeType]` (a callback instead gets the two as arguments);
 *   the body's `encoding` is not passed on: a body Firefox keeps as base64 (no or a non-text MIME type)
 *   arrives as base64 text next to its MIME type;
 * - getHAR() resolves with the HAR log, whose entries have no getContent but carry the body in
 *   `response.content.text` (with `encoding: "base64"` for binary bodies).
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const error40164 = '{"errcode":40164,"errmsg":"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6579a1b2-0c1d2e3f-4a5b6c7d"}';
const chineseError = '{"errcode":40007,"errmsg":"不合法的媒体文件 id"}';
/** The first bytes of a JPEG, as WeChat's QR-code APIs answer on success. */
const jpegBase64 = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]).toString('base64');

/** An entry as Firefox's onRequestFinished delivers it (HAR 1.2 as the netmonitor builds it). */
function firefoxEntry(url: string, mimeType: string, body: string, startedDateTime = '2026-11-21T18:00:00.000+08:00'): HarEntryLike {
  return {
    startedDateTime,
    time: 48,
    request: {
      method: 'GET',
      url,
      headers: [{ name: 'Host', value: new URL(url).host }],
      // Firefox's HAR also has httpVersion, cookies, queryString, headersSize, bodySize.
    },
    response: {
      status: 200,
      headers: [{ name: 'Content-Type', value: mimeType }],
      content: { mimeType, size: body.length },
    },
    timings: { blocked: 0, dns: 1, connect: 2, ssl: 3, send: 0, wait: 40, receive: 2 },
    getContent: () => Promise.resolve([body, mimeType]),
  };
}

/** The same request as Firefox's getHAR() lists it: body inside the entry, no getContent. */
function firefoxHarEntry(url: string, mimeType: string, body: string, encoding?: string): HarEntryLike {
  const entry = firefoxEntry(url, mimeType, body);
  delete entry.getContent;
  entry.response!.content = { mimeType, size: body.length, text: body, ...(encoding ? { encoding } : {}) };
  return entry;
}

class FirefoxNetwork implements DevtoolsNetworkLike {
  private finished: Array<(entry: HarEntryLike) => void> = [];
  constructor(private readonly entries: HarEntryLike[] = []) {}
  getHAR(): unknown {
    return Promise.resolve({ version: '1.2', creator: { name: 'Firefox', version: '153.0' }, entries: this.entries });
  }
  onRequestFinished = { addListener: (l: (entry: HarEntryLike) => void) => void this.finished.push(l) };
  onNavigated = { addListener: () => undefined };
  finish(entry: HarEntryLike): void {
    for (const l of this.finished) l(entry);
  }
}

function capture(network: FirefoxNetwork) {
  const calls: DecodedCall[] = [];
  const problems: string[] = [];
  startCapture(network, { add: (c) => calls.push(c), navigated: () => undefined, problem: (p) => problems.push(p) }, { contentTimeoutMs: 200 });
  return { calls, problems };
}

describe("normalizeContent: Firefox's getContent", () => {
  it('promise form: one [content, mimeType] array', () => {
    expect(normalizeContent([['{"errcode":1}', 'application/json']])).toEqual({ content: '{"errcode":1}', encoding: '' });
    expect(normalizeContent([[chineseError, 'application/json; charset=UTF-8']])).toEqual({ content: chineseError, encoding: '' });
  });
  it('callback form: content and MIME type as two arguments', () => {
    expect(normalizeContent(['{"errcode":1}', 'text/plain; charset=utf-8'])).toEqual({ content: '{"errcode":1}', encoding: '' });
  });
  it('an empty body stays an empty string, not a missing one', () => {
    expect(normalizeContent([['', 'application/json']])).toEqual({ content: '', encoding: '' });
  });
  it('a MIME type is never taken for an encoding', () => {
    expect(normalizeContent([['{}', 'application/base64']]).encoding).toBe('');
  });
});

describe('capture with Firefox-shaped devtools.network', () => {
  it('decodes a live call read through the promise getContent', async () => {
    const network = new FirefoxNetwork();
    const { calls, problems } = capture(network);
    await sleep(10);
    network.finish(firefoxEntry('https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential', 'application/json; charset=UTF-8', error40164));
    network.finish(firefoxEntry('https://api.weixin.qq.com/cgi-bin/media/get', 'text/plain', chineseError, '2026-11-21T18:00:01.000+08:00'));
    await sleep(10);
    expect(problems).toEqual([]);
    expect(calls.map((c) => [c.errcode, c.state])).toEqual([
      [40164, 'error'],
      [40007, 'error'],
    ]);
    expect(calls[1]!.errmsg).toBe('不合法的媒体文件 id');
    expect(calls[0]!.timings).toMatchObject({ wait: 40 });
  });

  it('takes an empty getHAR log (DevTools opened after the calls) as a backfill, not a failure', async () => {
    const { calls, problems } = capture(new FirefoxNetwork([]));
    await sleep(10);
    expect(problems).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('decodes a getHAR backfill entry, whose body is in response.content.text (no getContent)', async () => {
    const network = new FirefoxNetwork([firefoxHarEntry('https://qyapi.weixin.qq.com/cgi-bin/gettoken', 'application/json', '{"errcode":60020,"errmsg":"not allow to access from your ip"}')]);
    const { calls } = capture(network);
    await sleep(10);
    expect(calls.map((c) => [c.errcode, c.state])).toEqual([[60020, 'error']]);
  });

  it('takes a base64 body next to a non-text MIME type (a QR-code JPEG) as bytes', async () => {
    const network = new FirefoxNetwork();
    const { calls } = capture(network);
    await sleep(10);
    network.finish(firefoxEntry('https://api.weixin.qq.com/wxa/getwxacodeunlimit', 'image/jpeg', jpegBase64));
    await sleep(10);
    expect(calls[0]!.body).toMatchObject({ kind: 'binary' });
    expect(calls[0]!.state).toBe('ok');
  });
});

const fakePanels: { current: Record<string, unknown> } = { current: {} };

/** The panel's theme as the extension shell wires it: the DevTools theme followed on the root element. */
async function themeModules() {
  const { devtoolsTheme } = await import('../../src/shells/devtools/extension-host');
  const { followTheme } = await import('../../src/ui/theme');
  return { followDevtoolsTheme: (root: HTMLElement) => followTheme(root, devtoolsTheme()) };
}
vi.mock('webextension-polyfill', () => ({ default: { devtools: { get panels() { return fakePanels.current; } } } }));

describe('the DevTools theme', () => {
  const root = () => ({ dataset: {} as Record<string, string> }) as unknown as HTMLElement;
  beforeEach(() => {
    fakePanels.current = {};
  });

  it("follows Firefox's themeName and onThemeChanged", async () => {
    const { followDevtoolsTheme } = await themeModules();
    const listeners: Array<(theme: string) => void> = [];
    fakePanels.current = { themeName: 'dark', onThemeChanged: { addListener: (l: (theme: string) => void) => listeners.push(l) } };
    const el = root();
    followDevtoolsTheme(el);
    expect(el.dataset['theme']).toBe('dark');
    expect(listeners).toHaveLength(1);
    listeners[0]!('light');
    expect(el.dataset['theme']).toBe('light');
    listeners[0]!('dark');
    expect(el.dataset['theme']).toBe('dark');
  });

  it("keeps Chromium's setThemeChangeHandler, and listens only once where both exist", async () => {
    const { followDevtoolsTheme } = await themeModules();
    let handler: ((theme: string) => void) | undefined;
    const addListener = vi.fn();
    fakePanels.current = { themeName: 'default', setThemeChangeHandler: (h: (theme: string) => void) => (handler = h), onThemeChanged: { addListener } };
    const el = root();
    followDevtoolsTheme(el);
    expect(el.dataset['theme']).toBe('light');
    handler!('dark');
    expect(el.dataset['theme']).toBe('dark');
    expect(addListener).not.toHaveBeenCalled();
  });

  it('falls back to light without any theme API', async () => {
    const { followDevtoolsTheme } = await themeModules();
    const el = root();
    followDevtoolsTheme(el);
    expect(el.dataset['theme']).toBe('light');
  });
});
