/** A finished request as a test describes it. */
export interface FakeCall {
  url: string;
  method?: string;
  status?: number;
  startedDateTime?: string;
  content?: string | null;
  encoding?: string;
  requestBody?: string;
  /** The response's MIME type; application/json unless said. */
  mimeType?: string;
  requestHeaders?: Array<{ name: string; value: string }>;
  responseHeaders?: Array<{ name: string; value: string }>;
}

/**
 * A stand-in for chrome.devtools, installed in extension pages opened as ordinary tabs. It runs in the
 * page (serialised by addInitScript), so it must be self-contained. Tests drive it via window.__fake.
 */
export function installFakeDevtools(options: { tabId: number; theme: string; har: unknown[] | 'fail'; firefox: boolean; networkShow?: boolean }): void {
  if (location.protocol !== 'chrome-extension:') return;
  type Listener = (arg: unknown) => void;
  const finished: Listener[] = [];
  const navigated: Listener[] = [];
  let themeHandler: ((theme: string) => void) | undefined;
  // Like real DevTools, every finished request is also in the HAR log that getHAR returns.
  const har: unknown[] | 'fail' = options.har === 'fail' ? 'fail' : [...options.har];
  type Spec = FakeCall;
  const entry = (spec: Spec) => ({
    startedDateTime: spec.startedDateTime ?? new Date().toISOString(),
    time: 35,
    request: { method: spec.method ?? 'GET', url: spec.url, headers: spec.requestHeaders ?? [], ...(spec.requestBody ? { postData: { text: spec.requestBody } } : {}) },
    response: { status: spec.status ?? 200, headers: spec.responseHeaders ?? [], content: { mimeType: spec.mimeType ?? 'application/json' } },
    // Both of Chromium's shapes: `chrome`'s callback (content, encoding), which webextension-polyfill
    // calls where the browser has no `browser` namespace of its own, and a promise of {content, encoding}.
    getContent: (callback?: (content: string | null, encoding: string) => void) => {
      if (!callback) return Promise.resolve({ content: spec.content ?? null, encoding: spec.encoding ?? '' });
      void Promise.resolve().then(() => callback(spec.content ?? null, spec.encoding ?? ''));
      return undefined;
    },
  });
  // The inspected page as inspectedWindow.eval sees it: its address, and the JS-SDK hook's queue,
  // which tests fill with whatever a page might report (window.__fake.jssdk).
  const page = { href: 'https://h5.example.com/shop/index.html?from=menu', hooked: false, queue: [] as unknown[], timeOrigin: Date.now() };
  const answer = (expression: string): unknown => {
    if (expression === 'location.href') return page.href;
    if (expression === 'performance.timeOrigin') return page.timeOrigin;
    // The drain (see hookScripts): answers without installing.
    if (expression.startsWith('(function () { var d = ')) return { installed: page.hooked, events: page.queue.splice(0), dropped: 0, href: page.href };
    page.hooked = true;
    return { installed: true, events: page.queue.splice(0), dropped: 0, href: page.href };
  };
  const devtools = {
    inspectedWindow: {
      tabId: options.tabId,
      eval: (expression: string, callback?: (result: unknown, exception: unknown) => void) => {
        const result = answer(expression);
        if (callback) callback(result, undefined);
        return Promise.resolve([result, undefined]);
      },
      reload: () => undefined,
    },
    panels: {
      themeName: options.theme,
      create: (_t: string, _i: string, _p: string, cb?: (panel: unknown) => void) => {
        const panel = { onShown: { addListener() {} }, onHidden: { addListener() {} } };
        cb?.(panel);
        return Promise.resolve(panel);
      },
      setThemeChangeHandler: (handler: (theme: string) => void) => {
        themeHandler = handler;
      },
    },
    network: {
      // Both forms, as getContent: `chrome`'s callback (a failure answers with no log), or a promise.
      getHAR: (callback?: (log: unknown) => void) => {
        const log = har === 'fail' ? Promise.reject(new Error('no HAR')) : Promise.resolve({ entries: (har as Spec[]).map(entry) });
        if (!callback) return log;
        log.then(callback, () => callback(undefined));
        return undefined;
      },
      onRequestFinished: { addListener: (l: Listener) => void finished.push(l) },
      onNavigated: { addListener: (l: Listener) => void navigated.push(l) },
    },
  };
  const g = globalThis as unknown as { chrome: Record<string, unknown>; browser?: Record<string, unknown>; __fake: unknown };
  g.chrome.devtools = devtools;
  // Firefox's tell-tale: runtime.getBrowserInfo exists there only.
  if (options.firefox) (g.chrome.runtime as Record<string, unknown>).getBrowserInfo = () => Promise.resolve({ name: 'Firefox' });
  // Chromium's devtools.panels.network.show({filter}), recorded in window.networkShown.
  if (options.networkShow) {
    const shown: string[] = [];
    (window as unknown as { networkShown: string[] }).networkShown = shown;
    (devtools.panels as Record<string, unknown>)['network'] = { show: (o: { filter?: string }) => void shown.push(o.filter ?? '') };
  }
  if (g.browser) g.browser.devtools = devtools;
  g.__fake = {
    finish: (spec: Spec) => {
      const finishedAt = { ...spec, startedDateTime: spec.startedDateTime ?? new Date().toISOString() };
      if (har !== 'fail') har.push(finishedAt);
      finished.forEach((l) => l(entry(finishedAt)));
    },
    /** A HAR entry as onRequestFinished would pass it, built ahead of time (benchmarks time only the dispatch). */
    entry: (spec: Spec) => entry({ ...spec, startedDateTime: spec.startedDateTime ?? new Date().toISOString() }),
    /** Prebuilt entries finished in one tick, without being added to the HAR log (a benchmark's burst). */
    dispatch: (entries: unknown[]) => entries.forEach((e) => finished.forEach((l) => l(e))),
    navigate: (url: string) => {
      // A new document, started now, without the hook.
      page.timeOrigin = Date.now();
      page.hooked = false;
      navigated.forEach((l) => l(url));
    },
    jssdk: (events: unknown[]) => void page.queue.push(...events),
    hooked: () => page.hooked,
    setTheme: (theme: string) => themeHandler?.(theme),
  };
}
