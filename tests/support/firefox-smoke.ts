/*
 * `npm run smoke:firefox`: the Firefox build in real Firefox DevTools, headless. Starts Debian's
 * firefox-esr under Marionette (FIREFOX_PATH overrides it), installs dist-firefox/ as a temporary
 * add-on, opens the toolbox on the demo page with its Network panel first (Firefox hands requests to
 * extensions only after that), shows the WeChat panel, runs the demo's calls, checks that the panel
 * document is loaded in the toolbox and saves a picture of the window (the panel lives in an extension
 * process that Marionette cannot enter, so its rows are not read). Every host name resolves to 127.0.0.1, and the fake
 * WeChat API listens on ports 80 and 443, so it needs root. Not part of `npm test`: CI has no Firefox.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeCertificate } from '../../src/demo/certificate';
import { startFakeWeChatServer, WECHAT_HOSTS } from '../../src/demo/fake-wechat-server';

const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** The Marionette wire protocol: `length:json` frames, commands as [0, id, name, params]. */
class Marionette {
  private buffer = '';
  private id = 0;
  private readonly waiting = new Map<number, (message: unknown[]) => void>();
  private readonly hello: Promise<void>;

  constructor(private readonly socket: Socket) {
    let greeted: () => void = () => undefined;
    this.hello = new Promise((done) => (greeted = done));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (;;) {
        const colon = this.buffer.indexOf(':');
        const length = Number(this.buffer.slice(0, colon));
        if (colon < 0 || this.buffer.length < colon + 1 + length) return;
        const message: unknown = JSON.parse(this.buffer.slice(colon + 1, colon + 1 + length));
        this.buffer = this.buffer.slice(colon + 1 + length);
        if (Array.isArray(message)) this.waiting.get(message[1] as number)?.(message);
        else greeted();
      }
    });
  }

  async send(name: string, params: unknown = {}): Promise<unknown> {
    await this.hello;
    const id = ++this.id;
    const text = JSON.stringify([0, id, name, params]);
    return new Promise((done, fail) => {
      this.waiting.set(id, (m) => (m[2] ? fail(new Error(`${name}: ${JSON.stringify(m[2]).slice(0, 300)}`)) : done((m[3] as { value?: unknown })?.value)));
      this.socket.write(`${Buffer.byteLength(text)}:${text}`);
    });
  }

  /** Runs `body` (an async function body) in the browser's privileged context. */
  privileged(body: string): Promise<unknown> {
    return this.send('WebDriver:ExecuteAsyncScript', { script: `const done = arguments[arguments.length - 1]; (async () => { ${body} })().then(done, (e) => done('ERROR ' + e));` });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const certificate = await makeCertificate(WECHAT_HOSTS);
const servers = await Promise.all([startFakeWeChatServer(certificate, 443), startFakeWeChatServer(certificate, 80)]);
const profile = await mkdtemp(join(tmpdir(), 'wechat-inspector-firefox-'));
const marionettePort = await freePort();
await writeFile(
  join(profile, 'user.js'),
  [`user_pref("marionette.port", ${marionettePort});`, 'user_pref("network.dns.forceResolve", "127.0.0.1");', 'user_pref("devtools.toolbox.host", "bottom");'].join('\n'),
);
const firefox = spawn(FIREFOX, ['--marionette', '-remote-allow-system-access', '--headless', '--no-remote', '--profile', profile, 'about:blank'], { stdio: 'ignore' });
let socket: Socket | undefined;
let ok = false;
try {
  for (let i = 0; i < 100 && !socket; i++) {
    await sleep(200);
    socket = await new Promise<Socket | undefined>((done) => {
      const s = connect(marionettePort, '127.0.0.1', () => done(s));
      s.on('error', () => done(undefined));
    });
  }
  if (!socket) throw new Error(`${FIREFOX} did not open Marionette`);
  const m = new Marionette(socket);
  const session = (await m.send('WebDriver:NewSession', { acceptInsecureCerts: true })) as unknown;
  void session;
  const addon = await m.send('Addon:Install', { path: resolve('dist-firefox'), temporary: true });
  console.log(`installed ${String(addon)} into ${FIREFOX}`);
  await m.send('WebDriver:Navigate', { url: 'http://localhost/' });
  await m.send('Marionette:SetContext', { value: 'chrome' });
  const panelId = await m.privileged(`
    const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
    const { gDevTools } = require('devtools/client/framework/devtools');
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const toolbox = await gDevTools.showToolboxForTab(win.gBrowser.selectedTab, { toolId: 'netmonitor' });
    let tab = null;
    for (let i = 0; i < 100 && !tab; i++) {
      tab = toolbox.doc.querySelector('[id^="toolbox-tab-webext-devtools-panel"]');
      if (!tab) await new Promise((r) => setTimeout(r, 100));
    }
    if (!tab) return 'ERROR no WeChat tab in the toolbox';
    const id = tab.id.replace('toolbox-tab-', '');
    await toolbox.selectTool(id);
    return tab.textContent + ' ' + id;`);
  console.log(`toolbox panel: ${String(panelId)}`);
  if (String(panelId).startsWith('ERROR')) throw new Error(String(panelId));
  await sleep(1500);
  await m.send('Marionette:SetContext', { value: 'content' });
  const ran = await m.send('WebDriver:ExecuteAsyncScript', {
    script: 'const done = arguments[arguments.length - 1]; (async () => { for (const s of window.demoScenarios) await window.runScenario(s.id); return window.demoScenarios.length; })().then(done, (e) => done(String(e)));',
  });
  console.log(`demo page made ${String(ran)} WeChat calls`);
  await sleep(2000);
  await m.send('Marionette:SetContext', { value: 'chrome' });
  const panel = (await m.privileged(`
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const toolbox = win.document.querySelector('browser.devtools-toolbox-bottom-iframe').contentDocument;
    const frame = toolbox.querySelector('iframe[id^="toolbox-panel-iframe-webext-devtools-panel"]');
    const browser = frame.contentDocument.querySelector('browser');
    return [browser.currentURI.spec, browser.browsingContext.currentWindowGlobal.documentTitle];`)) as [string, string];
  console.log(`panel document: ${panel[0]} "${panel[1]}"`);
  // The rows themselves live in an extension process Marionette cannot enter: a picture shows them.
  const png = String(await m.send('WebDriver:TakeScreenshot', { full: false }));
  await mkdir('tests/screenshots', { recursive: true });
  await writeFile('tests/screenshots/firefox-devtools.png', Buffer.from(png, 'base64'));
  console.log('picture of the Firefox window: tests/screenshots/firefox-devtools.png');
  ok = /^moz-extension:\/\/[^/]+\/src\/shells\/devtools\/panel\.html$/.test(panel[0]) && panel[1] === 'WeChat API Inspector' && Number(ran) > 0;
} catch (error) {
  console.log(`error: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  socket?.destroy();
  firefox.kill();
  await Promise.all(servers.map((s) => s.close()));
  await rm(profile, { recursive: true, force: true }).catch(() => undefined);
}
console.log(ok ? 'ok: the WeChat panel is loaded in Firefox DevTools on the demo page' : 'FAILED');
process.exit(ok ? 0 : 1);
