import { looksBinary, sniffBinary } from '../../decode/sniff';
import type { Builtins } from './builtins';
import type { PageBody } from './exchange';

export const NO_BODY: PageBody = { content: null, encoding: '' };

function base64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  return btoa(binary);
}

/** Bytes of a known binary format (or plainly not text) go to the decoder as base64, text as text. */
export function bytesToBody(bytes: Uint8Array, b: Builtins): PageBody {
  if (sniffBinary(bytes) !== null || looksBinary(bytes) || !b.TextDecoder) return { content: base64(bytes), encoding: 'base64' };
  return { content: new b.TextDecoder('utf-8').decode(bytes), encoding: '' };
}

/** At most `maxBytes` of a stream (the clone of a page's response), then it is let go. */
export async function readStream(stream: unknown, maxBytes: number, b: Builtins): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array(0);
  const reader = b.call(b.stream.getReader, stream) as object | undefined;
  if (!reader) return null;
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const step = (await b.call(b.reader.read, reader)) as { done: boolean; value?: Uint8Array };
    if (step.done) break;
    if (!(step.value instanceof Uint8Array)) break;
    parts[parts.length] = step.value;
    length += step.value.length;
    if (length >= maxBytes) {
      // The page's own branch of the stream goes on; only ours is let go.
      void (b.call(b.reader.cancel, reader) as Promise<unknown>)?.catch?.(() => undefined);
      break;
    }
  }
  const out = new Uint8Array(Math.min(length, maxBytes));
  let at = 0;
  for (const part of parts) {
    if (at >= out.length) break;
    const take = part.subarray(0, out.length - at);
    out.set(take, at);
    at += take.length;
  }
  return out;
}

/** Text cut to a size cap, counted in characters (the decoder's caps are in characters too). */
export const capText = (text: string, maxBytes: number): PageBody => ({ content: text.length > maxBytes ? text.slice(0, maxBytes) : text, encoding: '' });
