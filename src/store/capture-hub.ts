import type { DecodedCall } from '../decode/types';
import { retainedBytes, type CallStore } from './call-store';
import { JssdkLog } from './jssdk-log';
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
 * The devtools page's side: owns the log while DevTools is open, answers a panel that opens late
 * with a snapshot, then streams new calls to it in batches.
 */
export class CaptureHub {
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
    port.onMessage((message) => this.receive(message));
    // A panel already open (the devtools page reloaded) asks for nothing: tell it at once.
    this.sendSnapshot();
  }

  get preserveLog(): boolean {
    return this.settings.preserveLog;
  }

  /** Settings read from storage after capture already started: capture must not wait for storage. */
  applySettings(settings: Settings): void {
    this.settings = { ...settings };
    this.port.postMessage({ type: 'settings', settings: this.settings });
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
    return { calls: [...this.jssdk.calls], origin: this.origin, enabled: this.jssdkEnabled };
  }

  private queueJssdk(): void {
    this.jssdkTimer ??= setTimeout(() => {
      this.jssdkTimer = undefined;
      this.port.postMessage({ type: 'jssdk', state: this.jssdkState() });
    }, 0);
  }

  problem(problem: string): void {
    this.problems.push(problem);
    this.port.postMessage({ type: 'problem', problem });
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
        this.port.postMessage({ type: 'settings', settings: this.settings });
        this.updateJssdk();
        break;
    }
  }

  private sendSnapshot(): void {
    this.pending = [];
    this.port.postMessage({ type: 'snapshot', calls: [...this.store.calls], settings: this.settings, problems: this.problems });
    this.queueJssdk();
  }

  private queue(calls: DecodedCall[]): void {
    this.pending.push(...calls);
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
