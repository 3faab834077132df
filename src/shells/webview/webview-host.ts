import { colorScheme } from '../../ui/theme';
import type { Host } from '../../view/app/host';
import { noPrefs } from '../../view/app/prefs';
import { pageLocale } from './page-lang';
import { download } from '../../ui/download';

declare const __APP_VERSION__: string;

/**
 * The panel's host inside a page's console: the page's language, the system's light or dark scheme,
 * no options page (rules are given to install() in code), the JS-SDK hook always on, a touch screen;
 * nothing remembered (a page's storage is the page's, not ours).
 */
export function webviewHost(lang: string | undefined): Host {
  return {
    locale: lang ?? pageLocale(),
    theme: colorScheme(),
    openOptions: null,
    saveFile: download,
    version: __APP_VERSION__,
    networkNeedsHint: false,
    jssdkConsent: false,
    touch: true,
    prefs: noPrefs,
  };
}
