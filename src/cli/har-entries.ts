import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';

/** Larger files are refused: streaming keeps memory flat, but a report should not take hours. */
export const MAX_HAR_BYTES = 2 * 1024 ** 3;

export class HarFileError extends Error {}

/** Throws HarFileError for a missing or unreadable file, or one over MAX_HAR_BYTES. */
export async function checkHarFile(file: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new HarFileError(`${file} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof HarFileError) throw error;
    throw new HarFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > MAX_HAR_BYTES) throw new HarFileError(`${file} is ${(size / 1024 ** 3).toFixed(1)} GiB; the limit is ${MAX_HAR_BYTES / 1024 ** 3} GiB`);
}

/**
 * The items of a HAR file's `log.entries`, one at a time: the file is streamed, so a 200 MB HAR never sits in memory
 * whole; only the entry being read does. Throws HarFileError for a missing, unreadable or invalid file.
 */
export async function* harEntries(file: string): AsyncGenerator<unknown> {
  await checkHarFile(file);
  let sawEntries = false;
  const pipeline = chain([
    createReadStream(file),
    parser(),
    pick({
      filter: (stack: readonly (string | number | null)[]) => {
        const hit = stack.length === 2 && stack[0] === 'log' && stack[1] === 'entries';
        if (hit) sawEntries = true;
        return hit;
      },
    }),
    streamArray(),
  ]);
  try {
    // Every item, whatever its type: the callers skip and count the ones that are not entries.
    for await (const item of pipeline as AsyncIterable<{ value: unknown }>) yield item.value;
  } catch (error) {
    throw new HarFileError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!sawEntries) throw new HarFileError(`${file} is not a HAR file: it has no log.entries`);
}
