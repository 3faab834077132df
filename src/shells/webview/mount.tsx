import { signal } from '@preact/signals';
import { render } from 'preact';
import { detectLang } from '../../i18n';
import { connectDirect } from '../../link/capture-connection';
import { followTheme } from '../../ui/theme';
import { App } from '../../view/app/App';
import { loadKnowledge } from '../../view/app/knowledge-loader';
import type { Installed } from './install';
import { adoptStyles, shadowCss } from './styles';
import { webviewHost } from './webview-host';

/**
 * Shows the panel inside `container` (the console's tab panel), in a shadow root so that neither the
 * page's CSS nor the console's reaches it and ours reaches nothing outside. Returns the unmount.
 */
export function mountPanel(container: HTMLElement, installed: Installed): () => void {
  const el = document.createElement('div');
  el.className = 'wechat-api-inspector';
  container.append(el);
  const shadow = el.attachShadow({ mode: 'open' });
  el.dataset['styles'] = adoptStyles(shadow, shadowCss(), installed.options.styleNonce);
  const root = document.createElement('div');
  root.className = 'wai-root';
  shadow.append(root);
  const host = webviewHost(installed.options.lang);
  followTheme(root, host.theme);
  // The log is in this page already: the knowledge (inlined in the classic script) is all there is to wait for.
  loadKnowledge();
  render(<App connection={connectDirect(installed.log.link, window)} lang={signal(detectLang(host.locale))} host={host} />, root);
  return () => {
    render(null, root);
    el.remove();
  };
}
