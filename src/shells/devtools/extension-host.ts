import browser from 'webextension-polyfill';
import { themeOf, type ThemeSource } from '../../ui/theme';
import type { Host, Prefs } from '../../view/app/host';
import type { OpenOptionsMessage } from './background-protocol';
import { download } from '../../ui/download';

interface ThemePanels {
  themeName?: string;
  /** Chromium. */
  setThemeChangeHandler?: (handler: (theme: string) => void) => void;
  /** Firefox: `themeName` is "light" or "dark" there too. */
  onThemeChanged?: { addListener(listener: (theme: string) => void): void };
}

/** The DevTools theme (light or dark), and its changes while the panel is open. */
export function devtoolsTheme(): ThemeSource {
  const panels = browser.devtools?.panels as ThemePanels | undefined;
  return {
    current: themeOf(panels?.themeName),
    onChange(listener) {
      const apply = (name: string): void => listener(themeOf(name));
      if (panels?.setThemeChangeHandler) panels.setThemeChangeHandler(apply);
      else panels?.onThemeChanged?.addListener(apply);
    },
  };
}

/** The panel's preferences in `storage.local` (per profile, not synced: dock sizes differ per machine), one item each. */
export const extensionPrefs: Prefs = {
  get: (key) => browser.storage.local.get(`pref.${key}`).then((items) => items[`pref.${key}`], () => undefined),
  set: (key, value) => void browser.storage.local.set({ [`pref.${key}`]: value }).catch(() => undefined),
};

/** `devtools.panels.network.show({filter})` where the browser has it (recent Chromium), else nothing. */
function networkShow(): ((filter: string) => void) | undefined {
  type Network = { show?: (options: { filter: string }) => unknown };
  const network: Network | undefined = (globalThis as { chrome?: { devtools?: { panels?: { network?: Network } } } }).chrome?.devtools?.panels?.network;
  return typeof network?.show === 'function' ? (filter) => void network.show?.({ filter }) : undefined;
}

/** The panel's host in a DevTools extension: the DevTools theme, the background worker, the manifest. */
export function extensionHost(): Host {
  return {
    locale: browser.i18n?.getUILanguage?.() ?? navigator.language,
    theme: devtoolsTheme(),
    openOptions: (draft) => {
      void browser.runtime.sendMessage({ type: 'open-options', draft } satisfies OpenOptionsMessage).catch(() => undefined);
    },
    saveFile: download,
    version: browser.runtime.getManifest().version,
    // Only Firefox has runtime.getBrowserInfo; its network events wait for its own Network panel.
    networkNeedsHint: typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function',
    jssdkConsent: true,
    touch: false,
    prefs: extensionPrefs,
    showInNetwork: networkShow(),
  };
}

