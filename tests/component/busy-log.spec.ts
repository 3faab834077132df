import { expect, test, type FakeCall } from '../support/component-fixture';

const API = 'https://api.weixin.qq.com';
const call = (i: number): FakeCall => ({
  url: `${API}/cgi-bin/user/info?n=${i}`,
  startedDateTime: new Date(Date.parse('2026-11-21T10:00:00Z') + i).toISOString(),
  content: JSON.stringify({ errcode: 42001, errmsg: `access_token expired n=${i}` }),
});

test('the list keeps following new calls at the bottom, and stays put once scrolled up', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...Array.from({ length: 300 }, (_, i) => call(i)));
  await expect(panel.locator('.count-calls')).toHaveText('300 WeChat calls');
  for (let i = 300; i < 320; i++) await finish(call(i));
  await expect(panel.locator('.row[data-state] .c-endpoint[title$="n=319"]')).toBeInViewport();
  await panel.locator('.viewport').evaluate((el) => (el.scrollTop = 0));
  await expect(panel.locator('.row[data-state] .c-endpoint[title$="n=0"]')).toBeInViewport();
  await finish(call(320));
  await expect(panel.locator('.count-calls')).toHaveText('321 WeChat calls');
  await expect(panel.locator('.row[data-state] .c-endpoint[title$="n=0"]')).toBeInViewport();
});

test('following the bottom, a new call reuses the row element of the call leaving the window', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...Array.from({ length: 200 }, (_, i) => call(i)));
  await expect(panel.locator('.count-calls')).toHaveText('200 WeChat calls');
  // A first drawing of all 200 draws only the rows in view (as a jump); the next call fills the window.
  await finish(call(200));
  await expect(panel.locator('.row[data-state] .c-endpoint[title$="n=200"]')).toBeInViewport();
  // Marks the elements in the DOM now: a row drawn in a new element would lack the mark.
  const count = await panel.evaluate(() => {
    const rows = [...document.querySelectorAll('.row[data-state]')];
    for (const row of rows) (row as HTMLElement & { __seen?: boolean }).__seen = true;
    return rows.length;
  });
  // Nor is one moved in the DOM: a moved element has its layout objects built again (the order on
  // screen is the row group's aria-owns, checked below). And no listener is added on the way.
  await panel.evaluate(() => {
    const w = window as unknown as { __moves: unknown[]; __listeners: string[] };
    w.__moves = [];
    new MutationObserver((records) => w.__moves.push(...records)).observe(document.querySelector('.spacer')!, { childList: true });
    w.__listeners = [];
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: [EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?]) {
      w.__listeners.push(type);
      add.call(this, type, ...rest);
    };
  });
  for (let i = 201; i < 206; i++) await finish(call(i));
  await expect(panel.locator('.row[data-state] .c-endpoint[title$="n=205"]')).toBeInViewport();
  const rows = await panel.evaluate(() => [...document.querySelectorAll('.row[data-state]')].map((row) => (row as HTMLElement & { __seen?: boolean }).__seen === true));
  expect(rows).toHaveLength(count);
  expect(rows.every(Boolean)).toBe(true);
  expect(await panel.evaluate(() => (window as unknown as { __moves: unknown[] }).__moves.length)).toBe(0);
  expect(await panel.evaluate(() => (window as unknown as { __listeners: string[] }).__listeners)).toEqual([]);
});

test('after scrolls and jumps the rows are in order for assistive technology, each showing its own call', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(...Array.from({ length: 300 }, (_, i) => call(i)));
  await expect(panel.locator('.count-calls')).toHaveText('300 WeChat calls');
  // The rows in the order the row group gives them (its aria-owns), which must name each row in it once.
  const rowsInOrder = () =>
    panel.evaluate(() => {
      const group = document.querySelector<HTMLElement>('.viewport [role="rowgroup"]')!;
      const ids = (group.getAttribute('aria-owns') ?? '').split(' ').filter(Boolean);
      const children = [...group.querySelectorAll<HTMLElement>(':scope > .row')];
      if (ids.length !== children.length || !children.every((row) => ids.includes(row.id))) throw new Error(`aria-owns ${ids.join(' ')} does not name the rows in the group`);
      return ids.map((id) => {
        const row = document.getElementById(id)!;
        return { index: Number(row.dataset['index']), n: /n=(\d+)$/.exec(row.querySelector('.c-endpoint')?.getAttribute('title') ?? '')?.[1], top: row.style.top };
      });
    });
  // Chromium's accessibility tree: the row group's rows, by the index of the call each shows.
  const cdp = await panel.context().newCDPSession(panel);
  const treeOrder = async (): Promise<number[]> => {
    type AXNode = { nodeId: string; role?: { value: string }; childIds?: string[]; backendDOMNodeId?: number };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
    const group = nodes.find((n) => n.role?.value === 'rowgroup');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const indices: number[] = [];
    for (const id of group?.childIds ?? []) {
      const { node } = await cdp.send('DOM.describeNode', { backendNodeId: byId.get(id)!.backendDOMNodeId! });
      const attributes = node.attributes ?? [];
      indices.push(Number(attributes[attributes.indexOf('data-index') + 1]));
    }
    return indices;
  };

  // A jump to the middle, a few rows down, a few up, another jump, then back to the top: new rows, moved
  // rows and rewritten ones. A jump draws the rows in view and one spare above; a scroll that overlaps
  // what was drawn keeps four spare rows on each side.
  for (const [top, spare] of [[3000, 1], [3100, 4], [2950, 4], [4500, 1], [0, 0]] as const) {
    await panel.locator('.viewport').evaluate((el, t) => (el.scrollTop = t), top);
    await expect.poll(async () => (await rowsInOrder())[0]?.index).toBe(Math.floor(top / 22) - spare);
    const rows = await rowsInOrder();
    rows.forEach((row, j) => {
      expect(row.index).toBe(rows[0]!.index + j);
      expect(row.n).toBe(String(row.index));
      expect(row.top).toBe(`${row.index * 22}px`);
    });
    expect(await treeOrder()).toEqual(rows.map((row) => row.index));
  }
});

