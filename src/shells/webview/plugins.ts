import { current } from './install';
import { mountPanel } from './mount';
import { pageLang, tabName } from './page-lang';

/**
 * vConsole turns taps inside its panel into clicks of its own: a capturing touch listener on the panel
 * cancels the touch and clicks `event.target`, which for a tap in the plugin is the shadow host (the
 * event is retargeted at the shadow boundary), never the button tapped. Touches that begin inside the
 * plugin are kept from vConsole (stopped on the window, before its panel sees them), so the browser's
 * own click reaches the button. Returns the undo.
 */
function keepTouchesFrom(host: HTMLElement): () => void {
  const stop = (event: Event): void => {
    if (event.composedPath().includes(host)) event.stopPropagation();
  };
  const types = ['touchstart', 'touchmove', 'touchend', 'touchcancel'];
  for (const type of types) window.addEventListener(type, stop, { capture: true, passive: true });
  return () => {
    for (const type of types) window.removeEventListener(type, stop, { capture: true });
  };
}

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
    const unmountPanel = mountPanel(el, installed);
    const release = keepTouchesFrom(el);
    // vConsole's tab content grows with what it holds and scrolls as a whole: the panel takes exactly
    // the visible height instead, so that its toolbars stay and its list scrolls (set through CSSOM,
    // which no CSP blocks).
    const fit = (): void => {
      const scroller = el.closest('.vc-content') ?? el.parentElement;
      if (scroller && scroller.clientHeight > 0) el.style.height = `${scroller.clientHeight}px`;
    };
    plugin.on('show', fit);
    plugin.on('showConsole', fit);
    window.addEventListener('resize', fit);
    unmount = () => {
      window.removeEventListener('resize', fit);
      release();
      unmountPanel();
    };
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
