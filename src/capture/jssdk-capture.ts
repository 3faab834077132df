import { parseJssdkEvent, type JssdkEvent } from '../decode/jssdk/timeline';
import { evalInPage, type InspectedWindowLike } from './inspected-eval';
import { hookScripts, type HookDrain, type HookScripts } from './jssdk-hook';

export interface JssdkSink {
  /** Events of one page session, in order; a new session starts with each hook installation. */
  events(events: JssdkEvent[], session: string): void;
  /** The inspected page's origin, whenever it becomes known or changes. */
  origin(origin: string): void;
}

export interface JssdkCapture {
  /** Hooks the page (now and after each navigation) while `on`; stops polling when off. */
  setEnabled(on: boolean): void;
  /** Reloads the page with the hook injected before any of its scripts run. */
  reloadWithHook(): void;
  /** The inspected page navigated (from devtools.network.onNavigated). */
  navigated(url: string): void;
}

function asDrain(value: unknown): HookDrain | null {
  if (typeof value !== 'object' || value === null) return null;
  const d = value as Partial<HookDrain>;
  return typeof d.installed === 'boolean' && Array.isArray(d.events) ? { installed: d.installed, events: d.events, dropped: Number(d.dropped) || 0, href: String(d.href ?? '') } : null;
}

const originOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? null : u.origin;
  } catch {
    return null;
  }
};

/**
 * Polls the page's hook while the user has switched JS-SDK capture on for this site: the hook queues
 * events in the page, and each poll drains them (inspectedWindow.eval is the only way in without host
 * permissions). A poll that finds no hook (the page navigated) installs it again.
 */
export function startJssdkCapture(win: InspectedWindowLike, sink: JssdkSink, options: { intervalMs?: number; timeoutMs?: number; scripts?: HookScripts } = {}): JssdkCapture {
  const intervalMs = options.intervalMs ?? 300;
  const timeoutMs = options.timeoutMs ?? 5000;
  let enabled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sessions = 0;
  let session = '';
  let busy = false;
  const run = (expression: string) => evalInPage(win, expression, timeoutMs);
  const { hook: hookExpression, drain: drainExpression } = options.scripts ?? hookScripts();

  const poll = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      let drain = asDrain(await run(drainExpression));
      if (drain && !drain.installed && enabled) {
        drain = asDrain(await run(hookExpression));
        session = `s${++sessions}`;
      }
      const events = (drain?.events ?? []).map(parseJssdkEvent).filter((e): e is JssdkEvent => e !== null);
      if (events.length > 0) sink.events(events, session);
    } finally {
      busy = false;
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    if (!enabled) return;
    timer = setTimeout(() => void poll().finally(schedule), intervalMs);
  };

  void run('location.href').then((href) => {
    const origin = typeof href === 'string' ? originOf(href) : null;
    if (origin) sink.origin(origin);
  });

  return {
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      if (on) void poll().finally(schedule);
      else clearTimeout(timer);
    },
    reloadWithHook() {
      session = `s${++sessions}`;
      win.reload({ injectedScript: hookExpression });
    },
    navigated(url) {
      const origin = originOf(url);
      if (origin) sink.origin(origin);
      // Hook as early as the new page allows; the poll repeats this if the page was not ready yet.
      if (enabled) void poll();
    },
  };
}
