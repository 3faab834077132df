import type { UserRule } from '../../decode/relay/user-rules';
import type { ThemeSource } from '../../ui/theme';

/** Small panel preferences (split position, columns), remembered per browser profile by the host. */
export interface Prefs {
  /** What was stored under `key`, unchecked: the caller validates it. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): void;
}

/**
 * What the panel needs from the place it runs in (a DevTools extension today, a page's webview
 * console next), handed to it at start: the view itself touches no host API. Settings such as
 * "preserve log" and the per-site JS-SDK switch belong to the capture side and travel over the link.
 */
export interface Host {
  /** The host's UI language (a BCP 47 tag), for the panel's first choice of language. */
  readonly locale: string | undefined;
  /** The host's theme now, and a way to hear of its changes. */
  readonly theme: ThemeSource;
  /** Opens the settings page, with a relay rule drafted from a call when given; null where there is none (a page's console: rules are given in code). */
  readonly openOptions: ((draft: Omit<UserRule, 'id'> | null) => void) | null;
  /** Hands a file the user asked for (an exported HAR) to the host to save. */
  saveFile(name: string, text: string, type: string): void;
  /** The version written into exported files as their creator. */
  readonly version: string;
  /** Where the host's network events need a step of the user's first (Firefox: open its Network panel once). */
  readonly networkNeedsHint: boolean;
  /** A phone's touch screen (the in-page plugin): rows and controls sized for fingers, 44 px at least. */
  readonly touch: boolean;
  /** The JS-SDK hook runs only on sites the user switched it on (the extension); false where it always runs (the in-page plugin). */
  readonly jssdkConsent: boolean;
  /** Where the panel's preferences are kept. */
  readonly prefs: Prefs;
  /** Shows the host's own Network panel filtered by `filter`, where the host can (absent otherwise). */
  readonly showInNetwork?: (filter: string) => void;
}
