import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import Assembler from 'stream-json/assembler.js';
import { ignore } from 'stream-json/filters/ignore.js';
import { maskerFor } from '../decode/mask';
import { maskHarValue } from '../decode/mask/har';
import { isWellFormedEntry } from '../decode/har-entry';
import { checkHarFile, HarFileError, harEntries } from './har-entries';

/** Everything of the file but `log.entries` (creator, browser, pages…): small, so assembled whole. */
async function harHead(file: string): Promise<Record<string, unknown>> {
  await checkHarFile(file);
  const assembler = new Assembler();
  const tokens = chain([createReadStream(file), parser(), ignore({ filter: 'log.entries' })]);
  try {
    for await (const token of tokens as AsyncIterable<Parameters<Assembler['consume']>[0]>) assembler.consume(token);
  } catch (error) {
    throw new HarFileError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const head = assembler.current as unknown;
  const log = (head as { log?: unknown } | null)?.log;
  if (log === null || typeof log !== 'object' || Array.isArray(log)) throw new HarFileError(`${file} is not a HAR file: it has no log.entries`);
  return log as Record<string, unknown>;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * Writes a sanitized copy of a HAR file: every URL, header, cookie, query and form pair, body
 * (base64 ones decoded, masked, encoded again) and echoed text masked by the same module as the panel.
 * Entries are streamed one at a time. Returns how many entries were copied.
 */
export async function maskHar(file: string, out: Writable): Promise<{ copied: number; skipped: number }> {
  const mask = maskerFor(false);
  const { entries: _entries, ...log } = await harHead(file);
  const masked = maskHarValue(log, mask) as Record<string, unknown>;
  const head = JSON.stringify({ log: masked });
  // The head ends with `}}`: entries go inside `log`, after its other fields.
  await write(out, `${head.slice(0, -2)}${Object.keys(masked).length > 0 ? ',' : ''}"entries":[`);
  let count = 0;
  let skipped = 0;
  for await (const entry of harEntries(file)) {
    // A malformed entry is masked all the same (every string in it), so nothing is lost from the copy.
    if (!isWellFormedEntry(entry)) skipped++;
    await write(out, `${count > 0 ? ',\n' : '\n'}${JSON.stringify(maskHarValue(entry, mask))}`);
    count++;
  }
  await write(out, '\n]}}\n');
  return { copied: count, skipped };
}

/** To a file: written beside it first, so a failure leaves no half-masked copy under the name asked for. */
export async function maskHarToFile(file: string, target: string): Promise<{ copied: number; skipped: number }> {
  const partial = `${target}.partial`;
  const out = createWriteStream(partial);
  try {
    const count = await maskHar(file, out);
    out.end();
    await once(out, 'finish');
    await rename(partial, target);
    return count;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
