/*
 * What the page-side hook reports (untrusted: it comes out of the inspected page) and the JS-SDK calls
 * folded from it. wx.config has no callbacks of its own: its outcome is the wx.error that follows it,
 * or wx.ready without an error. A call the SDK passes on to WeixinJSBridge is seen twice (through `wx`
 * / `ww`, then on the bridge under the bridge's name): the two are one call, the bridge's raw answer
 * kept beside the SDK's.
 */
import { bridgeErrMsg, sdkApiOf } from './bridge';
import { normalizeJssdkResult } from './errmsg';

/** What a call came through: the `wx` SDK (or jWeixin), WeCom's `ww`, or WeixinJSBridge directly. */
export type JssdkSdk = 'wx' | 'ww' | 'bridge';
const SDKS: readonly string[] = ['wx', 'ww', 'bridge'] satisfies JssdkSdk[];

export type JssdkEvent =
  /** `api` is the bridge's own name when `sdk` is `bridge`; no `sdk` means `wx`. */
  | { kind: 'call'; id: number; api: string; sdk?: JssdkSdk; args: unknown; url: string; at: number }
  | { kind: 'result'; id: number; callback: string; res: unknown; url: string; at: number }
  | { kind: 'error'; res: unknown; url: string; at: number }
  | { kind: 'ready'; url: string; at: number }
  /** Something in the page looked for WeixinJSBridge and it was not there (outside WeChat it never comes). */
  | { kind: 'bridge-wait'; url: string; at: number }
  /** WeixinJSBridge is there (injected, or replaced) and hooked. */
  | { kind: 'bridge-ready'; url: string; at: number };

/** A call as WeixinJSBridge saw it: its name there, the parameters the SDK sent, the raw answer. */
export interface BridgeSide {
  /** The hook's id of the bridge call. */
  id: number;
  api: string;
  args: unknown;
  res: unknown;
}

export type JssdkState = 'pending' | 'ok' | 'error';

export interface JssdkCall {
  /** Unique within a log: `j<id>@<page session>`. */
  key: string;
  /** The hook's ids of the events folded into this call (the SDK's and the bridge's). */
  ids: number[];
  /** The SDK's name (`config`, also for a bridge-only `preVerifyJSAPI`). */
  api: string;
  sdk: JssdkSdk;
  /** The bridge's side of the call, when the hook saw it there. */
  bridge: BridgeSide | null;
  /** The first argument as the page passed it (a JSON copy; functions are `"[function]"`); a bridge-only call's parameters. */
  args: unknown;
  /** The page URL when the call was made. */
  url: string;
  at: number;
  state: JssdkState;
  errMsg: string | null;
  /** The result object as the SDK handed it over. */
  res: unknown;
  /** The page URL when the result arrived. */
  resultUrl: string | null;
  resultAt: number | null;
}

const MAX_TEXT = 2048;
const text = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** One event from the page, or null when it is not shaped like one. */
export function parseJssdkEvent(value: unknown): JssdkEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  const url = text(e['url']) ?? '';
  const at = num(e['at']) ?? 0;
  switch (e['kind']) {
    case 'call': {
      const id = num(e['id']);
      const api = text(e['api']);
      const sdk = SDKS.find((s) => s === e['sdk']) as JssdkSdk | undefined;
      return id !== null && api ? { kind: 'call', id, api, sdk: sdk ?? 'wx', args: e['args'], url, at } : null;
    }
    case 'result': {
      const id = num(e['id']);
      const callback = text(e['callback']);
      return id !== null && callback ? { kind: 'result', id, callback, res: e['res'], url, at } : null;
    }
    case 'error':
      return { kind: 'error', res: e['res'], url, at };
    case 'ready':
    case 'bridge-wait':
    case 'bridge-ready':
      return { kind: e['kind'], url, at };
    default:
      return null;
  }
}

