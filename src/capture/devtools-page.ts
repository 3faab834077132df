import browser from 'webextension-polyfill';
import { CallStore } from '../store/call-store';
import { CaptureHub } from '../store/capture-hub';
import { broadcastPort, channelName, DEFAULT_SETTINGS, type ToCapture, type ToPanel } from '../store/protocol';
import { extensionSettingsStorage } from '../store/settings-storage';
import type { DevtoolsNetworkLike } from './har-types';
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
startCapture(browser.devtools.network as unknown as DevtoolsNetworkLike, {
  add: (call) => store.add([call]),
  navigated: (at) => {
    if (!hub.preserveLog) store.removeStartedBefore(at);
  },
  problem: (message) => hub.problem(message),
});
void extensionSettingsStorage.load().then((settings) => hub.applySettings(settings));
