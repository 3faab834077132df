import { signal } from '@preact/signals';
import { render } from 'preact';
import { App } from '../../view/App';
import { connectDirect } from '../../view/capture-connection';
import { loadKnowledge } from '../../view/knowledge-loader';
import { followColorScheme } from '../../view/theme';
import type { Installed } from './install';
import { pageLang } from './page-lang';
import { adoptStyles, shadowCss } from './styles';

/**
 * Shows the panel inside `container` (the console's tab panel), in a shadow root so that neither the
 * page's CSS nor the console's reaches it and ours reaches nothing outside. Returns the unmount.
 */
export function mountPanel(container: HTMLElement, installed: Installed): () => void {
  const host = document.createElement('div');
  host.className = 'wechat-api-inspector';
  container.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  host.dataset['styles'] = adoptStyles(shadow, shadowCss(), installed.options.styleNonce);
  const root = document.createElement('div');
  root.className = 'wai-root';
  shadow.append(root);
  followColorScheme(root);
  const lang = signal(installed.options.lang ?? pageLang());
  loadKnowledge();
  render(<App connection={connectDirect(installed.log.link, window)} lang={lang} />, root);
  return () => {
    render(null, root);
    host.remove();
  };
}
