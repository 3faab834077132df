/** A number whose value differs from how it was written (a msgid beyond 2^53, `1.0`, `1e2`): its text. */
export class RawNumber {
  constructor(readonly text: string) {}
}

type Reviver = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

/**
 * JSON parsed for display: numbers that JavaScript cannot hold as written keep their text (JSON.parse
 * hands revivers the source text in Chromium 114+, Firefox 135+, Node 21+; elsewhere they stay numbers).
 * undefined when the text is not JSON.
 */
export function parseJsonKeepingNumbers(text: string): unknown {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  const reviver: Reviver = (_key, value, context) => (typeof value === 'number' && context?.source !== undefined && String(value) !== context.source ? new RawNumber(context.source) : value);
  try {
    return JSON.parse(trimmed, reviver as (this: unknown, key: string, value: unknown) => unknown) as unknown;
  } catch {
    return undefined;
  }
}
