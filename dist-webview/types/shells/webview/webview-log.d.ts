import type { DecodedCall } from '../../decode/types';
import type { CaptureLink } from '../../store/capture-link';
/**
 * The log of the page the plugin runs in: the calls capture decoded and the JS-SDK calls the hook saw,
 * bounded as the extension's logs are (CallStore, JssdkLog). The view reads it through the same link
 * the DevTools panel uses when it shares a heap with the devtools page: nothing is copied.
 */
export interface WebviewLog {
    link: CaptureLink;
    addCall(call: DecodedCall): void;
    /** One raw event from the JS-SDK hook (checked here: the page could have sent anything). */
    addJssdkEvent(event: unknown): void;
}
export declare function webviewLog(origin: string | null): WebviewLog;
