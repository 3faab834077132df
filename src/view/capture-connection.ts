import { signal, type Signal } from '@preact/signals';
import type { DecodedCall } from '../decode/types';
import { CallStore } from '../store/call-store';
import { DEFAULT_SETTINGS, type JssdkState, type PortLike, type Settings, type ToCapture, type ToPanel } from '../store/protocol';

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

/** The panel's mirror of the log the devtools page keeps. */
export function connectToCapture(port: PortLike<ToPanel, ToCapture>): CaptureConnection {
  const store = new CallStore();
  const version = signal(0);
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
  const problems = signal<string[]>([]);
  const connected = signal(false);
  const jssdk = signal<JssdkState>({ calls: [], origin: null, enabled: false });
  // Many batches can arrive between two frames: the list is rendered (and laid out) once a frame.
  let bumpScheduled = false;
  store.subscribe(() => {
    if (bumpScheduled) return;
    bumpScheduled = true;
    nextFrame(() => {
      bumpScheduled = false;
      version.value++;
    });
  });
  port.onMessage((message) => {
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
  });
  port.postMessage({ type: 'hello' });
  return {
    store,
    version,
    settings,
    problems,
    connected,
    clear: () => port.postMessage({ type: 'clear' }),
    importCalls: (calls) => port.postMessage({ type: 'import', calls }),
    jssdk,
    reloadWithJssdkHook: () => port.postMessage({ type: 'jssdk-reload' }),
    setSettings: (next) => {
      settings.value = next;
      port.postMessage({ type: 'set-settings', settings: next });
    },
  };
}
