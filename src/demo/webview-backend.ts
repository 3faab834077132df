import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/*
 * The H5 page for the in-page plugin (/webview): the page, the consoles and the plugin script, and the
 * page's own backend. Its answers are fixed (no fresh rid) so that a test can run the page with and
 * without the plugin and compare what the page received. `?csp=1` serves the page under a strict CSP,
 * `?plugin=0` without the plugin, `?lang=zh-CN` in another language.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const CLIENT_IP = '203.0.113.7';
const json = 'application/json; charset=utf-8';
const WECOM_60020 = `not allow to access from your ip, hint: [1733100000123456789012345], from ip: ${CLIENT_IP}, more info at https://open.work.weixin.qq.com/devtool/query?e=60020`;

const answers: Record<string, { status: number; type: string; body: string }> = {
  '/webview-api/admin/send-template': { status: 500, type: json, body: JSON.stringify({ code: 500, msg: 'WeChat call failed', data: { wx: { errcode: 40164, errmsg: `invalid ip ${CLIENT_IP} ipv6 ::ffff:${CLIENT_IP}, not in whitelist rid: 674d1a2b-1a2b3c4d-5e6f7a8b` } } }) },
  '/wx-proxy/cgi-bin/token': { status: 200, type: json, body: JSON.stringify({ errcode: 40013, errmsg: 'invalid appid rid: 674d1a2b-2b3c4d5e-6f7a8b9c' }) },
  '/webview-api/wecom/sync-members': { status: 200, type: json, body: JSON.stringify({ success: false, error: { errcode: 60020, errmsg: WECOM_60020 } }) },
  '/webview-api/orders/submit': { status: 200, type: json, body: JSON.stringify({ errcode: 40001, errmsg: '库存不足' }) },
  '/webview-api/page.xml': { status: 200, type: 'text/xml; charset=utf-8', body: '<?xml version="1.0"?><orders><order id="1001"/></orders>' },
  '/webview-api/beacon': { status: 204, type: 'text/plain', body: '' },
};

/** A PNG header and a few bytes: a QR code as WeChat's wxacode answers it. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

const files: Record<string, { path: URL; type: string }> = {
  '/webview': { path: new URL('webview-page.html', import.meta.url), type: 'text/html; charset=utf-8' },
  '/webview-page.js': { path: new URL('webview-page.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
  '/webview-esm': { path: new URL('webview-esm.html', import.meta.url), type: 'text/html; charset=utf-8' },
  '/webview-esm.js': { path: new URL('webview-esm.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
  '/webview-setup.js': { path: new URL('webview-setup.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
  '/webview-page.css': { path: new URL('webview-page.css', import.meta.url), type: 'text/css; charset=utf-8' },
  '/vendor/vconsole.min.js': { path: new URL('../../node_modules/vconsole/dist/vconsole.min.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
  '/vendor/eruda.js': { path: new URL('../../node_modules/eruda/eruda.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
  '/vendor/wechat-api-inspector.js': { path: new URL('../../dist-webview/wechat-api-inspector.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers the H5 page's paths; false for any other path. */
export async function serveWebview(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const file = files[path];
  if (file) {
    const headers: Record<string, string> = { 'Content-Type': file.type, 'Cache-Control': 'no-store' };
    if (path === '/webview' && url.searchParams.get('csp') === '1') headers['Content-Security-Policy'] = STRICT_CSP;
    let body = await readFile(fileURLToPath(file.path));
    // ?plugin=0: the same page without the plugin's script, for comparing what the page gets.
    if (path === '/webview' && url.searchParams.get('plugin') === '0') body = Buffer.from(body.toString('utf8').replace(/^.*wechat-api-inspector\.js.*$/m, ''));
    // ?lang=zh-CN: the page declares another language (the plugin follows it).
    const lang = url.searchParams.get('lang');
    if (path === '/webview' && lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(lang)) body = Buffer.from(body.toString('utf8').replace('<html lang="en">', `<html lang="${lang}">`));
    res.writeHead(200, headers);
    res.end(body);
    return true;
  }
  // The ES module build and its chunks (/webview-esm imports them).
  const esm = /^\/vendor\/esm\/((?:chunks\/)?[\w.-]+\.mjs)$/.exec(path);
  if (esm) {
    const body = await readFile(fileURLToPath(new URL(`../../dist-webview/${esm[1]}`, import.meta.url))).catch(() => null);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body ?? '');
    return true;
  }
  const answer = answers[path];
  if (answer) {
    req.resume();
    await new Promise((resolve) => req.on('end', resolve));
    res.writeHead(answer.status, { 'Content-Type': answer.type, 'Cache-Control': 'no-store' });
    res.end(answer.body);
    return true;
  }
  switch (path) {
    case '/webview-api/qr.png':
      res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' });
      res.end(PNG);
      return true;
    case '/webview-api/stream': {
      // A JSON answer that arrives in pieces: the page reads it as a stream while capture reads a clone.
      res.writeHead(200, { 'Content-Type': json, 'Cache-Control': 'no-store' });
      for (let i = 0; i < 5; i++) {
        res.write(i === 0 ? '[' : ',');
        res.write(JSON.stringify({ part: i }));
        await sleep(40);
      }
      res.end(']');
      return true;
    }
    case '/webview-api/slow':
      await sleep(3000);
      if (!res.destroyed) res.writeHead(200, { 'Content-Type': json }).end('{"late":true}');
      return true;
    case '/webview-api/huge': {
      // 6 MB of JSON: larger than anything capture reads.
      const pad = 'x'.repeat(6 * 1024 * 1024);
      res.writeHead(200, { 'Content-Type': json, 'Cache-Control': 'no-store' });
      res.end(`{"errcode":0,"errmsg":"ok","pad":"${pad}"}`);
      return true;
    }
    default:
      return false;
  }
}
