import browser from 'webextension-polyfill';
import { connectPanel } from '../../link/capture-connection';
import { mountPanel } from '../../view/app/mount';
import { extensionHost } from './extension-host';

const { connection, transport } = connectPanel(window, browser.devtools.inspectedWindow.tabId);
// Which way the panel reads the log, for tests and for a bug report about the panel itself.
document.documentElement.dataset['transport'] = transport;
mountPanel(document.getElementById('root')!, connection, extensionHost());