test('5,000 calls finished in one tick all reach the list', async ({ openPanel }) => {
  const { panel, capture } = await openPanel();
  await capture.evaluate(() => {
    type Fake = { entry(spec: unknown): unknown; dispatch(entries: unknown[]): void };
    const fake = (window as unknown as { __fake: Fake }).__fake;
    const started = Date.parse('2026-11-21T10:00:00Z');
    const entries = Array.from({ length: 5000 }, (_, i) =>
      fake.entry({ url: `https://api.weixin.qq.com/cgi-bin/token?n=${i}`, startedDateTime: new Date(started + i).toISOString(), content: `{"errcode":${i % 3 === 0 ? 40164 : 0},"errmsg":"x"}` }),
    );
    fake.dispatch(entries);
  });
  await expect(panel.locator('.count-calls')).toHaveText('5000 WeChat calls', { timeout: 30_000 });
  await expect(panel.locator('.count-failures')).toHaveText('1667 failed');
});

test('a panel opened on a long log paints its first frame with rows over the whole list, and only those', async ({ openLinkedPanel }) => {
  const { frames } = await openLinkedPanel({ har: Array.from({ length: 300 }, (_, i) => call(i)) });
  await expect(frames.panel.locator('.count-calls')).toHaveText('300 WeChat calls');
  // In the panel loaded next: where the rows are at the first frame after they appear, before its paint.
  await frames.host.context().addInitScript(() => {
    if (!location.pathname.endsWith('/panel.html')) return;
    const watch = new MutationObserver(() => {
      if (!document.querySelector('.viewport .row[data-state]')) return;
      watch.disconnect();
      requestAnimationFrame(() => {
        const viewport = document.querySelector<HTMLElement>('.viewport')!;
        const tops = [...viewport.querySelectorAll<HTMLElement>('.row[data-state]')].map((row) => row.offsetTop);
        (window as unknown as { __firstFrame: unknown }).__firstFrame = {
          viewTop: viewport.scrollTop,
          viewBottom: viewport.scrollTop + viewport.clientHeight,
          rowsTop: Math.min(...tops),
          rowsBottom: Math.max(...tops) + 22,
        };
      });
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  await frames.host.evaluate(() => document.querySelectorAll('iframe')[1]!.remove());
  // A DevTools window taller than the list's old guess of its height (400 px) and its spare rows.
  const panel = await frames.addPanel(1000);
  const first = await panel.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame).then((h) => h.jsonValue() as Promise<Record<string, number>>);
  expect(first['viewBottom']! - first['viewTop']!).toBeGreaterThan(700);
  expect(first['rowsTop']).toBeLessThanOrEqual(first['viewTop']!);
  expect(first['rowsBottom']).toBeGreaterThanOrEqual(first['viewBottom']!);
  // The first drawing is drawn as a jump: the rows in view and one spare above, not four more each side.
  expect(first['rowsTop']).toBeGreaterThan(first['viewTop']! - 3 * 22);
  // The first scroll that overlaps brings the spare rows (four above the view, more near the bottom).
  const top = await panel.locator('.viewport').evaluate((el) => {
    el.scrollTop -= 22;
    return el.scrollTop;
  });
  await expect.poll(() => panel.evaluate(() => Math.min(...[...document.querySelectorAll<HTMLElement>('.viewport .row[data-state]')].map((row) => row.offsetTop)))).toBeLessThanOrEqual((Math.floor(top / 22) - 4) * 22);
});
