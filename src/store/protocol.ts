import type { DecodedCall } from '../decode/types';

export interface Settings {
  preserveLog: boolean;
}

export const DEFAULT_SETTINGS: Settings = { preserveLog: false };

/** Messages between the devtools page (which captures and owns the log) and the panel (which shows it). */
export type ToPanel =
  | { type: 'snapshot'; calls: DecodedCall[]; settings: Settings; problems: string[] }
  | { type: 'add'; calls: DecodedCall[] }
  | { type: 'settings'; settings: Settings }
  | { type: 'problem'; problem: string };

export type ToCapture =
  | { type: 'hello' }
  | { type: 'clear' }
  | { type: 'set-settings'; settings: Settings }
  /** Calls decoded from a HAR file the user opened in the panel: they join the log. */
  | { type: 'import'; calls: DecodedCall[] };

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
