/** The two themes every page styles (`data-theme` on the root element). */
export type ThemeName = 'light' | 'dark';

/** Where a page's theme comes from: its value now, and its changes. */
export interface ThemeSource {
  current: ThemeName;
  onChange(listener: (theme: ThemeName) => void): void;
}

/** A host's theme name ("dark", "default", "light", …) as one of ours. */
export const themeOf = (name: string | undefined): ThemeName => (name === 'dark' ? 'dark' : 'light');

/** Styles `root` with the source's theme, including changes made while the page is open. */
export function followTheme(root: HTMLElement, source: ThemeSource): void {
  const apply = (theme: ThemeName): void => {
    root.dataset['theme'] = theme;
  };
  apply(source.current);
  source.onChange(apply);
}

/** Pages outside DevTools (the options page) follow the system's light or dark preference. */
export function colorScheme(): ThemeSource {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const now = (): ThemeName => (query?.matches ? 'dark' : 'light');
  return { current: now(), onChange: (listener) => query?.addEventListener('change', () => listener(now())) };
}
