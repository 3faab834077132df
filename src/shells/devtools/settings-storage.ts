import browser from 'webextension-polyfill';
import type { SettingsStorage } from '../../link/capture-hub';
import { DEFAULT_SETTINGS, type Settings } from '../../link/protocol';

const KEY = 'settings';

/** Settings kept in extension storage, so "preserve log" survives closing DevTools. */
export const extensionSettingsStorage: SettingsStorage = {
  async load(): Promise<Settings> {
    try {
      const stored = (await browser.storage.local.get(KEY))[KEY] as Record<string, unknown> | undefined;
      if (!stored || typeof stored !== 'object') return { ...DEFAULT_SETTINGS };
      const sites = stored['jssdkSites'];
      return {
        preserveLog: stored['preserveLog'] === true,
        jssdkSites: Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [],
      };
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  },
  async save(settings: Settings): Promise<void> {
    try {
      await browser.storage.local.set({ [KEY]: settings });
    } catch {
      // Not persisting a preference is no reason to stop capturing.
    }
  },
};
