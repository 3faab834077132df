import type { JssdkCall } from '../decode/jssdk/timeline';
import type { DecodedCall } from '../decode/types';

export interface Settings {
  preserveLog: boolean;
  /** Origins where the user allowed the JS-SDK hook into the page. */
  jssdkSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { preserveLog: false, jssdkSites: [] };

/** The JS-SDK side of the log: the calls, and the inspected site with whether it is hooked. */
export interface JssdkState {
  calls: JssdkCall[];
  origin: string | null;
  enabled: boolean;
  /** The page looks for WeixinJSBridge, which only WeChat's webview injects, and it has not come. */
  bridgeMissing: boolean;
}

/** Messages between the devtools page (which captures and owns the log) and the panel (which shows it). */
export type ToPanel =
  | { type: 'snapshot'; calls: DecodedCall[]; settings: Settings; problems: string[] }
  | { type: 'add'; calls: DecodedCall[] }
  | { type: 'settings'; settings: Settings }
  | { type: 'problem'; problem: string }
  | { type: 'jssdk'; state: JssdkState };

export type ToCapture =
  | { type: 'hello' }
  | { type: 'clear' }
  | { type: 'set-settings'; settings: Settings }
  /** Calls decoded from a HAR file the user opened in the panel: they join the log. */
  | { type: 'import'; calls: DecodedCall[] }
  /** Reload the inspected page with the JS-SDK hook in place before its scripts run. */
  | { type: 'jssdk-reload' };

export interface PortLike<In, Out> {
  postMessage(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** Both pages of one DevTools window share a channel named after the inspected tab. */
export function channelName(tabId: number): string {
  return `wechat-api-inspector:tab:${tabId}`;
}

export function broadcastPort<In, Out>(name: string): PortLike<In, Out> {
  const channel = new BroadcastChannel(name);
  return {
    postMessage: (message) => channel.postMessage(message),
    onMessage: (listener) => channel.addEventListener('message', (event) => listener(event.data as In)),
  };
}
