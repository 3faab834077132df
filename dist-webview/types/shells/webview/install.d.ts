import { type PageCapture, type PageCaptureOptions } from '../../capture/page/page-capture';
import type { UiLang } from '../../view/i18n';
import { type WebviewLog } from './webview-log';
export interface InstallOptions extends PageCaptureOptions {
    /** The panel's language; the page's (`<html lang>`, then the browser's) unless given. */
    lang?: UiLang;
    /** A nonce for the `<style>` element used where constructable stylesheets are missing (strict CSP). */
    styleNonce?: string;
}
export interface Installed {
    log: WebviewLog;
    capture: PageCapture;
    options: InstallOptions;
}
/**
 * Starts capture in the page: fetch / XMLHttpRequest and the JS-SDK hook (wx, jWeixin, ww). Once per
 * page; a later call keeps what was captured and applies the new options (rules, caps, language).
 * Never throws into the page.
 */
export declare function install(options?: InstallOptions): Installed | null;
/** What install() set up, installing with defaults if nothing was yet (the plugins call this). */
export declare function current(): Installed | null;
