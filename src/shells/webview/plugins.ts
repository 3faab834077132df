import { current } from './install';
import { mountPanel } from './mount';
import { pageLang, tabName } from './page-lang';

/** The slice of vConsole's plugin class the plugin uses (vConsole 3). */
export interface VConsolePluginLike {
  on(event: string, callback: (data?: unknown) => void): unknown;
}
export interface VConsoleLike {
  VConsolePlugin: new (id: string, name: string) => VConsolePluginLike;
}

/**
 * The panel as a vConsole tab: `vConsole.addPlugin(WeChatApiInspector.vConsolePlugin(VConsole))`.
 * vConsole is passed in (never bundled): whichever copy the page loaded.
 */
export function vConsolePlugin(VConsole: VConsoleLike): VConsolePluginLike {
  const installed = current();
  const plugin = new VConsole.VConsolePlugin('wechat_api_inspector', tabName(installed?.options.lang ?? pageLang()));
  let unmount: (() => void) | null = null;
  plugin.on('renderTab', (callback) => {
    if (!installed || typeof callback !== 'function') return;
    const el = document.createElement('div');
    el.className = 'wechat-api-inspector-tab';
    unmount = mountPanel(el, installed);
    (callback as (content: HTMLElement) => void)(el);
  });
  plugin.on('remove', () => {
    unmount?.();
    unmount = null;
  });
  return plugin;
}

/** What eruda hands a tool's init: its element wrapped in licia's `$` (array-like). */
interface ErudaElement {
  [index: number]: HTMLElement | undefined;
  show(): unknown;
  hide(): unknown;
}

export interface ErudaTool {
  name: string;
  init($el: ErudaElement): void;
  show(): ErudaTool;
  hide(): ErudaTool;
  destroy(): void;
}

/** The panel as an eruda tool: `eruda.add(WeChatApiInspector.erudaPlugin)` (eruda calls it for a fresh tool). */
export function erudaPlugin(): ErudaTool {
  const installed = current();
  let $el: ErudaElement | null = null;
  let unmount: (() => void) | null = null;
  const tool: ErudaTool = {
    name: tabName(installed?.options.lang ?? pageLang()),
    init(el) {
      $el = el;
      const container = el[0];
      if (installed && container) unmount = mountPanel(container, installed);
    },
    show() {
      $el?.show();
      return tool;
    },
    hide() {
      $el?.hide();
      return tool;
    },
    destroy() {
      unmount?.();
      unmount = null;
    },
  };
  return tool;
}
