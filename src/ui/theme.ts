import browser from 'webextension-polyfill';

interface ThemePanels {
  themeName?: string;
  /** Chromium. */
  setThemeChangeHandler?: (handler: (theme: string) => void) => void;
  /** Firefox: `themeName` is "light" or "dark" there too. */
  onThemeChanged?: { addListener(listener: (theme: string) => void): void };
}

/** Follows the DevTools theme, including changes made while the panel is open. */
export function followDevtoolsTheme(root: HTMLElement): void {
  const panels = browser.devtools?.panels as ThemePanels | undefined;
  const apply = (theme: string | undefined): void => {
    root.dataset['theme'] = theme === 'dark' ? 'dark' : 'light';
  };
  apply(panels?.themeName);
  if (panels?.setThemeChangeHandler) panels.setThemeChangeHandler(apply);
  else panels?.onThemeChanged?.addListener(apply);
}

/** Pages outside DevTools (the options page) follow the system's light or dark preference. */
export function followColorScheme(root: HTMLElement): void {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = (): void => {
    root.dataset['theme'] = query?.matches ? 'dark' : 'light';
  };
  apply();
  query?.addEventListener('change', apply);
}
