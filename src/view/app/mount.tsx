import { signal } from '@preact/signals';
import { render } from 'preact';
import { detectLang, type Lang } from '../../i18n';
import type { CaptureConnection } from '../../link/capture-connection';
import { followTheme } from '../../ui/theme';
import { App } from './App';
import type { Host } from './host';
import { loadKnowledge } from './knowledge-loader';
import '../../ui/base.css';
import './panel.css';

/** Starts the panel in `root`, showing the log `connection` reads, inside `host`. */
export function mountPanel(root: HTMLElement, connection: CaptureConnection, host: Host): void {
  const lang = signal<Lang>(detectLang(host.locale));
  followTheme(root.ownerDocument.documentElement, host.theme);
  render(<App connection={connection} lang={lang} host={host} />, root);
  // The knowledge chunk (600 KB of code to parse) waits until the captured calls are on screen, or a
  // second if the devtools page never answers: the list paints first, its meanings a moment later.
  const loadOnce = (): void => {
    if (!knowledgeRequested) loadKnowledge();
    knowledgeRequested = true;
  };
  let knowledgeRequested = false;
  connection.connected.subscribe((connected) => {
    if (connected) requestAnimationFrame(() => setTimeout(loadOnce, 0));
  });
  setTimeout(loadOnce, 1_000);
}
