import type { FakeCall } from '../support/fake-devtools';

/** What the benchmark installs in every extension page, reached from Node as `window.__bench`. */
export interface BenchHooks {
  /** Long tasks seen by this page, in its own performance.now() time. */
  longTasks: Array<{ start: number; duration: number }>;
  /** Finished requests to feed: `share` of them WeChat calls, a third of those failing, bodies 200 B to `maxBody` (50 KB). */
  makeSpecs(count: number, share: number, run: string, maxBody?: number): FakeCall[];
  /** Builds the HAR entries ahead of the timed part. */
  prepare(specs: FakeCall[]): number;
  /** The bare floor over the prepared entries: filter hosts, await getContent, JSON.parse. Returns ms. */
  floor(): Promise<number>;
  /** Finishes the prepared entries in one tick through the fake devtools.network; returns when (epoch ms). */
  feed(): number;
  /**
   * Resolves with the epoch ms at which the panel had taken in `count` calls: those its list counts plus
   * those the bounded log dropped to stay within its budget (its "oldest calls dropped" banner).
   */
  countReached(count: number, timeoutMs: number): Promise<{ at: number; count: number }>;
  /** performance.now() after the first call row was painted (see installPaintProbe). */
  firstRowPainted: Promise<number>;
  now(): number;
}

/** esbuild's keepNames helper, which functions compiled by tsx call once serialised into a page. */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/**
 * Gives the page `__afterPaint(callback)`: the callback runs in the first task after the frame that
 * paints the current DOM (a task that goes before those already waiting, so a busy thread does not
 * delay the stamp past the paint). When the DOM changed inside a frame (the panel renders in requestAnimationFrame)
 * that frame paints it; otherwise the next one does. Wraps requestAnimationFrame to tell the two apart.
 */
export function installPaintProbe(): void {
  const w = window as unknown as { __afterPaint?: (callback: () => void) => void };
  if (w.__afterPaint) return;
  const raf = window.requestAnimationFrame.bind(window);
  let inFrame = false;
  // The first task after the frame, ahead of the tasks already queued (a busy panel has its next calls'
  // work waiting): a task of the highest priority where the browser has the Scheduler API, else a message.
  const scheduler = (globalThis as { scheduler?: { postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<unknown> } }).scheduler;
  const afterTask = (callback: () => void): void => {
    if (scheduler) {
      void scheduler.postTask(callback, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  };
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      if (!inFrame) {
        inFrame = true;
        afterTask(() => (inFrame = false));
      }
      callback(time);
    });
  w.__afterPaint = (callback) => (inFrame ? afterTask(callback) : raf(() => afterTask(callback)));
}

/**
 * Runs in each page of the benchmark's browser (serialised by addInitScript), so it is self-contained.
 * The workload is deterministic (seeded) so runs compare.
 */
