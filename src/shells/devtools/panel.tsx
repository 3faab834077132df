import { signal } from '@preact/signals';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { findCaptureLink } from '../../link/capture-link';
import { broadcastPort, channelName, type ToCapture, type ToPanel } from '../../link/protocol';
import { App } from '../../view/app/App';
import { connectDirect, connectToCapture } from '../../link/capture-connection';
import { detectLang, type UiLang } from '../../i18n';
import { loadKnowledge } from '../../view/app/knowledge-loader';
import { followDevtoolsTheme } from '../../ui/theme';
import '../../view/app/panel.css';

const tabId = browser.devtools.inspectedWindow.tabId;
const link = findCaptureLink(window, tabId);
const connection = link ? connectDirect(link, window) : connectToCapture(broadcastPort<ToPanel, ToCapture>(channelName(tabId)));
// Which way the panel reads the log, for tests and for a bug report about the panel itself.
document.documentElement.dataset['transport'] = link ? 'direct' : 'channel';
const lang = signal<UiLang>(detectLang(browser.i18n?.getUILanguage?.() ?? navigator.language));

followDevtoolsTheme(document.documentElement);
render(<App connection={connection} lang={lang} />, document.getElementById('root')!);
// The knowledge chunk (600 KB of code to parse) waits until the captured calls are on screen, or a
// second if the devtools page never answers: the list paints first, its meanings a moment later.
const loadOnce = (): void => {
  if (!knowledgeRequested) loadKnowledge();
  knowledgeRequested = true;
};
let knowledgeRequested = false;
connection.connected.subscribe((connected) => {
  if (connected) requestAnimationFrame(() => setTimeout(loadOnce, 0));
});
setTimeout(loadOnce, 1_000);
