/*
 * The README's pictures of the in-page plugin: the H5 demo page in a 390×844 phone viewport with a
 * WeChat user agent, the plugin's tab open in vConsole and in eruda (needs `npm run build:webview`).
 */
import { resolve } from 'node:path';
import { makeCertificate } from '../../src/demo/certificate';
import { startFakeWeChatServer, WECHAT_HOSTS } from '../../src/demo/fake-wechat-server';
import { launchChromium, openH5, phoneContext, showPluginTab } from './webview';

const certificate = await makeCertificate(WECHAT_HOSTS);
const server = await startFakeWeChatServer(certificate);
const browser = await launchChromium();
try {
  for (const which of ['vconsole', 'eruda'] as const) {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await openH5(page, server.port, `console=${which}&direct=1`);
    await showPluginTab(page, which, 'WeChat');
    await page.locator('.wechat-api-inspector').first().evaluate(async (host) => {
      // The list is drawn from the log on the next frames.
      await new Promise((r) => setTimeout(r, 500));
      return host.shadowRoot?.querySelectorAll('.row').length;
    });
    await page.screenshot({ path: resolve(`tests/screenshots/webview-${which}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
