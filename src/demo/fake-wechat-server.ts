import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Certificate } from './certificate';
import { serveFakeOpenApi } from './fake-openapi';
import { relayedScenarios, scenarioKey, scenarios, type Scenario } from './scenarios';

export const WECHAT_HOSTS = [
  'api.weixin.qq.com',
  'api2.weixin.qq.com',
  'sh.api.weixin.qq.com',
  'sz.api.weixin.qq.com',
  'hk.api.weixin.qq.com',
  'qyapi.weixin.qq.com',
] as const;

export interface FakeServer {
  port: number;
  /** Every request the fake WeChat hosts received, for tests to check what the page really sent. */
  requests: Array<{ host: string; method: string; url: string }>;
  close(): Promise<void>;
}

const demoFiles: Record<string, { file: string; type: string }> = {
  '/': { file: 'demo-page.html', type: 'text/html; charset=utf-8' },
  '/demo-page.js': { file: 'demo-page.js', type: 'text/javascript; charset=utf-8' },
  '/jssdk': { file: 'jssdk-page.html', type: 'text/html; charset=utf-8' },
  '/jssdk-page.js': { file: 'jssdk-page.js', type: 'text/javascript; charset=utf-8' },
  '/demo-ui.js': { file: 'demo-ui.js', type: 'text/javascript; charset=utf-8' },
  '/demo.css': { file: 'demo.css', type: 'text/css; charset=utf-8' },
};

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

function cors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Expose-Headers', 'Error-Code, Error-Msg');
}

async function serveDemo(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  // The command line's rid and quota lookups, sent here with --api-base http://127.0.0.1:PORT.
  if (await serveFakeOpenApi(req, res, url)) return;
  if (path === '/scenarios.json') {
    const list = scenarios().map(({ id, label, method, url, requestBody }) => ({ id, label, method, url, requestBody }));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(list));
    return;
  }
  if (path === '/relayed-scenarios.json') {
    const list = relayedScenarios().map(({ id, label, method, url, requestBody }) => ({ id, label, method, url, requestBody }));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(list));
    return;
  }
  // The page's own backend and dev-server proxy: WeChat errors relayed from localhost.
  const relayed = relayedScenarios().find((s) => new URL(s.url, 'http://localhost').pathname === path);
  if (relayed) {
    req.resume();
    await new Promise((resolve) => req.on('end', resolve));
    res.writeHead(relayed.status, { 'Content-Type': relayed.contentType, 'Cache-Control': 'no-store' });
    res.end(relayed.body);
    return;
  }
  if (path === '/not-wechat.json') {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ status: 'fine', note: 'an ordinary API of the page, not WeChat' }));
    return;
  }
  const demo = demoFiles[path];
  if (!demo) {
    res.writeHead(404).end();
    return;
  }
  const body = await readFile(fileURLToPath(new URL(demo.file, import.meta.url)));
  res.writeHead(200, { 'Content-Type': demo.type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function serveWeChat(req: IncomingMessage, res: ServerResponse, host: string): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const wantedHost = host === 'qyapi.weixin.qq.com' ? host : 'api.weixin.qq.com';
  const scenario: Scenario | undefined = scenarios().find((s) => {
    const u = new URL(s.url);
    return scenarioKey(u.hostname, u.pathname) === scenarioKey(wantedHost, path);
  });
  if (req.method === 'OPTIONS') {
    cors(res);
    res.writeHead(204).end();
    return;
  }
  if (!scenario) {
    cors(res);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    return;
  }
  if (scenario.cors) cors(res);
  res.writeHead(scenario.status, { 'Content-Type': scenario.contentType, 'Cache-Control': 'no-store', ...scenario.headers });
  res.end(Buffer.from(scenario.body, 'utf8'));
}

/**
 * One loopback port for HTTP and HTTPS: the first byte of a connection tells a TLS handshake (0x16)
 * from plain HTTP. WeChat host names get scenario answers; localhost gets the demo page.
 */
export async function startFakeWeChatServer(certificate: Certificate, port = 0): Promise<FakeServer> {
  const requests: FakeServer['requests'] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const host = hostOf(req);
    if ((WECHAT_HOSTS as readonly string[]).includes(host)) {
      requests.push({ host, method: req.method ?? '', url: req.url ?? '' });
      req.resume();
      req.on('end', () => serveWeChat(req, res, host));
      return;
    }
    serveDemo(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  const http = createHttpServer(handler);
  const https = createHttpsServer({ cert: certificate.cert, key: certificate.key }, handler);
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) {
        socket.destroy();
        return;
      }
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake server has no port');
  return {
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
