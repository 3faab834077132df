import browser from 'webextension-polyfill';
import type { DecodedCall } from '../../decode/types';
import { CallStore } from '../../store/call-store';
import { CaptureHub } from '../../link/capture-hub';
import { exposeCaptureLink } from '../../link/capture-link';
import { broadcastPort, channelName, DEFAULT_SETTINGS, type ToCapture, type ToPanel } from '../../link/protocol';
import { compileRule, DEFAULT_RELAY_SETTINGS, type CompiledRule, type LoadedRules } from '../../decode/relay/user-rules';
import type { RelayConfig } from '../../decode/relay/decode-relayed';
import { BADGE_PORT, type BadgeMessage } from './background-protocol';
import { isFailure } from '../../store/failures';
import { loadRules, onRulesChanged } from './rules-storage';
import { extensionSettingsStorage } from './settings-storage';
import { documentChangeDetector } from '../../capture/document-identity';
import type { DevtoolsNetworkLike } from '../../capture/har-types';
import type { InspectedWindowLike } from '../../capture/inspected-eval';
import { startJssdkCapture } from '../../capture/jssdk-capture';
import { startCapture } from '../../capture/network-capture';

/*
 * The devtools page lives as long as DevTools is open, while the panel page loads only when its tab is
 * first shown: so capture and the log live here, and the panel is only a view of them.
 */
const tabId = browser.devtools.inspectedWindow.tabId;
const store = new CallStore();
const port = broadcastPort<ToCapture, ToPanel>(channelName(tabId));

void browser.devtools.panels.create('WeChat', '/icons/icon-32.png', '/src/shells/devtools/panel.html');

// Relay settings and user rules: defaults until storage answers, then whatever the options page saves.
let relay: RelayConfig = { settings: { ...DEFAULT_RELAY_SETTINGS }, rules: [] };
const applyRules = (loaded: LoadedRules): void => {
  relay = { settings: loaded.document.settings, rules: loaded.document.rules.map(compileRule).filter((r): r is CompiledRule => r !== null) };
};

// Answers of other hosts wait for the stored rules (at most 2 s); WeChat calls are captured at once.
const rulesLoaded = Promise.race([loadRules().then(applyRules), new Promise((resolve) => setTimeout(resolve, 2_000))]);

/**
 * devtools.network as the browser itself gives it, not through webextension-polyfill, which wraps every
 * finished request (of any host) in a proxy: `browser` where it is native (Firefox; promises), else
 * Chromium's `chrome` (callbacks).
 */
function nativeNetwork(): DevtoolsNetworkLike {
  // `chrome` is there in every extension page (webextension-polyfill, imported above, needs it too).
  const g = globalThis as unknown as { browser?: { devtools?: { network?: DevtoolsNetworkLike } }; chrome: { devtools: { network: DevtoolsNetworkLike } } };
  const native = g.browser?.devtools?.network;
  if (native) return native;
  const chrome = g.chrome.devtools.network;
  return {
    callbacks: true,
    getHAR: (callback) => chrome.getHAR(callback),
    onRequestFinished: chrome.onRequestFinished,
    onNavigated: chrome.onNavigated,
  };
}

const hub = new CaptureHub(store, port, { ...DEFAULT_SETTINGS }, extensionSettingsStorage);
const network = nativeNetwork();
const inspectedWindow = browser.devtools.inspectedWindow as unknown as InspectedWindowLike;
const documentChange = documentChangeDetector(inspectedWindow);
// Calls decoded in one task join the log together: one update of the views and the badge, not one a call.
let decoded: DecodedCall[] = [];
const addDecoded = (call: DecodedCall): void => {
  if (decoded.push(call) > 1) return;
  queueMicrotask(() => {
    const calls = decoded;
    decoded = [];
    store.add(calls);
  });
};
const capture = startCapture(network, {
  add: addDecoded,
  navigated: (at) => {
    void documentChange().then((change) => {
      if (change.kind === 'same-document' || hub.preserveLog) return;
      const cutoff = change.startedAt ?? at;
      store.removeStartedBefore(cutoff);
      hub.jssdk.removeBefore(cutoff);
    });
  },
  problem: (message) => hub.problem(message),
}, { relay: () => relay, relayReady: rulesLoaded });
onRulesChanged(applyRules);
exposeCaptureLink(window, hub.link(tabId, () => capture.waiting() > 0));

// The toolbar badge: failing calls of this tab, reported to the background worker while DevTools is open.
let badgePort: ReturnType<typeof browser.runtime.connect> | null = null;
let reported = -1;
let badgeTimer: ReturnType<typeof setTimeout> | undefined;
const reportFailures = (): void => {
  badgeTimer = undefined;
  const count = store.calls.reduce((n, c) => (isFailure(c) ? n + 1 : n), 0);
  if (count === reported) return;
  try {
    if (!badgePort) {
      const connection = browser.runtime.connect({ name: BADGE_PORT });
      connection.onDisconnect.addListener(() => {
        badgePort = null;
        reported = -1;
      });
      badgePort = connection;
    }
    badgePort.postMessage({ type: 'failures', tabId, count } satisfies BadgeMessage);
    reported = count;
  } catch {
    badgePort = null;
  }
};
store.subscribe(() => {
  badgeTimer ??= setTimeout(reportFailures, 100);
});
// The JS-SDK hook goes into the page only on sites the user switched on in the panel.
const jssdk = startJssdkCapture(inspectedWindow, {
  events: (events, session) => hub.jssdk.add(events, session),
  origin: (origin) => hub.setOrigin(origin),
});
hub.attachJssdk(jssdk);
network.onNavigated.addListener((url) => jssdk.navigated(url));
void extensionSettingsStorage.load().then((settings) => hub.applySettings(settings));
