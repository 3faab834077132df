import browser from 'webextension-polyfill';
import { CallStore } from '../store/call-store';
import { CaptureHub } from '../store/capture-hub';
import { broadcastPort, channelName, DEFAULT_SETTINGS, type ToCapture, type ToPanel } from '../store/protocol';
import { extensionSettingsStorage } from '../store/settings-storage';
import { documentChangeDetector } from './document-identity';
import type { DevtoolsNetworkLike } from './har-types';
import { startJssdkCapture, type InspectedWindowLike } from './jssdk-capture';
import { startCapture } from './network-capture';

/*
 * The devtools page lives as long as DevTools is open, while the panel page loads only when its tab is
 * first shown: so capture and the log live here, and the panel is only a view of them.
 */
const tabId = browser.devtools.inspectedWindow.tabId;
const store = new CallStore();
const port = broadcastPort<ToCapture, ToPanel>(channelName(tabId));

void browser.devtools.panels.create('WeChat', '/icons/icon-32.png', '/src/view/panel.html');

const hub = new CaptureHub(store, port, { ...DEFAULT_SETTINGS }, extensionSettingsStorage);
const network = browser.devtools.network as unknown as DevtoolsNetworkLike;
const inspectedWindow = browser.devtools.inspectedWindow as unknown as InspectedWindowLike;
const isNewDocument = documentChangeDetector(inspectedWindow);
startCapture(network, {
  add: (call) => store.add([call]),
  navigated: (at) => {
    void isNewDocument().then((fresh) => {
      if (!fresh || hub.preserveLog) return;
      store.removeStartedBefore(at);
      hub.jssdk.removeBefore(at);
    });
  },
  problem: (message) => hub.problem(message),
});
// The JS-SDK hook goes into the page only on sites the user switched on in the panel.
const jssdk = startJssdkCapture(inspectedWindow, {
  events: (events, session) => hub.jssdk.add(events, session),
  origin: (origin) => hub.setOrigin(origin),
});
hub.attachJssdk(jssdk);
network.onNavigated.addListener((url) => jssdk.navigated(url));
void extensionSettingsStorage.load().then((settings) => hub.applySettings(settings));
