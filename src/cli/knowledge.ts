import { compileKnowledge } from '../decode/knowledge/compile';
import { rawKnowledge } from '../decode/knowledge/raw-data';
import type { Knowledge } from '../decode/knowledge/types';

let cached: Knowledge | undefined;

/** The command line compiles data/ once at start, the same way the build does for the panel. */
export function knowledge(): Knowledge {
  return (cached ??= compileKnowledge(rawKnowledge));
}
