import { callbackOrPromise } from './callback-or-promise';

/** The slice of `devtools.inspectedWindow` capture needs. */
export interface InspectedWindowLike {
  eval(expression: string, callback?: (result: unknown, exception: unknown) => void): unknown;
  reload(options?: { ignoreCache?: boolean; injectedScript?: string }): void;
}

/** eval answers `[result, exceptionInfo]` as callback arguments or as one promised array. */
function evalResult(args: unknown[] | null): unknown {
  if (!args) return undefined;
  const [first, second] = Array.isArray(args[0]) && args.length === 1 ? (args[0] as unknown[]) : args;
  const failed = second !== undefined && second !== null && (second as { isException?: boolean }).isException !== false;
  return failed ? undefined : first;
}

/** The value of `expression` in the inspected page; undefined when it threw, failed or timed out. */
export function evalInPage(win: Pick<InspectedWindowLike, 'eval'>, expression: string, timeoutMs: number): Promise<unknown> {
  return callbackOrPromise((cb) => (cb ? win.eval(expression, cb) : win.eval(expression)), timeoutMs).then(evalResult);
}
