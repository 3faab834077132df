import type { Lang } from '../decode/knowledge/types';

/** A mistake in how the command was called: exit status 2 and the usage text. */
export class UsageError extends Error {}

export function parseLang(value: string | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if (value === 'zh' || value === 'en') return value;
  throw new UsageError(`--lang must be zh or en, not "${value}"`);
}
