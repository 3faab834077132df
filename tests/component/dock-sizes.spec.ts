import type { Page } from '@playwright/test';
import { expect, test, type FakeCall } from '../support/component-fixture';

const API = 'https://api.weixin.qq.com';
const QY = 'https://qyapi.weixin.qq.com';
const failing = (url: string, code: number, errmsg = 'x'): FakeCall => ({ url, content: JSON.stringify({ errcode: code, errmsg }) });
const CALLS: FakeCall[] = [
  failing(`${API}/cgi-bin/token?grant_type=client_credential&secret=0123456789abcdef0123`, 40164, 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6650a1b2-1a2b3c4d-5e6f7a8b'),
  failing(`${API}/cgi-bin/message/template/send`, 42001),
  failing(`${API}/sns/jscode2session?js_code=abc`, 40029),
  failing(`${QY}/cgi-bin/gettoken?corpsecret=abcdef`, 60020),
  failing(`${QY}/cgi-bin/message/send`, 48002),
  failing(`${API}/wxa/getwxacodeunlimit`, 9001010),
  { url: `${API}/cgi-bin/getcallbackip`, content: '{"ip_list":[]}' },
];

/** Every control the user could reach, shown on screen: its box must lie inside the panel. */
async function outsideControls(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const { innerWidth: w, innerHeight: h } = window;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, label, [role="separator"], [role="tab"]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === 'hidden' || el.closest('.row')) continue;
      if (box.left < 0 || box.top < 0 || box.right > w + 0.5 || box.bottom > h + 0.5) out.push(`${el.className || el.tagName} ${JSON.stringify(box)}`);
    }
    return out;
  });
}

/** Each row in view: is its errcode whole, and how many pixels of its meaning show. */
async function rowsInView(panel: Page) {
  return panel.evaluate(() => {
    const viewport = document.querySelector('.viewport')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.viewport .row[data-state]')]
      .filter((row) => row.getBoundingClientRect().bottom <= viewport.bottom + 0.5)
      .map((row) => {
        const code = row.querySelector<HTMLElement>('.c-errcode')!;
        const meaning = row.querySelector<HTMLElement>('.c-meaning')!;
        const box = meaning.getBoundingClientRect();
        // The API's name: the cell's own text after its badges, as far as the cell shows it.
        const nameCell = row.querySelector<HTMLElement>('.c-name')!;
        const nameText = [...nameCell.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        const cellBox = nameCell.getBoundingClientRect();
        let nameVisible = 0;
        if (nameText && cellBox.width > 0) {
          const range = document.createRange();
          range.selectNodeContents(nameText);
          const text = range.getBoundingClientRect();
          nameVisible = Math.max(0, Math.min(text.right, cellBox.right - parseFloat(getComputedStyle(nameCell).paddingRight)) - Math.max(text.left, cellBox.left));
        }
        return {
          nameShown: cellBox.width > 0,
          nameVisible,
          errcode: row.dataset['errcode'],
          codeWhole: code.offsetWidth > 0 && code.scrollWidth <= code.clientWidth,
          meaningVisible: Math.min(box.right, viewport.right, window.innerWidth) - Math.max(box.left, viewport.left, 0),
          meaning: meaning.textContent ?? '',
        };
      });
  });
}

const noHorizontalScroll = (panel: Page) =>
  panel.evaluate(() => [document.documentElement, ...document.querySelectorAll('.viewport, .toolbar, .app')].every((el) => el.scrollWidth <= el.clientWidth));

for (const [width, height] of [[360, 700], [420, 800], [1280, 240], [1360, 600]] as const) {
  test(`at ${width}×${height} every control is inside the panel and every row shows its code and meaning`, async ({ openPanel }) => {
    const { panel } = await openPanel({ before: CALLS });
    await panel.setViewportSize({ width, height });
    await expect(panel.locator('.row[data-errcode="40164"] .c-meaning')).not.toHaveText(/Loading/);
    expect(await outsideControls(panel)).toEqual([]);
    expect(await noHorizontalScroll(panel)).toBe(true);
    const rows = await rowsInView(panel);
    // A low bottom dock still shows at least four rows.
    expect(rows.length).toBeGreaterThanOrEqual(Math.min(4, CALLS.length));
    for (const row of rows) {
      expect(row.codeWhole, `errcode ${row.errcode} whole`).toBe(true);
      expect(row.meaningVisible, `meaning of ${row.errcode}: ${row.meaning}`).toBeGreaterThanOrEqual(120);
      // Badges leave room for the API's name (about six characters at least).
      if (row.nameShown) expect(row.nameVisible, `name of ${row.errcode}`).toBeGreaterThanOrEqual(40);
    }
    // The toolbars wrap rather than cut: in a wide, low dock each keeps to one row, two in all.
    if (width >= 1280) {
      for (const bar of await panel.locator('.toolbar').all()) expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(32);
    }
  });
}

test('in a narrow dock the details go below the list, which keeps code and meaning; the split drags and is remembered', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: CALLS });
  await panel.setViewportSize({ width: 420, height: 800 });
  await panel.locator('.row[data-errcode="42001"]').click();
  const details = panel.locator('.details');
  await expect(details).toBeVisible();
  await expect(panel.locator('.main')).toHaveClass(/stacked/);
  const list = (await panel.locator('.main > .grid').boundingBox())!;
  expect((await details.boundingBox())!.y).toBeGreaterThanOrEqual(list.y + list.height - 1);
  for (const row of await rowsInView(panel)) {
    expect(row.codeWhole).toBe(true);
    expect(row.meaningVisible).toBeGreaterThanOrEqual(120);
  }
  // The details scroll on their own.
  expect(await details.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');

  const splitter = panel.getByRole('separator', { name: 'Resize the list and the details' });
  await expect(splitter).toHaveAttribute('aria-orientation', 'horizontal');
  await expect(splitter).toHaveAttribute('aria-valuenow', '40');
  const box = (await splitter.boundingBox())!;
  const main = (await panel.locator('.main').boundingBox())!;
  await panel.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await panel.mouse.down();
  await panel.mouse.move(box.x + box.width / 2, main.y + main.height * 0.6, { steps: 4 });
  await panel.mouse.up();
  await expect(splitter).toHaveAttribute('aria-valuenow', '60');
  expect((await panel.locator('.main > .grid').boundingBox())!.height).toBeGreaterThan(list.height + 100);
  await splitter.focus();
  await panel.keyboard.press('ArrowUp');
  await expect(splitter).toHaveAttribute('aria-valuenow', '55');

  await panel.reload();
  await panel.locator('.row[data-errcode="42001"]').click();
  await expect(splitter).toHaveAttribute('aria-valuenow', '55');
});

test('in a wide panel the details stay beside the list; the splitter moves with the keyboard', async ({ openPanel }) => {
  const { panel } = await openPanel({ before: CALLS });
  await panel.setViewportSize({ width: 1360, height: 600 });
  await panel.locator('.row[data-errcode="40029"]').click();
  const splitter = panel.getByRole('separator');
  await expect(splitter).toHaveAttribute('aria-orientation', 'vertical');
  await expect(panel.locator('.main')).not.toHaveClass(/stacked/);
  const before = (await panel.locator('.main > .grid').boundingBox())!.width;
  await splitter.focus();
  await panel.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', '50');
  expect((await panel.locator('.main > .grid').boundingBox())!.width).toBeGreaterThan(before + 40);
  for (const row of await rowsInView(panel)) expect(row.meaningVisible).toBeGreaterThanOrEqual(120);
});
