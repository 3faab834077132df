import { decodeHarEntry, isWellFormedEntry } from '../../decode/har-entry';
import type { Masker } from '../../decode/mask';
import type { RelayConfig } from '../../decode/relay/decode-relayed';
import type { DecodedCall } from '../../decode/types';

import { MAX_IMPORT_BYTES } from './import-limit';

function queryString(url: string): Array<{ name: string; value: string }> {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/** The calls as a HAR 1.2 log, masked by `mask` (HAR files get attached to tickets and shared). */
export function toHar(calls: readonly DecodedCall[], mask: Masker, version: string): object {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WeChat API Inspector', version },
      pages: [],
      entries: calls.map((call) => {
        const url = mask.url(call.url);
        const text = call.body.kind === 'json' || call.body.kind === 'text' ? mask.body(call.body.text) : undefined;
        const contentType = call.requestHeaders.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? 'application/json';
        return {
          startedDateTime: call.startedDateTime,
          time: call.time,
          request: {
            method: call.method,
            url,
            httpVersion: '',
            headers: mask.headers(call.requestHeaders),
            queryString: queryString(url),
            cookies: [],
            headersSize: -1,
            bodySize: call.requestBody === null ? 0 : call.requestBody.length,
            ...(call.requestBody === null ? {} : { postData: { mimeType: contentType, text: mask.body(call.requestBody) } }),
          },
          response: {
            status: call.status,
            statusText: '',
            httpVersion: '',
            headers: mask.headers(call.responseHeaders),
            cookies: [],
            content: { size: call.body.kind === 'binary' ? call.body.bytes : (text?.length ?? 0), mimeType: call.mimeType, ...(text === undefined ? {} : { text }) },
            redirectURL: '',
            headersSize: -1,
            bodySize: -1,
          },
          cache: {},
          timings: call.timings ?? { send: 0, wait: call.time, receive: 0 },
        };
      }),
    },
  };
}

/** `skipped`: entries of other hosts; `malformed`: entries with wrong field types, left out and counted. */
export type HarImport = { calls: DecodedCall[]; skipped: number; malformed: number } | { error: 'not-json' | 'not-har' | 'too-large' };

/** The WeChat calls of a saved HAR, decoded offline exactly as live calls are (relayed ones with `relay`). */
export function fromHar(text: string, fileName: string, relay?: RelayConfig): HarImport {
  if (text.length > MAX_IMPORT_BYTES) return { error: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'not-json' };
  }
  const entries = (parsed as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) return { error: 'not-har' };
  const stamp = Date.now().toString(36);
  const calls: DecodedCall[] = [];
  let malformed = 0;
  entries.forEach((entry: unknown, i) => {
    if (!isWellFormedEntry(entry)) {
      malformed++;
      return;
    }
    const call = decodeHarEntry(entry, `har-${stamp}-${i}`, relay);
    if (call) calls.push({ ...call, importedFrom: fileName });
  });
  return { calls, skipped: entries.length - calls.length - malformed, malformed };
}
