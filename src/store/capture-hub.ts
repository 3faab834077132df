import type { DecodedCall } from '../decode/types';
import type { CallStore } from './call-store';
import type { PortLike, Settings, ToCapture, ToPanel } from './protocol';

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
        break;
      case 'import':
        this.store.add(message.calls);
        break;
      case 'set-settings':
        this.settings = { ...message.settings };
        void this.storage.save(this.settings);
        this.port.postMessage({ type: 'settings', settings: this.settings });
        break;
    }
  }

  private sendSnapshot(): void {
    this.pending = [];
    this.port.postMessage({ type: 'snapshot', calls: [...this.store.calls], settings: this.settings, problems: this.problems });
  }

  private queue(calls: DecodedCall[]): void {
    this.pending.push(...calls);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      const calls = this.pending;
      this.pending = [];
      if (calls.length > 0) this.port.postMessage({ type: 'add', calls });
    }, 0);
  }
}
