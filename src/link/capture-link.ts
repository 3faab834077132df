import type { CallStore } from '../store/call-store';
import type { JssdkState, Settings, ToCapture, ToPanel } from './protocol';

/**
 * The devtools page's log handed to the panel as objects, not messages. In Chromium both pages are
 * same-origin frames of one DevTools window, so they share one JS heap: the panel reads the very
 * calls capture stored, with nothing copied. BroadcastChannel (protocol.ts) stays for where the panel
 * cannot reach the devtools page's window (Firefox, pages opened as tabs).
 */
export interface CaptureLink {
  readonly tabId: number;
  readonly store: CallStore;
  /** Capture has a burst of calls queued for decoding: a view may wait for it to settle before drawing. */
  busy(): boolean;
  /** What a panel needs at once beside the calls. */
  state(): { settings: Settings; problems: string[]; jssdk: JssdkState };
  send(message: ToCapture): void;
  /** Every message but 'snapshot' and 'add' (the linked panel reads the store); returns an unsubscribe. */
  listen(listener: (message: ToPanel) => void): () => void;
}

const LINK_KEY = '__wechatApiInspectorCapture';
type LinkHolder = { [LINK_KEY]?: CaptureLink };

export function exposeCaptureLink(devtoolsPage: Window, link: CaptureLink): void {
  (devtoolsPage as unknown as LinkHolder)[LINK_KEY] = link;
}

/**
 * The link of the devtools page inspecting `tabId`, looked up among the panel's sibling frames: that
 * is where Chromium's DevTools puts both pages (its own onShown finds the panel the same way). The
 * DevTools frames in between are cross-origin, so reading them throws: they are skipped.
 */
export function findCaptureLink(panel: Window, tabId: number): CaptureLink | null {
  if (panel.parent === panel) return null;
  const frames = panel.parent.frames;
  for (let i = 0; i < frames.length; i++) {
    try {
      const link = (frames[i] as unknown as LinkHolder)[LINK_KEY];
      if (link && link.tabId === tabId) return link;
    } catch {
      // A cross-origin frame.
    }
  }
  return null;
}