export function installBenchHooks(): void {
  if (location.protocol !== 'chrome-extension:') return;
  type Spec = { url: string; status?: number; content?: string | null; mimeType?: string };
  interface Fake {
    entry(spec: Spec): unknown;
    dispatch(entries: unknown[]): void;
  }
  const g = window as unknown as { __bench: BenchHooks; __fake?: Fake; __afterPaint(callback: () => void): void };
  const longTasks: BenchHooks['longTasks'] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  let seed = 7;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pad = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(900);
  const failures = [
    ['api.weixin.qq.com', '/cgi-bin/message/template/send', 40164, 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6745a1b2-0c7d8e9f-12345678'],
    ['api.weixin.qq.com', '/sns/jscode2session', 40029, 'invalid code, rid: 6745a1b2-1a2b3c4d-87654321'],
    ['api.weixin.qq.com', '/cgi-bin/user/info', 42001, 'access_token expired rid: 6745a1b2-5e6f7a8b-11223344'],
    ['qyapi.weixin.qq.com', '/cgi-bin/message/send', 60020, 'not allow to access from your ip, hint: [1732184000_12_abc], from ip: 203.0.113.7'],
    ['qyapi.weixin.qq.com', '/cgi-bin/user/get', 48002, 'api forbidden, hint: [1732184000_13_def]'],
  ] as const;
  const successes = [
    ['api.weixin.qq.com', '/cgi-bin/user/get'],
    ['api.weixin.qq.com', '/cgi-bin/material/batchget_material'],
    ['qyapi.weixin.qq.com', '/cgi-bin/user/list'],
  ] as const;

  const wechatSpec = (i: number, run: string, maxBody: number): Spec => {
    const size = 200 + Math.floor(random() * (maxBody - 200));
    let head: string;
    let url: string;
    if (i % 3 === 0) {
      const [host, path, code, errmsg] = failures[i % failures.length]!;
      url = `https://${host}${path}?access_token=ACCESS_TOKEN_${i}&n=${run}-${i}`;
      head = `{"errcode":${code},"errmsg":"${errmsg}","n":"${run}-${i}","pad":"`;
    } else {
      const [host, path] = successes[i % successes.length]!;
      url = `https://${host}${path}?access_token=ACCESS_TOKEN_${i}&n=${run}-${i}`;
      head = `{"errcode":0,"errmsg":"ok","n":"${run}-${i}","pad":"`;
    }
    // Concatenated, then flattened by the first JSON.parse: each body is its own string, as in real life.
    return { url, status: 200, content: head + pad.slice(0, Math.max(0, size - head.length - 2)) + '"}' };
  };
  // The rest of a page's traffic: its scripts, answered as JavaScript.
  const otherSpec = (i: number, run: string): Spec => ({ url: `https://static.example.com/app/chunk-${run}-${i}.js`, status: 200, content: 'x', mimeType: 'application/javascript' });

  let entries: unknown[] = [];
  const fake = (): Fake => {
    if (!g.__fake) throw new Error('no fake devtools in this page');
    return g.__fake;
  };
  const hosts = new Set(['api.weixin.qq.com', 'api2.weixin.qq.com', 'sh.api.weixin.qq.com', 'sz.api.weixin.qq.com', 'hk.api.weixin.qq.com', 'qyapi.weixin.qq.com', 'api.mch.weixin.qq.com', 'api2.mch.weixin.qq.com']);
  interface Entry {
    request: { url: string };
    getContent(): Promise<{ content: string | null }>;
  }
  const floorListener = async (entry: Entry): Promise<void> => {
    if (!hosts.has(new URL(entry.request.url).hostname)) return;
    const { content } = await entry.getContent();
    if (content !== null) JSON.parse(content);
  };

  let painted: (ms: number) => void = () => undefined;
  const firstRowPainted = new Promise<number>((resolve) => (painted = resolve));
  const rowWatch = new MutationObserver(() => {
    if (!document.querySelector('.row[data-state]')) return;
    rowWatch.disconnect();
    g.__afterPaint(() => painted(performance.now()));
  });
  // The document itself, from the start: the panel's module scripts draw the first rows before
  // DOMContentLoaded, so watching the body from then on missed them (and took a later drawing's paint).
  rowWatch.observe(document, { childList: true, subtree: true });

  const digits = (selector: string): number => Number((document.querySelector(selector)?.textContent ?? '').replace(/\D/g, '') || '0');
  const shownCount = (): number => digits('.count-calls') + digits('.banner.dropped');

  g.__bench = {
    longTasks,
    makeSpecs: (count, share, run, maxBody = 50_000) => {
      const every = Math.round(1 / share);
      return Array.from({ length: count }, (_, i) => (i % every === 0 ? wechatSpec(i / every, run, maxBody) : otherSpec(i, run)));
    },
    prepare: (specs) => {
      entries = specs.map((s) => fake().entry(s));
      return entries.length;
    },
    floor: async () => {
      const start = performance.now();
      await Promise.all((entries as Entry[]).map(floorListener));
      return performance.now() - start;
    },
    feed: () => {
      const at = performance.timeOrigin + performance.now();
      fake().dispatch(entries);
      entries = [];
      return at;
    },
    countReached: (count, timeoutMs) =>
      new Promise((resolve) => {
        const done = (): void => {
          observer.disconnect();
          clearTimeout(timer);
          resolve({ at: performance.timeOrigin + performance.now(), count: shownCount() });
        };
        const observer = new MutationObserver(() => {
          if (shownCount() === count) done();
        });
        const timer = setTimeout(done, timeoutMs);
        if (shownCount() === count) done();
        else observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    firstRowPainted,
    now: () => performance.timeOrigin + performance.now(),
  };
}
