import { hookScripts, jssdkHook } from '../../capture/jssdk-hook';
import { installPageCapture, type PageCapture, type PageCaptureOptions } from '../../capture/page/page-capture';
import type { Lang } from '../../i18n';
import { webviewLog, type WebviewLog } from './webview-log';

export interface InstallOptions extends PageCaptureOptions {
  /** The panel's language; the page's (`<html lang>`, then the browser's) unless given. */
  lang?: Lang;
  /** A nonce for the `<style>` element used where constructable stylesheets are missing (strict CSP). */
  styleNonce?: string;
}

export interface Installed {
  log: WebviewLog;
  capture: PageCapture;
  options: InstallOptions;
}

let installed: Installed | null = null;

function originOf(href: string): string | null {
  try {
    const origin = new URL(href).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Starts capture in the page: fetch / XMLHttpRequest and the JS-SDK hook (wx, jWeixin, ww). Once per
 * page; a later call keeps what was captured and applies the new options (rules, caps, language).
 * Never throws into the page.
 */
export function install(options: InstallOptions = {}): Installed | null {
  try {
    if (installed) {
      installed.capture.configure(options);
      installed.options = { ...installed.options, ...options };
      return installed;
    }
    const log = webviewLog(originOf(location.href));
    const capture = installPageCapture(window, { add: log.addCall }, options);
    // A random name and token, as in the extension: the page can neither define nor drain the hook first.
    const { key, token } = hookScripts();
    jssdkHook(key, token, log.addJssdkEvent);
    installed = { log, capture, options: { ...options } };
    return installed;
  } catch {
    return null;
  }
}

/** What install() set up, installing with defaults if nothing was yet (the plugins call this). */
export function current(): Installed | null {
  return installed ?? install();
}
