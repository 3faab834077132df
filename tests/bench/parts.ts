import { fileURLToPath } from 'node:url';
import { fill, firstPaint, ingest, openBench, scroll } from './panel-bench';
import { throttleCpu } from './throttle';

/** The panel benchmark's pieces that `npm run bench -- --only=…` can run alone. */
export const PARTS = ['scroll', 'first-paint', 'ingest'] as const;
export type Part = (typeof PARTS)[number];

export interface PartsOptions {
  parts: readonly Part[];
  /** Builds to measure (directories relative to the repository), taking turns round by round. */
  dists: readonly string[];
  rounds: number;
  /** CPU throttling of the extension's pages (1: none). */
  rate: number;
}

/** Reads `--only=scroll,ingest --against=.tmp/dist-old --rounds=2 --rate=4`; null without `--only`. */
export function partsOptions(argv: readonly string[]): PartsOptions | null {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only');
  if (only === undefined) return null;
  const parts = only.split(',').map((p) => {
    if (!(PARTS as readonly string[]).includes(p)) throw new Error(`--only: ${p} is none of ${PARTS.join(', ')}`);
    return p as Part;
  });
  const against = value('against');
  return { parts, dists: against ? [against, 'dist'] : ['dist'], rounds: Number(value('rounds') ?? '1'), rate: Number(value('rate') ?? '1') };
}

/**
 * Runs the chosen pieces, each build in a browser of its own, builds taking turns (A B, then B A in the
 * next round) so that a shared machine's load changes hit both alike. Prints each run's notes; writes nothing.
 */
export async function runParts({ parts, dists, rounds, rate }: PartsOptions, log: (line: string) => void): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? dists : [...dists].reverse();
    for (const part of parts) {
      for (const dist of order) {
        const { bench, close } = await openBench(fileURLToPath(new URL(`../../${dist}`, import.meta.url)), part === 'scroll');
        try {
          if (part === 'scroll') await fill(bench, 20_000, 2_000);
          const release = rate > 1 ? await throttleCpu(bench.context, [bench.window.host], rate) : async () => undefined;
          const notes: string[] = [];
          try {
            if (part === 'scroll') await scroll(bench, notes, '');
            else if (part === 'first-paint') await firstPaint(bench, notes, '');
            else await ingest(bench, notes, '');
          } finally {
            await release();
          }
          log(`${dist} ${rate}× round ${round + 1}: ${notes.join(' | ')}`);
        } finally {
          await close();
        }
      }
    }
  }
}
