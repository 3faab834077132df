import { endpointName, productOf } from '../../decode/knowledge/lookup';
import { maskText, maskUrl } from '../../decode/mask';
import type { Knowledge, Product } from '../../decode/knowledge/types';
import type { DecodedCall } from '../../decode/types';
import { labelOf } from './call-label';
import { formatClock, formatDuration } from '../common/format';
import type { Messages, Lang } from '../../i18n';

export const ROW_HEIGHT = 22;
/** A row on a touch screen: two lines, tall enough for a finger (touch.css, `.app.touch .row`). */
export const TOUCH_ROW_HEIGHT = 52;

export interface Badge {
  text: string;
  title?: string;
}

/**
 * What one call's row shows, as plain strings (masked): the row pool writes them into its cells
 * (row-pool.ts). An absent title or badge is left out of the row.
 */
export interface RowContent {
  state: DecodedCall['state'];
  platform: DecodedCall['platform'];
  errcode: string;
  leak: boolean;
  relayed: Badge | null;
  /** `short`: shown instead of the text where the name column is narrow (panel.css). */
  product: (Badge & { id: Product; short: string }) | null;
  imported: Badge | null;
  leakBadge: Badge | null;
  time: string;
  method: string;
  name: string;
  /** The endpoint's name in the other language. */
  nameTitle?: string;
  host: string;
  path: string;
  url: string;
  status: string;
  errmsg?: string;
  meaning: string;
  meaningTitle?: string;
  duration: string;
}

export function rowContent(call: DecodedCall, knowledge: Knowledge | null, t: Messages, lang: Lang): RowContent {
  const label = labelOf(call, knowledge, t, lang);
  const url = maskUrl(call.url);
  const name = knowledge ? endpointName(knowledge, call.platform, call.path) : null;
  const product = knowledge ? productOf(knowledge, call.platform, call.path) : null;
  return {
    state: call.state,
    platform: call.platform,
    errcode: call.errcode === null ? '' : String(call.errcode),
    leak: call.leakedSecrets.length > 0,
    relayed: call.relay ? { text: t.relayedBadge, title: t.relayedTitle(url) } : null,
    product: product ? { id: product, text: t.productNames[product], title: t.productNames[product], short: t.productShort[product] } : null,
    leakBadge: call.leakedSecrets.length > 0 ? { text: t.leakBadge, title: t.leakTitle(call.leakedSecrets.join(', ')) } : null,
    imported: call.importedFrom ? { text: t.importedTag, title: call.importedFrom } : null,
    time: formatClock(call.startedDateTime),
    method: call.method,
    name: name ? name[lang] : '',
    ...(name ? { nameTitle: name[lang === 'zh' ? 'en' : 'zh'] } : {}),
    host: call.host,
    path: maskUrl(call.path),
    url,
    status: call.status ? String(call.status) : '—',
    ...(call.errmsg === null ? {} : { errmsg: maskText(call.errmsg) }),
    meaning: label.text,
    ...(label.title === undefined ? {} : { meaningTitle: label.title }),
    duration: formatDuration(call.time),
  };
}

/** Every text a row shows, titles included (for the tests that look for secrets). */
export function rowTexts(c: RowContent): string[] {
  const badges = [c.relayed, c.leakBadge, c.imported].flatMap((b) => (b ? [b.text, b.title ?? ''] : []));
  return [c.time, c.method, c.product?.text ?? '', c.name, c.nameTitle ?? '', c.host, c.path, c.url, c.status, c.errcode, c.errmsg ?? '', c.meaning, c.meaningTitle ?? '', c.duration, ...badges];
}
