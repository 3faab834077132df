import { describe, expect, it, vi } from 'vitest';
import { CallStore } from '../../src/store/call-store';
import { CaptureHub } from '../../src/link/capture-hub';
import { DEFAULT_SETTINGS, type PortLike, type Settings, type ToCapture, type ToPanel } from '../../src/link/protocol';
import { BUSY_RENDER_MS, connectDirect, connectToCapture } from '../../src/link/capture-connection';
import { decodedCall } from '../support/calls';

/** Two ends of an in-memory channel, delivering asynchronously like BroadcastChannel. */
function pipe(): [PortLike<ToCapture, ToPanel>, PortLike<ToPanel, ToCapture>] {
  const toPanel: Array<(m: ToPanel) => void> = [];
  const toCapture: Array<(m: ToCapture) => void> = [];
  const clone = <T>(m: T): T => structuredClone(m);
  return [
    { postMessage: (m) => queueMicrotask(() => toPanel.forEach((l) => l(clone(m)))), onMessage: (l) => toCapture.push(l) },
    { postMessage: (m) => queueMicrotask(() => toCapture.forEach((l) => l(clone(m)))), onMessage: (l) => toPanel.push(l) },
  ];
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A panel on the channel that said hello: the messages it gets after the snapshot. */
async function helloFrom(panelPort: PortLike<ToPanel, ToCapture>): Promise<ToPanel[]> {
  const messages: ToPanel[] = [];
  panelPort.onMessage((m) => messages.push(m));
  panelPort.postMessage({ type: 'hello' });
  await settle();
  messages.length = 0;
  return messages;
}

describe('CaptureHub and the panel mirror', () => {
  it('gives a panel that connects late every call captured before', async () => {
    const [capturePort, panelPort] = pipe();
    const store = new CallStore();
    const storage = { load: vi.fn(), save: vi.fn(async (_: Settings) => undefined) };
    new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, storage);
    store.add([decodedCall('a'), decodedCall('b')]);
    await settle();
    const panel = connectToCapture(panelPort);
    await settle();
    expect(panel.connected.value).toBe(true);
    expect(panel.store.calls.map((c) => c.id)).toEqual(['a', 'b']);
    store.add([decodedCall('c')]);
    await settle();
    expect(panel.store.calls.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('batches a burst of calls into one message', async () => {
    const [capturePort, panelPort] = pipe();
    const store = new CallStore();
    new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: vi.fn() });
    const messages = await helloFrom(panelPort);
    for (let i = 0; i < 500; i++) store.add([decodedCall(`c${i}`)]);
    await settle();
    expect(messages.filter((m) => m.type === 'add')).toHaveLength(1);
  });

  it('splits a burst of large calls into messages of about 1 MiB, losing none and keeping order', async () => {
    const [capturePort, panelPort] = pipe();
    const store = new CallStore(50_000, 64 * 1024 ** 2);
    new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: vi.fn() });
    const messages = await helloFrom(panelPort);
    const body = { kind: 'json' as const, text: 'x'.repeat(100_000) };
    for (let i = 0; i < 50; i++) store.add([decodedCall(`c${i}`, { body })]);
    await settle();
    const adds = messages.flatMap((m) => (m.type === 'add' ? [m.calls.map((c) => c.id)] : []));
    expect(adds.length).toBeGreaterThanOrEqual(4);
    expect(adds.length).toBeLessThanOrEqual(6);
    expect(adds.flat()).toEqual(Array.from({ length: 50 }, (_, i) => `c${i}`));
  });

  it('streams an import larger than a function call may have arguments', async () => {
    const [capturePort, panelPort] = pipe();
    const store = new CallStore(10);
    new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: vi.fn() });
    const messages = await helloFrom(panelPort);
    const call = decodedCall('x');
    expect(() => store.add(Array.from({ length: 150_000 }, (_, i) => ({ ...call, id: `i${i}` })))).not.toThrow();
    await settle();
    expect(messages.filter((m) => m.type === 'add').reduce((n, m) => n + (m.type === 'add' ? m.calls.length : 0), 0)).toBe(150_000);
  });

  it('clears on the panel’s request and saves "preserve log"', async () => {
    const [capturePort, panelPort] = pipe();
    const store = new CallStore();
    const saved: Settings[] = [];
    const hub = new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: async (s) => void saved.push(s) });
    store.add([decodedCall('a')]);
    const panel = connectToCapture(panelPort);
    await settle();
    panel.setSettings({ ...DEFAULT_SETTINGS, preserveLog: true });
    panel.clear();
    await settle();
    expect(store.calls).toHaveLength(0);
    expect(panel.store.calls).toHaveLength(0);
    expect(hub.preserveLog).toBe(true);
    expect(saved).toEqual([{ ...DEFAULT_SETTINGS, preserveLog: true }]);
  });
});

