import type { RelayConfig } from '../../decode/relay/decode-relayed';
import { compileRule, DEFAULT_RELAY_SETTINGS, isUserRule, type CompiledRule, type UserRule } from '../../decode/relay/user-rules';
import type { PathPattern } from '../../decode/relay/url-pattern';
import type { DecodedCall } from '../../decode/types';
import { LIMITS } from '../../decode/limits';
import { nextTask } from '../next-task';
import { slicedQueue } from '../sliced-queue';
import { captureBuiltins, type PageWindow } from './builtins';
import { decodeExchange, pageCandidate } from './exchange';
import { wrapFetch, type Observe } from './fetch-capture';
import { wrapXhr } from './xhr-capture';

/** A relay rule given in code (there is no options page in a page): as the options page's, with defaults. */
export interface PageRule {
  /** `admin.example.com`, `*.example.com`, `localhost:3000`, `*`. */
  hostGlob: string;
  /** A path prefix (`/api/wx/`), or `{kind: 'regex', value}`; every path when absent. */
  path?: string | PathPattern;
  platform?: UserRule['platform'];
  /** JSON paths of the code and message; `errcode` / `errmsg` when absent. */
  errcodePath?: string;
  errmsgPath?: string;
  enabled?: boolean;
}

export interface PageCaptureOptions {
  rules?: readonly PageRule[];
  /** Auto-detection of relayed WeChat errors in JSON answers (on unless false). */
  autoDetect?: boolean;
  /** Path rules on every host, not only development hosts (off unless true). */
  pathRulesEverywhere?: boolean;
  /** Largest part of an answer read (bytes); 4 MiB unless given (the decoder's cap; beyond, the head is scanned). */
  maxBodyBytes?: number;
}

export interface PageCaptureSink {
  add(call: DecodedCall): void;
}

export interface PageCapture {
  /** Rules given that were not valid and are left out. */
  readonly invalidRules: number;
  /** Applies new rules, settings and caps to the calls that finish from now on. */
  configure(options: PageCaptureOptions): void;
  /** Candidate bodies skipped because too many were being read at once. */
  readonly skipped: number;
  uninstall(): void;
}

/** One character more than the decoder parses: a larger answer is then scanned for its errcode, not cut. */
export const DEFAULT_MAX_BODY_BYTES = LIMITS.parsedText + 1;
/** Bodies being read at once; beyond, a relay candidate is skipped (a WeChat host's never is). */
const MAX_READS = 8;

/** The rules given in code, checked as stored ones are: outside input. */
export function compilePageRules(rules: readonly unknown[]): { compiled: CompiledRule[]; invalid: number } {
  const compiled: CompiledRule[] = [];
  let invalid = 0;
  rules.forEach((given, i) => {
    const r = typeof given === 'object' && given !== null ? (given as Record<string, unknown>) : {};
    const path = r['path'] === undefined ? { kind: 'prefix', value: '/' } : typeof r['path'] === 'string' ? { kind: 'prefix', value: r['path'] } : r['path'];
    const rule: unknown = { id: `code-${i + 1}`, enabled: r['enabled'] ?? true, hostGlob: r['hostGlob'], path, platform: r['platform'] ?? 'auto', errcodePath: r['errcodePath'] ?? 'errcode', errmsgPath: r['errmsgPath'] ?? 'errmsg' };
    const ok = isUserRule(rule) ? compileRule(rule) : null;
    if (ok) compiled.push(ok);
    else invalid++;
  });
  return { compiled, invalid };
}

/**
 * Capture in the page itself: wraps fetch and XMLHttpRequest (navigator.sendBeacon is left alone: it
 * has no answer to read), reads the answers of the WeChat hosts and of relay candidates (the extension's
 * path rules, auto-detection and the rules given here) up to `maxBodyBytes`, decodes them with the
 * shared decoder and hands the calls to `sink`. Installed as early as the script runs; the page keeps
 * the exact behaviour of its calls.
 */
export function installPageCapture(win: PageWindow, sink: PageCaptureSink, options: PageCaptureOptions = {}): PageCapture {
  const b = captureBuiltins(win);
  let relay: RelayConfig;
  let maxBodyBytes: number;
  let invalidRules: number;
  const configure = (given: PageCaptureOptions): void => {
    const rules = compilePageRules(Array.isArray(given.rules) ? given.rules : []);
    relay = {
      settings: {
        autoDetect: given.autoDetect ?? DEFAULT_RELAY_SETTINGS.autoDetect,
        pathRulesEverywhere: given.pathRulesEverywhere ?? DEFAULT_RELAY_SETTINGS.pathRulesEverywhere,
      },
      rules: rules.compiled,
    };
    const max = Number(given.maxBodyBytes);
    maxBodyBytes = Number.isFinite(max) && max > 0 ? Math.floor(max) : DEFAULT_MAX_BODY_BYTES;
    invalidRules = rules.invalid;
  };
  configure(options);
  let seq = 0;
  let reading = 0;
  let skipped = 0;
  // Decoding runs in short slices: a burst of answers must not freeze the page.
  const work = slicedQueue<() => void>((job) => {
    try {
      job();
    } catch {
      // A decoding failure loses that call, never the page's.
    }
  });

  const observe: Observe = (exchange) => {
    const candidate = pageCandidate(exchange, relay, maxBodyBytes);
    if (!candidate) return null;
    if (candidate.kind === 'relay' && reading >= MAX_READS) {
      skipped++;
      return null;
    }
    reading++;
    const id = `w${++seq}`;
    return {
      maxBytes: candidate.maxBytes,
      take: (body) => {
        reading--;
        const finishedAt = b.now();
        // Decoded in a background task: the page's own continuation of this response goes first.
        nextTask(
          () =>
            work.push(() => {
              const call = decodeExchange(id, exchange, body, candidate, finishedAt);
              if (call) sink.add(call);
            }),
          'background',
        );
      },
    };
  };
  const guarded: Observe = (exchange) => {
    try {
      return observe(exchange);
    } catch {
      return null;
    }
  };
  const undo = [wrapFetch(win, b, guarded), wrapXhr(win, b, guarded)];
  return {
    get invalidRules() {
      return invalidRules;
    },
    configure,
    get skipped() {
      return skipped;
    },
    uninstall: () => undo.forEach((u) => u()),
  };
}
