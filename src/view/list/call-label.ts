import { answeredNotJson } from '../../decode/answered-not-json';
import { describeCode } from '../../decode/knowledge/lookup';
import type { Knowledge } from '../../decode/knowledge/types';
import type { DecodedCall } from '../../decode/types';
import type { Messages, Lang } from '../../i18n';

export interface Label {
  text: string;
  title?: string;
}

/** The short text of a row's "Meaning" column. */
export function labelOf(call: DecodedCall, k: Knowledge | null, t: Messages, lang: Lang): Label {
  if (call.state === 'no-body') return { text: t.noBody, title: t.noBodyTitle };
  if (call.state === 'encrypted') return { text: t.encryptedLabel, title: t.encryptedTitle };
  if (call.errcode !== null && call.errcode !== 0) {
    if (!k) return { text: t.loadingMeaning };
    const info = describeCode(k, call.platform, call.errcode, call.path);
    return info.meaning ? { text: info.meaning[lang], title: info.meaning[lang === 'zh' ? 'en' : 'zh'] } : { text: t.unknownCode(call.errcode) };
  }
  if (call.state === 'warning' && (call.itemFailures.length > 0 || call.partialFailures.length > 0)) {
    return { text: t.partialFailure(call.itemFailures.length + call.partialFailures.length), title: t.partialTitle };
  }
  if (call.errcodeUnreadable) return { text: t.unreadableErrcode, title: t.unreadableErrcodeTitle };
  if (call.state === 'error') return { text: t.httpError(call.status) };
  if (call.body.kind === 'empty') return { text: t.emptyBody };
  if (answeredNotJson(call.body, call.platform)) return { text: t.notJson, title: t.notJsonAnswer };
  if (call.body.kind === 'binary') return { text: t.binaryBody(call.body.bytes, call.body.sniffed) };
  return { text: t.ok };
}
