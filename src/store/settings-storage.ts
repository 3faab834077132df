import browser from 'webextension-polyfill';
import type { SettingsStorage } from './capture-hub';
import { DEFAULT_SETTINGS, type Settings } from './protocol';

const KEY = 'settings';

/** Settings kept in extension storage, so "preserve log" survives closing DevTools. */
export const extensionSettingsStorage: SettingsStorage = {
  async load(): Promise<Settings> {
    try {
      const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
      return { ...DEFAULT_SETTINGS, ...(stored && typeof stored === 'object' ? stored : {}) };
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
