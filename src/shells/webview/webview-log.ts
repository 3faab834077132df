import { parseJssdkEvent } from '../../decode/jssdk/timeline';
import type { DecodedCall } from '../../decode/types';
import { CallStore } from '../../store/call-store';
import type { CaptureLink } from '../../link/capture-link';
import { JssdkLog } from '../../store/jssdk-log';
import { DEFAULT_SETTINGS, type JssdkState, type Settings, type ToPanel } from '../../link/protocol';

/** One page session's events: the page's log lives as long as the page. */
const SESSION = 'page';

/**
 * The log of the page the plugin runs in: the calls capture decoded and the JS-SDK calls the hook saw,
 * bounded as the extension's logs are (CallStore, JssdkLog). The view reads it through the same link
 * the DevTools panel uses when it shares a heap with the devtools page: nothing is copied.
 */
export interface WebviewLog {
  link: CaptureLink;
  addCall(call: DecodedCall): void;
  /** One raw event from the JS-SDK hook (checked here: the page could have sent anything). */
  addJssdkEvent(event: unknown): void;
}

export function webviewLog(origin: string | null): WebviewLog {
  const store = new CallStore();
  const jssdk = new JssdkLog();
  const listeners = new Set<(message: ToPanel) => void>();
  // The hook is always on in the page: the view's per-site switch shows it on for this origin.
  const settings: Settings = { ...DEFAULT_SETTINGS, preserveLog: true, jssdkSites: origin ? [origin] : [] };
  const jssdkState = (): JssdkState => ({ calls: [...jssdk.calls], origin, enabled: true, bridgeMissing: jssdk.bridgeMissing });
  const tell = (message: ToPanel): void => {
    for (const listener of listeners) listener(message);
  };
  jssdk.subscribe(() => tell({ type: 'jssdk', state: jssdkState() }));
  const link: CaptureLink = {
    tabId: 0,
    store,
    busy: () => false,
    state: () => ({ settings, problems: [], jssdk: jssdkState() }),
    send: (message) => {
      if (message.type === 'clear') {
        store.reset();
        jssdk.reset();
      } else if (message.type === 'import') {
        store.add(message.calls);
      }
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    link,
    addCall: (call) => void store.add([call]),
    addJssdkEvent: (raw) => {
      const event = parseJssdkEvent(raw);
      if (event) jssdk.add([event], SESSION);
    },
  };
}
