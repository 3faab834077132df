import type { CallStore } from './call-store';
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
    state(): {
        settings: Settings;
        problems: string[];
        jssdk: JssdkState;
    };
    send(message: ToCapture): void;
    /** Every message but 'snapshot' and 'add' (the linked panel reads the store); returns an unsubscribe. */
    listen(listener: (message: ToPanel) => void): () => void;
}
export declare function exposeCaptureLink(devtoolsPage: Window, link: CaptureLink): void;
/**
 * The link of the devtools page inspecting `tabId`, looked up among the panel's sibling frames: that
 * is where Chromium's DevTools puts both pages (its own onShown finds the panel the same way). The
 * DevTools frames in between are cross-origin, so reading them throws: they are skipped.
 */
export declare function findCaptureLink(panel: Window, tabId: number): CaptureLink | null;
