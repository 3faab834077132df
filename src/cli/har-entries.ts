import { open, stat, type FileHandle } from 'node:fs/promises';
import type { HarEntryLike } from '../decode/har-entry';
import { HarScanner, HarSyntaxError, placeholderIndex, type LongString } from './har-scanner';

/** Larger files are refused: streaming keeps memory flat, but a report should not take hours. */
export const MAX_HAR_BYTES = 2 * 1024 ** 3;

/** Strings longer than this (bodies, mostly) stay in the file until an entry that is wanted needs them. */
const LONG_STRING = 2048;

export class HarFileError extends Error {}

async function readLongString(handle: FileHandle, at: LongString): Promise<string> {
  const bytes = Buffer.allocUnsafe(at.end - at.start);
  await handle.read(bytes, 0, bytes.length, at.start);
  return JSON.parse(bytes.toString('utf8')) as string;
}

/** The value with every long-string placeholder replaced by the string read back from the file. */
async function restore(value: unknown, long: readonly LongString[], handle: FileHandle): Promise<unknown> {
  if (typeof value === 'string') {
    const index = placeholderIndex(value);
    return index === null ? value : await readLongString(handle, long[index]!);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = await restore(value[i], long, handle);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = await restore(record[key], long, handle);
  }
  return value;
}

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
 * The entries of a HAR file that `wanted` accepts, one at a time. The file is scanned, never parsed
 * whole: an entry's long strings (bodies) are read from the file only when the entry is wanted, so
 * memory stays flat whatever the file's size and the bodies of other traffic are never materialised.
 * `wanted` sees the entry with its URL, method and short fields. Throws HarFileError for a missing,
 * unreadable or invalid file.
 */
export async function* harEntries(file: string, wanted: (entry: HarEntryLike) => boolean = () => true): AsyncGenerator<unknown> {
  await checkHarFile(file);
  const handle = await open(file, 'r');
  const scanner = new HarScanner(LONG_STRING);
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: 1024 * 1024, autoClose: false, start: 0 }) as AsyncIterable<Buffer>) {
      for (const { value, longStrings } of scanner.push(chunk)) {
        // Every item, whatever its type: the callers skip and count the ones that are not entries.
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          const long = typeof value === 'string' ? placeholderIndex(value) : null;
          yield long === null ? value : await readLongString(handle, longStrings[long]!);
          continue;
        }
        const entry = value as HarEntryLike;
        const url = entry.request?.url;
        if (typeof url === 'string' && placeholderIndex(url) !== null) entry.request!.url = await readLongString(handle, longStrings[placeholderIndex(url)!]!);
        if (wanted(entry)) yield (longStrings.length > 0 ? await restore(entry, longStrings, handle) : entry) as HarEntryLike;
      }
    }
    scanner.end();
  } catch (error) {
    if (error instanceof HarSyntaxError) throw new HarFileError(`${file} is not valid JSON: ${error.message}`);
    throw error;
  } finally {
    await handle.close();
  }
  if (!scanner.sawEntries) throw new HarFileError(`${file} is not a HAR file: it has no log.entries`);
}
