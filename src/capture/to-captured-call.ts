import type { CapturedCall, Header } from '../decode/types';
import type { Content } from './content';
import type { HarEntryLike } from './har-types';

function headers(list: Array<{ name?: string; value?: string }> | undefined): Header[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((h) => typeof h?.name === 'string')
    .map((h) => ({ name: String(h.name), value: typeof h.value === 'string' ? h.value : '' }));
}

/** Copies what the decoder needs out of a HAR entry, so the entry itself can be garbage-collected. */
export function toCapturedCall(id: string, entry: HarEntryLike, content: Content): CapturedCall {
  const request = entry.request ?? {};
  const response = entry.response ?? {};
  return {
    id,
    startedDateTime: typeof entry.startedDateTime === 'string' ? entry.startedDateTime : new Date().toISOString(),
    time: typeof entry.time === 'number' && Number.isFinite(entry.time) ? entry.time : 0,
    method: typeof request.method === 'string' ? request.method.toUpperCase() : 'GET',
    url: typeof request.url === 'string' ? request.url : '',
    status: typeof response.status === 'number' && Number.isFinite(response.status) ? response.status : 0,
    mimeType: typeof response.content?.mimeType === 'string' ? response.content.mimeType : '',
    requestHeaders: headers(request.headers),
    responseHeaders: headers(response.headers),
    requestBody: typeof request.postData?.text === 'string' ? request.postData.text : null,
    content: content.content,
    encoding: content.encoding,
  };
}

/** Identifies one request across getHAR() and onRequestFinished, which share no request id. */
export function entryKey(entry: HarEntryLike): string {
  return `${entry.startedDateTime ?? ''}|${entry.request?.method ?? ''}|${entry.request?.url ?? ''}`;
}
