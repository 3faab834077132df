import { parseErrmsg } from '../../decode/errmsg';
import { describeCode } from '../../decode/knowledge/lookup';
import type { Knowledge } from '../../decode/knowledge/types';
import { maskerFor } from '../../decode/mask';
import type { DecodedCall } from '../../decode/types';
import type { Lang, Messages } from '../../i18n';
import type { Host } from '../app/host';
import { copyText } from '../common/copy-text';
import { Menu, type MenuItem } from '../common/Menu';
import { asCurl, asFetch, asJson, bugReport } from '../details/copy-formats';

interface Props {
  call: DecodedCall;
  knowledge: Knowledge | null;
  t: Messages;
  lang: Lang;
  reveal: boolean;
  host: Host;
  x: number;
  y: number;
  /** Says what happened (copied, or what to do next) in the panel's notice line. */
  onNotice(text: string): void;
  onClose(): void;
}

/** A row's context menu: the details' copy formats, masked as there, and the ways out to docs and Network. */
export function RowMenu({ call, knowledge, t, lang, reveal, host, x, y, onNotice, onClose }: Props) {
  const mask = maskerFor(reveal);
  const copy = (text: () => string, what: string) => (): void => void copyText(text()).then((ok) => ok && onNotice(t.copiedWhat(what)));
  const rid = call.errmsg ? parseErrmsg(call.errmsg).rid : null;
  const docUrl = knowledge && call.errcode !== null ? describeCode(knowledge, call.platform, call.errcode, call.path).docUrl : null;
  // Network's filter matches the URL as text: host and path find the call and carry no secret.
  const networkFilter = `${call.host}${call.path}`;
  const items: MenuItem[] = [];
  if (knowledge) items.push({ id: 'copy-bug-report', label: t.copyBugReport, onSelect: copy(() => bugReport(call, knowledge, lang, mask), t.copyBugReport) });
  items.push(
    { id: 'copy-curl', label: t.copyCurl, onSelect: copy(() => asCurl(call, mask), t.copyCurl) },
    { id: 'copy-fetch', label: t.copyFetch, onSelect: copy(() => asFetch(call, mask), t.copyFetch) },
  );
  if (call.body.kind === 'json' || call.body.kind === 'text') items.push({ id: 'copy-json', label: t.copyJson, onSelect: copy(() => asJson(call, mask), t.copyJson) });
  if (rid) items.push({ id: 'copy-rid', label: t.copyRid, onSelect: copy(() => rid, t.copyRid) });
  items.push({ id: 'copy-url', label: t.copyUrl, onSelect: copy(() => mask.url(call.url), t.copyUrl) });
  if (docUrl) items.push({ id: 'open-doc', label: t.docs, onSelect: () => void window.open(docUrl, '_blank', 'noopener,noreferrer') });
  const show = host.showInNetwork;
  items.push({
    id: 'show-in-network',
    label: show ? t.showInNetwork : t.copyNetworkFilter,
    onSelect: show ? () => show(networkFilter) : () => void copyText(networkFilter).then((ok) => ok && onNotice(t.networkFilterCopied(networkFilter))),
  });
  return <Menu label={t.rowMenu} items={items} x={x} y={y} onClose={onClose} />;
}
