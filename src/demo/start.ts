/*
 * `npm start`: the fake WeChat API on loopback, the demo page, and Chromium with the built extension
 * and DevTools open on the WeChat panel. Nothing leaves the machine.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { attachDevtools, launchWithExtension, showPanel } from './browser';
import { makeCertificate } from './certificate';
import { startFakeWeChatServer, WECHAT_HOSTS } from './fake-wechat-server';

const once = process.argv.includes('--once');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
const headless = once || !hasDisplay;

const certificate = await makeCertificate(WECHAT_HOSTS);
// DEMO_HOST=0.0.0.0 lets a phone on the same network open the H5 page with the in-page plugin.
const server = await startFakeWeChatServer(certificate, Number(process.env['DEMO_PORT'] ?? 0), process.env['DEMO_HOST'] ?? '127.0.0.1');
const demoUrl = `http://localhost:${server.port}/`;
console.log(`Fake WeChat API (HTTP and HTTPS, self-signed certificate) on 127.0.0.1:${server.port}`);
console.log(`Routed to it inside Chromium only: ${WECHAT_HOSTS.join(', ')}`);
console.log(`The H5 page with vConsole and the in-page plugin: http://localhost:${server.port}/webview (DEMO_HOST=0.0.0.0 to open it from a phone)`);

const launched = await launchWithExtension({ distDir: resolve('dist'), serverPort: server.port, spki: certificate.spki, headless });
const stop = async (): Promise<void> => {
  await launched.close();
  await server.close();
};
process.on('SIGINT', () => void stop().then(() => process.exit(0)));
process.on('SIGTERM', () => void stop().then(() => process.exit(0)));

try {
  const { devtools, extensionId } = await attachDevtools(launched.cdpPort);
  await launched.page.goto(demoUrl);
  await launched.page.waitForSelector('body[data-ready="true"]');
  const panel = await showPanel(devtools, extensionId);
  const scenarios = await launched.page.evaluate(() => (window as unknown as { demoScenarios: unknown[] }).demoScenarios.length);
  await launched.page.click('#run-all');
  await panel.waitForFunction((n) => document.querySelectorAll('.row[data-state]').length >= n, scenarios, { timeout: 10_000 });
  console.log(`Chromium ${headless ? '(headless) ' : ''}opened ${demoUrl} with DevTools on the "WeChat" panel (extension ${extensionId}).`);
  console.log('The demo page ran every scenario once; its buttons run them again.');
  if (headless) {
    await mkdir('artifacts', { recursive: true });
    await devtools.waitForTimeout(500);
    await devtools.screenshot({ path: 'artifacts/start-panel.png' });
    console.log(`No display here, so Chromium runs headless: see artifacts/start-panel.png (DevTools on port ${launched.cdpPort}).`);
  }
} catch (error) {
  console.error(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await stop();
  process.exit(1);
}

if (once) {
  await stop();
} else {
  console.log('Press Ctrl+C to stop Chromium and the fake server.');
}
