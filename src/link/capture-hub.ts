import type { DecodedCall } from '../decode/types';
import { retainedBytes, type CallStore } from '../store/call-store';
import type { CaptureLink } from './capture-link';
import { JssdkLog } from '../store/jssdk-log';
import type { JssdkState, PortLike, Settings, ToCapture, ToPanel } from './protocol';

/** What the hub asks of the JS-SDK capture (src/capture/jssdk-capture.ts). */
export interface JssdkControl {
  setEnabled(on: boolean): void;
  reloadWithHook(): void;
}

/** The most call text one 'add' message carries (see retainedBytes). */
const MESSAGE_BYTES = 1024 ** 2;

export interface SettingsStorage {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

/**
 * The devtools page's side: owns the log while DevTools is open. A panel linked to it (capture-link.ts)
 * reads the log itself; a panel on the channel says hello, gets a snapshot, then new calls in batches.
 */
export class CaptureHub {
  /** A panel said hello on the channel: only then are calls copied into messages. */
  private remotePanel = false;
  private readonly linked = new Set<(message: ToPanel) => void>();
  private pending: DecodedCall[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private problems: string[] = [];
  readonly jssdk = new JssdkLog();
  private origin: string | null = null;
  private jssdkControl: JssdkControl | null = null;
  private jssdkTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: CallStore,
    private readonly port: PortLike<ToCapture, ToPanel>,
    private settings: Settings,
    private readonly storage: SettingsStorage,
  ) {
    store.subscribe((event) => {
      if (event.type === 'add') this.queue(event.calls);
      else this.sendSnapshot();
    });
    this.jssdk.subscribe(() => this.queueJssdk());
    port.onMessage((message) => {
      if (message.type === 'hello') this.remotePanel = true;
      this.receive(message);
    });
  }

  link(tabId: number, busy: () => boolean): CaptureLink {
    return {
      tabId,
      store: this.store,
      busy,
      state: () => ({ settings: this.settings, problems: [...this.problems], jssdk: this.jssdkState() }),
      send: (message) => this.receive(message),
      listen: (listener) => {
        this.linked.add(listener);
        return () => this.linked.delete(listener);
      },
    };
  }

  /** A message for every panel: the linked ones at once, one on the channel if there is one. */
  private tell(message: ToPanel): void {
    for (const listener of this.linked) listener(message);
    if (this.remotePanel) this.port.postMessage(message);
  }

  get preserveLog(): boolean {
    return this.settings.preserveLog;
  }

  /** Settings read from storage after capture already started: capture must not wait for storage. */
  applySettings(settings: Settings): void {
    this.settings = { ...settings };
    this.tell({ type: 'settings', settings: this.settings });
    this.updateJssdk();
  }

  attachJssdk(control: JssdkControl): void {
    this.jssdkControl = control;
    this.updateJssdk();
  }

  /** The inspected page's origin: the JS-SDK hook runs only where the user allowed it. */
  setOrigin(origin: string): void {
    if (origin === this.origin) return;
    this.origin = origin;
    this.updateJssdk();
  }

  private get jssdkEnabled(): boolean {
    return this.origin !== null && this.settings.jssdkSites.includes(this.origin);
  }

  private updateJssdk(): void {
    this.jssdkControl?.setEnabled(this.jssdkEnabled);
    this.queueJssdk();
  }

  private jssdkState(): JssdkState {
    return { calls: [...this.jssdk.calls], origin: this.origin, enabled: this.jssdkEnabled, bridgeMissing: this.jssdk.bridgeMissing };
  }

  private queueJssdk(): void {
    this.jssdkTimer ??= setTimeout(() => {
      this.jssdkTimer = undefined;
      this.tell({ type: 'jssdk', state: this.jssdkState() });
    }, 0);
  }

  problem(problem: string): void {
    this.problems.push(problem);
    this.tell({ type: 'problem', problem });
  }

  private receive(message: ToCapture): void {
    switch (message.type) {
      case 'hello':
        this.sendSnapshot();
        break;
      case 'clear':
        this.store.reset();
        this.jssdk.reset();
        break;
      case 'jssdk-reload':
        this.jssdkControl?.reloadWithHook();
        break;
      case 'import':
        this.store.add(message.calls);
        break;
      case 'set-settings':
        this.settings = { ...message.settings };
        void this.storage.save(this.settings);
        this.tell({ type: 'settings', settings: this.settings });
        this.updateJssdk();
        break;
    }
  }

  private sendSnapshot(): void {
    if (!this.remotePanel) return;
    this.pending = [];
    this.port.postMessage({ type: 'snapshot', calls: [...this.store.calls], settings: this.settings, problems: this.problems });
    this.queueJssdk();
  }

  private queue(calls: DecodedCall[]): void {
    if (!this.remotePanel) return;
    // Not push(...calls): an imported HAR can add more calls than a call may have arguments.
    for (const call of calls) this.pending.push(call);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      const calls = this.pending;
      this.pending = [];
      // In messages of at most ~1 MiB: the panel reads each in one task, so a burst must not be one message.
      let start = 0;
      let bytes = 0;
      for (let i = 0; i < calls.length; i++) {
        bytes += retainedBytes(calls[i]!);
        if (bytes >= MESSAGE_BYTES || i === calls.length - 1) {
          this.port.postMessage({ type: 'add', calls: calls.slice(start, i + 1) });
          start = i + 1;
          bytes = 0;
        }
      }
    }, 0);
  }
}
