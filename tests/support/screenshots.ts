/*
 * `npm run screenshots`: the README's pictures, taken from the real extension in real DevTools on the
 * demo page, in English and Chinese, light and dark; and the store screenshots (data/store/listing.json).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { attachDevtools, launchWithExtension, showPanel } from '../../src/demo/browser';
import { makeCertificate } from '../../src/demo/certificate';
import { startFakeWeChatServer, WECHAT_HOSTS } from '../../src/demo/fake-wechat-server';

const README = { width: 1360, height: 600 };
/** How most people keep DevTools: docked right (a narrow, tall window) or at the bottom (wide and low). */
const RIGHT_DOCK = { width: 480, height: 820 };
const BOTTOM_DOCK = { width: 1280, height: 260 };
/** The Chrome Web Store and Edge Add-ons take 1280×800; AMO takes any size. */
const STORE = { width: 1280, height: 800 };
const variants = [
  { name: 'dock-right-en-light', locale: 'en-US', theme: 'default', size: RIGHT_DOCK },
  { name: 'dock-bottom-en-dark', locale: 'en-US', theme: 'dark', size: BOTTOM_DOCK },
  { name: 'dock-right-zh-dark', locale: 'zh-CN', theme: 'dark', size: RIGHT_DOCK },
  { name: 'panel-en-light', locale: 'en-US', theme: 'default', size: README },
  { name: 'panel-en-dark', locale: 'en-US', theme: 'dark', size: README },
  { name: 'panel-zh-light', locale: 'zh-CN', theme: 'default', size: README },
  { name: 'panel-zh-dark', locale: 'zh-CN', theme: 'dark', size: README },
  { name: 'store-en', locale: 'en-US', theme: 'default', size: STORE },
  { name: 'store-zh', locale: 'zh-CN', theme: 'default', size: STORE },
] as const;

const certificate = await makeCertificate(WECHAT_HOSTS);
const server = await startFakeWeChatServer(certificate);
const outDir = resolve('tests/screenshots');
await mkdir(outDir, { recursive: true });

for (const variant of variants) {
  const launched = await launchWithExtension({
    distDir: resolve('dist'),
    serverPort: server.port,
    spki: certificate.spki,
    headless: true,
    devtools: { dock: 'undocked', theme: variant.theme, locale: variant.locale },
  });
  try {
    const { devtools, extensionId, browser } = await attachDevtools(launched.cdpPort);
    await devtools.setViewportSize(variant.size);
    await launched.page.goto(`http://localhost:${server.port}/`);
    await launched.page.waitForSelector('body[data-ready="true"]');
    const panel = await showPanel(devtools, extensionId);
    // Debian's Chromium ships no UI translations, so pick the panel's language with its own switch.
    await panel.selectOption('select.lang', variant.locale.startsWith('zh') ? 'zh' : 'en');
    await launched.page.click('#run-all');
    await panel.waitForFunction(() => document.querySelectorAll('.row[data-state]').length >= 10);
    await panel.waitForFunction(() => !document.body.textContent?.includes('Loading meanings'));
    await panel.click('.row[data-errcode="40164"]');
    await panel.waitForSelector('.details .fixes');
    await devtools.waitForTimeout(300);
    await devtools.screenshot({ path: `${outDir}/${variant.name}.png` });
    console.log(`tests/screenshots/${variant.name}.png`);
    await browser.close().catch(() => undefined);
  } finally {
    await launched.close();
  }
}
await server.close();
