import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../decode/knowledge/types';
import { PLATFORMS, type Platform } from '../decode/types';

export function parsePlatform(value: string | undefined): Platform | undefined {
  if (value === undefined) return undefined;
  if ((PLATFORMS as readonly string[]).includes(value)) return value as Platform;
  throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')}, not "${value}"`);
}

/** A mistake in how the command was called: exit status 2 and the usage text. */
export class UsageError extends Error {}

export function parseLang(value: string | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if (value === 'zh' || value === 'en') return value;
  throw new UsageError(`--lang must be zh or en, not "${value}"`);
}

const NEGATIVE_NUMBER = /^-\d+$/;

/**
 * parseArgs, except that a negative number (`-1`, WeChat's "system busy") is a positional value rather
 * than an unknown short option. Positionals keep the order they were given in.
 */
export function parseArgsWithNegatives<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], config: { options: T }) {
  const negatives: Array<{ at: number; value: string }> = [];
  const rest: number[] = [];
  args.forEach((arg, at) => {
    const previous = args[at - 1];
    const awaitsValue = previous?.startsWith('--') === true && !previous.includes('=') && config.options[previous.slice(2)]?.type === 'string';
    if (NEGATIVE_NUMBER.test(arg) && !awaitsValue) negatives.push({ at, value: arg });
    else rest.push(at);
  });
  const parsed = parseArgs({ options: config.options, args: rest.map((at) => args[at]!), allowPositionals: true, tokens: true });
  const positionals = [
    ...parsed.tokens.flatMap((t) => (t.kind === 'positional' ? [{ at: rest[t.index]!, value: t.value }] : [])),
    ...negatives,
  ]
    .sort((a, b) => a.at - b.at)
    .map((p) => p.value);
  return { values: parsed.values, positionals };
}
