import { type Signal } from '@preact/signals';
import type { DecodedCall } from '../decode/types';
import { CallStore } from '../store/call-store';
import type { CaptureLink } from '../store/capture-link';
import { type JssdkState, type PortLike, type Settings, type ToCapture, type ToPanel } from '../store/protocol';
export interface CaptureConnection {
    store: CallStore;
    /** Bumped after changes of the store, at most once a frame, so views re-render. */
    version: Signal<number>;
    settings: Signal<Settings>;
    problems: Signal<string[]>;
    /** False until the devtools page has answered with its snapshot. */
    connected: Signal<boolean>;
    clear(): void;
    setSettings(settings: Settings): void;
    importCalls(calls: DecodedCall[]): void;
    jssdk: Signal<JssdkState>;
    reloadWithJssdkHook(): void;
}
/**
 * While capture works off a burst, the list is still drawn this often, to show it progressing. Each
 * such drawing lays out and paints a list of new rows: on a loaded machine, drawing every 100 ms made
 * a burst of 10,000 requests take about a third longer to take in than drawing every 250 ms.
 */
export declare const BUSY_RENDER_MS = 250;
/** The panel's mirror of the log the devtools page keeps, over a channel (every call copied). */
export declare function connectToCapture(port: PortLike<ToPanel, ToCapture>): CaptureConnection;
/** The panel on the devtools page's own log (see capture-link.ts): nothing copied, nothing waited for. */
export declare function connectDirect(link: CaptureLink, page: {
    addEventListener(type: 'pagehide', listener: () => void): void;
}): CaptureConnection;