describe('settings that arrive after capture started', () => {
  it('reach the panel and decide later navigations', async () => {
    const [capturePort, panelPort] = pipe();
    const hub = new CaptureHub(new CallStore(), capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: vi.fn() });
    const panel = connectToCapture(panelPort);
    await settle();
    hub.applySettings({ ...DEFAULT_SETTINGS, preserveLog: true });
    await settle();
    expect(hub.preserveLog).toBe(true);
    expect(panel.settings.value).toEqual({ ...DEFAULT_SETTINGS, preserveLog: true });
  });
});

describe('a panel linked to the devtools page’s log', () => {
  const page = () => {
    const listeners: Array<() => void> = [];
    return { addEventListener: (_: 'pagehide', l: () => void) => void listeners.push(l), hide: () => listeners.forEach((l) => l()) };
  };

  it('reads the very calls capture stored, and no call is copied into a message', async () => {
    const [capturePort, panelPort] = pipe();
    const messages: ToPanel[] = [];
    panelPort.onMessage((m) => messages.push(m));
    const store = new CallStore();
    const hub = new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: vi.fn() });
    const first = decodedCall('a');
    store.add([first]);
    const panel = connectDirect(hub.link(7, () => false), page());
    expect(panel.connected.value).toBe(true);
    expect(panel.store.calls[0]).toBe(first);
    store.add([decodedCall('b')]);
    await settle();
    expect(panel.store.calls.map((c) => c.id)).toEqual(['a', 'b']);
    expect(messages.filter((m) => m.type === 'add' || m.type === 'snapshot')).toEqual([]);
  });

  it('gets settings, problems and clears as they happen, and stops listening when its page goes', async () => {
    const [capturePort] = pipe();
    const store = new CallStore();
    const saved: Settings[] = [];
    const hub = new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: async (s) => void saved.push(s) });
    hub.problem('har-backfill-failed');
    const panelPage = page();
    const panel = connectDirect(hub.link(7, () => false), panelPage);
    expect(panel.problems.value).toEqual(['har-backfill-failed']);
    store.add([decodedCall('a')]);
    panel.setSettings({ ...DEFAULT_SETTINGS, preserveLog: true });
    panel.clear();
    expect(store.calls).toHaveLength(0);
    expect(saved).toEqual([{ ...DEFAULT_SETTINGS, preserveLog: true }]);
    hub.applySettings({ ...DEFAULT_SETTINGS, jssdkSites: ['https://h5.example.com'] });
    expect(panel.settings.value.jssdkSites).toEqual(['https://h5.example.com']);
    panelPage.hide();
    hub.applySettings({ ...DEFAULT_SETTINGS });
    expect(panel.settings.value.jssdkSites).toEqual(['https://h5.example.com']);
  });

  it('leaves a panel on the channel served as before', async () => {
    const [capturePort, panelPort] = pipe();
    const store = new CallStore();
    const hub = new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: vi.fn() });
    const linked = connectDirect(hub.link(7, () => false), page());
    const remote = connectToCapture(panelPort);
    store.add([decodedCall('a')]);
    hub.problem('har-backfill-failed');
    await settle();
    expect(remote.store.calls.map((c) => c.id)).toEqual(['a']);
    expect(remote.problems.value).toEqual(['har-backfill-failed']);
    expect(linked.problems.value).toEqual(['har-backfill-failed']);
  });
});

describe('re-rendering while capture works off a burst', () => {
  it('draws once every BUSY_RENDER_MS while capture is busy, soon after it is done, and at the end of the storing task when idle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance', 'queueMicrotask'] });
    try {
      const [capturePort] = pipe();
      const store = new CallStore();
      const hub = new CaptureHub(store, capturePort, { ...DEFAULT_SETTINGS }, { load: vi.fn(), save: vi.fn() });
      let busy = true;
      const panel = connectDirect(hub.link(7, () => busy), { addEventListener: () => undefined });
      for (let i = 0; i < 20; i++) {
        store.add([decodedCall(`b${i}`)]);
        await vi.advanceTimersByTimeAsync(4);
      }
      expect(panel.version.value).toBe(0);
      await vi.advanceTimersByTimeAsync(BUSY_RENDER_MS);
      expect(panel.version.value).toBe(1);
      store.add([decodedCall('c')]);
      await vi.advanceTimersByTimeAsync(10);
      expect(panel.version.value).toBe(1);
      busy = false;
      await vi.advanceTimersByTimeAsync(20);
      expect(panel.version.value).toBe(2);
      await vi.advanceTimersByTimeAsync(20);
      // Idle: a call is drawn once the task that stored it has run its microtasks (more calls stored in
      // the same task join it), before any timer.
      store.add([decodedCall('d')]);
      store.add([decodedCall('d2')]);
      expect(panel.version.value).toBe(2);
      vi.runAllTicks();
      expect(panel.version.value).toBe(3);
      // The change that ends a burst is drawn at once, without waiting for the next check.
      await vi.advanceTimersByTimeAsync(20);
      busy = true;
      store.add([decodedCall('e')]);
      vi.runAllTicks();
      expect(panel.version.value).toBe(3);
      busy = false;
      store.add([decodedCall('f')]);
      vi.runAllTicks();
      expect(panel.version.value).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
