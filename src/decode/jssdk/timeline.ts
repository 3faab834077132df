/*
 * What the page-side hook reports (untrusted: it comes out of the inspected page) and the JS-SDK calls
 * folded from it. wx.config has no callbacks of its own: its outcome is the wx.error that follows it,
 * or wx.ready without an error.
 */
import { normalizeJssdkResult } from './errmsg';

export type JssdkEvent =
  | { kind: 'call'; id: number; api: string; args: unknown; url: string; at: number }
  | { kind: 'result'; id: number; callback: string; res: unknown; url: string; at: number }
  | { kind: 'error'; res: unknown; url: string; at: number }
  | { kind: 'ready'; url: string; at: number };

export type JssdkState = 'pending' | 'ok' | 'error';

export interface JssdkCall {
  /** Unique within a log: `j<id>@<page session>`. */
  key: string;
  api: string;
  /** The first argument as the page passed it (a JSON copy; functions are `"[function]"`). */
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
      return id !== null && api ? { kind: 'call', id, api, args: e['args'], url, at } : null;
    }
    case 'result': {
      const id = num(e['id']);
      const callback = text(e['callback']);
      return id !== null && callback ? { kind: 'result', id, callback, res: e['res'], url, at } : null;
    }
    case 'error':
      return { kind: 'error', res: e['res'], url, at };
    case 'ready':
      return { kind: 'ready', url, at };
    default:
      return null;
  }
}

const isOkMessage = (errMsg: string): boolean => /:\s*ok\b/i.test(errMsg) || /^ok$/i.test(errMsg.trim());
const CONFIG_APIS = new Set(['config']);

/** Folds the events of one page session (in order) into calls; `session` keeps keys unique across sessions. */
export function foldJssdkEvents(events: readonly JssdkEvent[], session: string, into: JssdkCall[] = []): JssdkCall[] {
  const byId = new Map<number, JssdkCall>();
  for (const call of into) {
    const m = /^j(\d+)@(.*)$/.exec(call.key);
    if (m && m[2] === session) byId.set(Number(m[1]), call);
  }
  const settle = (call: JssdkCall, res: unknown, url: string, at: number, errMsg?: string): void => {
    const message = errMsg ?? normalizeJssdkResult(res);
    call.res = res;
    call.errMsg = message;
    call.state = isOkMessage(message) ? 'ok' : 'error';
    call.resultUrl = url;
    call.resultAt = at;
  };
  /** The latest wx.config still waiting for its outcome. */
  const pendingConfig = (): JssdkCall | undefined => {
    for (let i = into.length - 1; i >= 0; i--) if (CONFIG_APIS.has(into[i]!.api) && into[i]!.state === 'pending') return into[i];
    return undefined;
  };
  for (const event of events) {
    switch (event.kind) {
      case 'call': {
        const call: JssdkCall = { key: `j${event.id}@${session}`, api: event.api, args: event.args, url: event.url, at: event.at, state: 'pending', errMsg: null, res: null, resultUrl: null, resultAt: null };
        byId.set(event.id, call);
        into.push(call);
        break;
      }
      case 'result': {
        const call = byId.get(event.id);
        // `complete` repeats what success / fail said; it decides only when it comes alone.
        if (call && (call.state === 'pending' || event.callback !== 'complete')) settle(call, event.res, event.url, event.at);
        break;
      }
      case 'error': {
        const call = pendingConfig();
        if (call) settle(call, event.res, event.url, event.at);
        break;
      }
      case 'ready': {
        const call = pendingConfig();
        if (call) settle(call, { errMsg: 'config:ok' }, event.url, event.at, 'config:ok');
        break;
      }
    }
  }
  return into;
}