const isOkMessage = (errMsg: string): boolean => /:\s*ok\b/i.test(errMsg) || /^ok$/i.test(errMsg.trim());
const CONFIG_APIS = new Set(['config']);
/** The app a call's parameters name (wx.config's appId, agentConfig's corpid, the bridge's verifyAppId), if any. */
function appOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null;
  for (const name of ['appId', 'corpid', 'corpId', 'verifyAppId']) {
    const value = (args as Record<string, unknown>)[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}
/** Two sides of one call name the same app, or one of them names none (two SDKs on a page configure different apps). */
const sameApp = (a: unknown, b: unknown): boolean => {
  const [x, y] = [appOf(a), appOf(b)];
  return x === null || y === null || x === y;
};
/** Calls whose state came from the bridge's answer only: the SDK's own result, when it comes, is what the page saw. */
const settledByBridge = new WeakSet<JssdkCall>();

/** Folds the events of one page session (in order) into calls; `session` keeps keys unique across sessions. */
export function foldJssdkEvents(events: readonly JssdkEvent[], session: string, into: JssdkCall[] = []): JssdkCall[] {
  const byId = new Map<number, JssdkCall>();
  for (const call of into) if (call.key.endsWith(`@${session}`)) for (const id of call.ids) byId.set(id, call);
  const settle = (call: JssdkCall, res: unknown, url: string, at: number, errMsg?: string): void => {
    const message = errMsg ?? normalizeJssdkResult(res);
    call.res = res;
    call.errMsg = message;
    call.state = isOkMessage(message) ? 'ok' : 'error';
    call.resultUrl = url;
    call.resultAt = at;
  };
  /** The oldest call of this session still waiting, of `api`, that `fits`: the other side of a call seen twice. */
  const counterpart = (api: string, fits: (call: JssdkCall) => boolean): JssdkCall | undefined => {
    for (const call of into) if (call.api === api && call.state === 'pending' && call.key.endsWith(`@${session}`) && fits(call)) return call;
    return undefined;
  };
  /**
   * The latest wx.config still waiting for its outcome (wx.error and wx.ready are `wx`'s, not another
   * SDK's or the bridge's); for wx.error, also one only its bridge answer settled.
   */
  const pendingConfig = (orBridgeSettled: boolean): JssdkCall | undefined => {
    for (let i = into.length - 1; i >= 0; i--) {
      const call = into[i]!;
      if (CONFIG_APIS.has(call.api) && call.sdk === 'wx' && (call.state === 'pending' || (orBridgeSettled && settledByBridge.has(call)))) return call;
    }
    return undefined;
  };
  for (const event of events) {
    switch (event.kind) {
      case 'call': {
        const sdk = event.sdk ?? 'wx';
        const api = sdk === 'bridge' ? sdkApiOf(event.api) : event.api;
        // The SDK calls the bridge after the page called the SDK; the other order is met too.
        const twin = counterpart(api, (c) => (sdk === 'bridge' ? c.bridge === null : c.sdk === 'bridge') && sameApp(c.args, event.args));
        const bridge = sdk === 'bridge' ? { id: event.id, api: event.api, args: event.args, res: null } : null;
        if (twin) {
          if (bridge) twin.bridge = bridge;
          else Object.assign(twin, { sdk, args: event.args });
          twin.ids.push(event.id);
          byId.set(event.id, twin);
          break;
        }
        const call: JssdkCall = { key: `j${event.id}@${session}`, ids: [event.id], api, sdk, bridge, args: event.args, url: event.url, at: event.at, state: 'pending', errMsg: null, res: null, resultUrl: null, resultAt: null };
        byId.set(event.id, call);
        into.push(call);
        break;
      }
      case 'result': {
        const call = byId.get(event.id);
        if (!call) break;
        if (call.bridge && event.id === call.bridge.id) {
          call.bridge.res = event.res;
          // Made through an SDK, the call is settled by the SDK's result (what the page saw) when it comes.
          if (call.state === 'pending') {
            settle(call, event.res, event.url, event.at, bridgeErrMsg(call.bridge.api, event.res));
            if (call.sdk !== 'bridge') settledByBridge.add(call);
          }
          break;
        }
        // `complete` repeats what success / fail said; it decides only when it comes alone.
        if (call.state === 'pending' || event.callback !== 'complete' || settledByBridge.has(call)) {
          settle(call, event.res, event.url, event.at);
          settledByBridge.delete(call);
        }
        break;
      }
      case 'error': {
        const call = pendingConfig(true);
        if (call) {
          settle(call, event.res, event.url, event.at);
          settledByBridge.delete(call);
        }
        break;
      }
      case 'ready': {
        // weixin-js-sdk calls wx.ready after a failed config too: only a config with no answer yet is ok by it.
        const call = pendingConfig(false);
        if (call) settle(call, { errMsg: 'config:ok' }, event.url, event.at, 'config:ok');
        break;
      }
      default:
        // Whether the bridge is there is the log's concern (JssdkLog), not a call's.
        break;
    }
  }
  return into;
}
