import { test as base, type Frame, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { attachDevtools, launchWithExtension, showPanel } from '../../src/demo/browser';
import { makeCertificate } from '../../src/demo/certificate';
import { startFakeWeChatServer, WECHAT_HOSTS, type FakeServer } from '../../src/demo/fake-wechat-server';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export interface Inspector {
  /** The inspected tab, on the demo page. */
  page: Page;
  devtools: Page;
  extensionId: string;
  demoUrl: string;
  showPanel(): Promise<Frame>;
  /** The extension's devtools page (where capture runs), to ask the real DevTools API things. */
  devtoolsPageFrame(): Frame;
}

/** Real Chromium DevTools with the built extension; WeChat host names go to a fake server on loopback. */
export const test = base.extend<{ inspector: Inspector }, { server: FakeServer & { spki: string } }>({
  server: [
    async ({}, use) => {
      const certificate = await makeCertificate(WECHAT_HOSTS);
      const server = await startFakeWeChatServer(certificate);
      await use(Object.assign(server, { spki: certificate.spki }));
      await server.close();
    },
    { scope: 'worker' },
  ],
  inspector: async ({ server }, use) => {
    const launched = await launchWithExtension({ distDir: DIST, serverPort: server.port, spki: server.spki, headless: true });
    try {
      const { browser, devtools, extensionId } = await attachDevtools(launched.cdpPort);
      const demoUrl = `http://localhost:${server.port}/`;
      await launched.page.goto(demoUrl);
      await launched.page.waitForSelector('body[data-ready="true"]');
      await use({
        page: launched.page,
        devtools,
        extensionId,
        demoUrl,
        showPanel: () => showPanel(devtools, extensionId),
        devtoolsPageFrame: () => {
          const frame = devtools.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/src/shells/devtools/devtools.html`));
          if (!frame) throw new Error('the extension devtools page is not loaded');
          return frame;
        },
      });
      await browser.close().catch(() => undefined);
    } finally {
      await launched.close();
    }
  },
});

export { expect } from '@playwright/test';
