import { signal } from '@preact/signals';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { broadcastPort, channelName, type ToCapture, type ToPanel } from '../store/protocol';
import { App } from './App';
import { connectToCapture } from './capture-connection';
import { detectLang, type UiLang } from './i18n';
import { loadKnowledge } from './knowledge-loader';
import { followDevtoolsTheme } from './theme';
import './panel.css';

const tabId = browser.devtools.inspectedWindow.tabId;
const connection = connectToCapture(broadcastPort<ToPanel, ToCapture>(channelName(tabId)));
const lang = signal<UiLang>(detectLang(browser.i18n?.getUILanguage?.() ?? navigator.language));

followDevtoolsTheme(document.documentElement);
render(<App connection={connection} lang={lang} />, document.getElementById('root')!);
loadKnowledge();
