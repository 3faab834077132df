import { signal, type Signal } from '@preact/signals';
import type { DecodedCall } from '../decode/types';
import { CallStore } from '../store/call-store';
import { findCaptureLink, type CaptureLink } from './capture-link';
import { broadcastPort, channelName, DEFAULT_SETTINGS, type JssdkState, type PortLike, type Settings, type ToCapture, type ToPanel } from './protocol';

export interface CaptureConnection {
  store: CallStore;
  /** Bumped after changes of the store, at most once a frame, so views re-render. */
  version: Signal<number>;
  settings: Signal<Settings>;
  problems: Signal<string[]>;
  /** False until the devtools page has answered with its snapshot. */
  connected: Signal<boolean>;
  clear(): void;
  setSettings(settings: Settings): void;
  importCalls(calls: DecodedCall[]): void;
  jssdk: Signal<JssdkState>;
  reloadWithJssdkHook(): void;
}

/** Before the next paint; in a page without frames (unit tests, a hidden worker) in the next task. */
const nextFrame = (callback: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(callback);
  else setTimeout(callback, 0);
};

/**
 * While capture works off a burst, the list is still drawn this often, to show it progressing. Each
 * such drawing lays out and paints a list of new rows: on a loaded machine, drawing every 100 ms made
 * a burst of 10,000 requests take about a third longer to take in than drawing every 250 ms.
 */
export const BUSY_RENDER_MS = 250;
const BUSY_CHECK_MS = 16;

/**
 * The signals a view reads, fed by either kind of connection, and the views' re-render: at the end of
 * the task that changed the store (a call arriving alone is in the DOM before the frame that paints it
 * starts), at most once a frame. While `busy` says capture has a burst of calls queued, the list is
 * drawn only every BUSY_RENDER_MS, by a timer rather than a frame loop: laying it out and painting it,
 * or even asking for frames, would take the main thread from the decoding, which shares it with the
 * panel. The change that ends the burst is drawn at once.
 */
function viewState(store: CallStore, busy: () => boolean = () => false, now: () => number = () => performance.now()) {
  const version = signal(0);
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  const problems = signal<string[]>([]);
  const connected = signal(false);
  const jssdk = signal<JssdkState>({ calls: [], origin: null, enabled: false, bridgeMissing: false });
  let changed = false;
  let taskScheduled = false;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  // A render happened since the last frame began: the next one waits for the next frame.
  let renderedThisFrame = false;
  let renderedAt = -Infinity;
  let busySince: number | null = null;
  const render = (): void => {
    changed = false;
    clearTimeout(waiting);
    waiting = undefined;
    renderedAt = now();
    renderedThisFrame = true;
    nextFrame(() => {
      renderedThisFrame = false;
      if (changed) decide();
    });
    version.value++;
  };
  const decide = (): void => {
    if (!changed || renderedThisFrame) return;
    if (!busy()) {
      busySince = null;
      render();
      return;
    }
    busySince ??= now();
    const due = Math.max(renderedAt, busySince) + BUSY_RENDER_MS;
    if (now() >= due) {
      render();
      return;
    }
    // Looked at again about once a frame's time, for the end of the burst, by a timer: a frame
    // request would have the browser produce frames for nothing.
    waiting ??= setTimeout(() => {
      waiting = undefined;
      decide();
    }, Math.min(BUSY_CHECK_MS, due - now()));
  };
  // At the end of the task that changed the store: the calls it added are in, and so is a burst that
  // finished in the same task (capture is then busy). A call arriving alone is drawn at once.
  const unsubscribe = store.subscribe(() => {
    changed = true;
    if (taskScheduled) return;
    taskScheduled = true;
    queueMicrotask(() => {
      taskScheduled = false;
      decide();
    });
  });
  const receive = (message: ToPanel): void => {
    switch (message.type) {
      case 'snapshot':
        connected.value = true;
        settings.value = message.settings;
        problems.value = message.problems;
        store.reset(message.calls);
        break;
      case 'add':
        store.add(message.calls);
        break;
      case 'settings':
        settings.value = message.settings;
        break;
      case 'problem':
        problems.value = [...problems.value, message.problem];
        break;
      case 'jssdk':
        jssdk.value = message.state;
        break;
    }
  };
  const connection = (send: (message: ToCapture) => void): CaptureConnection => ({
    store,
    version,
    settings,
    problems,
    connected,
    jssdk,
    clear: () => send({ type: 'clear' }),
    importCalls: (calls) => send({ type: 'import', calls }),
    reloadWithJssdkHook: () => send({ type: 'jssdk-reload' }),
    setSettings: (next) => {
      settings.value = next;
      send({ type: 'set-settings', settings: next });
    },
  });
  return { receive, connection, unsubscribe, settings, problems, jssdk, connected };
}

/** The panel's mirror of the log the devtools page keeps, over a channel (every call copied). */
export function connectToCapture(port: PortLike<ToPanel, ToCapture>): CaptureConnection {
  const state = viewState(new CallStore());
  port.onMessage(state.receive);
  port.postMessage({ type: 'hello' });
  return state.connection((message) => port.postMessage(message));
}

/** The panel on the devtools page's own log (see capture-link.ts): nothing copied, nothing waited for. */
export function connectDirect(link: CaptureLink, page: { addEventListener(type: 'pagehide', listener: () => void): void }): CaptureConnection {
  const state = viewState(link.store, link.busy);
  const initial = link.state();
  state.settings.value = initial.settings;
  state.problems.value = initial.problems;
  state.jssdk.value = initial.jssdk;
  state.connected.value = true;
  const unlisten = link.listen(state.receive);
  // The devtools page outlives a reloaded panel: it must not keep calling into a page that is gone.
  page.addEventListener('pagehide', () => {
    unlisten();
    state.unsubscribe();
  });
  return state.connection(link.send);
}

/**
 * The panel's connection to the devtools page inspecting `tabId`: its log itself when both share a
 * JS heap (capture-link.ts), else the channel's snapshot and batches.
 */
export function connectPanel(panel: Window, tabId: number): { connection: CaptureConnection; transport: 'direct' | 'channel' } {
  const link = findCaptureLink(panel, tabId);
  return link
    ? { connection: connectDirect(link, panel), transport: 'direct' }
    : { connection: connectToCapture(broadcastPort<ToPanel, ToCapture>(channelName(tabId))), transport: 'channel' };
}
