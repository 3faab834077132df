import { attachDevtools, launchWithExtension, showPanel } from '../../src/demo/browser';
import { DIST, expect, test } from '../support/devtools-fixture';

// The DevTools window undocked and sized like a usual right dock, 420 × 800: the panel gets all of its
// width. (Docked, DevTools' page also holds the inspected page's placeholder, whose share it decides.)
test('DevTools 420 px wide, as docked right: every toolbar control is reachable and a failing row shows its code and meaning', async ({ server }) => {
  const launched = await launchWithExtension({ distDir: DIST, serverPort: server.port, spki: server.spki, headless: true, devtools: { dock: 'undocked' } });
  try {
    const { browser, devtools, extensionId } = await attachDevtools(launched.cdpPort);
    await devtools.setViewportSize({ width: 420, height: 800 });
    await launched.page.goto(`http://localhost:${server.port}/`);
    await launched.page.waitForSelector('body[data-ready="true"]');
    const panel = await showPanel(devtools, extensionId);
    const width = await panel.evaluate(() => window.innerWidth);
    expect(width).toBeLessThanOrEqual(420);
    expect(width).toBeGreaterThan(400);
    await launched.page.evaluate(() => (window as unknown as { runScenario(id: string): Promise<void> }).runScenario('token-40164'));
    const row = panel.locator('.row[data-errcode="40164"]');
    await expect(row.locator('.c-meaning')).not.toHaveText(/Loading|正在加载/);

    const outside = await panel.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar input, .toolbar select, .toolbar label')]
        .map((el) => ({ name: el.className || el.textContent || el.tagName, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5))
        .map(({ name }) => name),
    );
    expect(outside).toEqual([]);
    // The last controls of both toolbars are used, not just seen.
    await panel.selectOption('select.lang', 'en');
    await panel.locator('button.next-failure').click();
    await expect(row).toHaveAttribute('aria-selected', 'true');

    const shown = await row.evaluate((el) => {
      const code = el.querySelector<HTMLElement>('.c-errcode')!;
      const meaning = el.querySelector<HTMLElement>('.c-meaning')!.getBoundingClientRect();
      return { whole: code.offsetWidth > 0 && code.scrollWidth <= code.clientWidth, meaning: Math.min(meaning.right, window.innerWidth) - meaning.left };
    });
    expect(shown.whole).toBe(true);
    expect(shown.meaning).toBeGreaterThanOrEqual(120);
    await browser.close().catch(() => undefined);
  } finally {
    await launched.close();
  }
});
