import browser from 'webextension-polyfill';

/** Follows the DevTools theme, including changes made while the panel is open. */
export function followDevtoolsTheme(root: HTMLElement): void {
  const panels = browser.devtools?.panels as
    | { themeName?: string; setThemeChangeHandler?: (handler: (theme: string) => void) => void }
    | undefined;
  const apply = (theme: string | undefined): void => {
    root.dataset['theme'] = theme === 'dark' ? 'dark' : 'light';
  };
  apply(panels?.themeName);
  panels?.setThemeChangeHandler?.(apply);
}
