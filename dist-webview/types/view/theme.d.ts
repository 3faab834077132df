/** Follows the DevTools theme, including changes made while the panel is open. */
export declare function followDevtoolsTheme(root: HTMLElement): void;
/** Pages outside DevTools (the options page) follow the system's light or dark preference. */
export declare function followColorScheme(root: HTMLElement): void;
