import browser from 'webextension-polyfill';
import { isUserRule } from '../../decode/relay/user-rules';
import { BADGE_PORT, badgeText, isBadgeMessage, isOpenOptionsMessage, RULE_DRAFT_KEY } from './background-protocol';

/*
 * The background service worker (Firefox: background script) does two small things: it shows the
 * number of failing WeChat calls on the toolbar icon of the inspected tab while DevTools is open, and
 * opens the options page with a rule drafted in the panel.
 */

const setBadge = (tabId: number, count: number): void => {
  void browser.action.setBadgeText({ tabId, text: badgeText(count) }).catch(() => undefined);
};

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== BADGE_PORT) return;
  let tabId: number | null = null;
  port.onMessage.addListener((message: unknown) => {
    if (!isBadgeMessage(message)) return;
    tabId = message.tabId;
    if (message.count > 0) void browser.action.setBadgeBackgroundColor({ tabId, color: '#d93025' }).catch(() => undefined);
    setBadge(tabId, message.count);
  });
  // DevTools closed (or its page reloaded): the count it reported no longer stands.
  port.onDisconnect.addListener(() => {
    if (tabId !== null) setBadge(tabId, 0);
  });
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isOpenOptionsMessage(message)) return undefined;
  const draft = message.draft && isUserRule({ id: 'draft', ...message.draft }) ? message.draft : null;
  return browser.storage.local
    .set({ [RULE_DRAFT_KEY]: draft })
    .then(() => browser.runtime.openOptionsPage())
    .then(() => true);
});
