import { parseErrmsg } from '../../decode/errmsg';
import { describeCode } from '../../decode/knowledge/lookup';
import type { Knowledge } from '../../decode/knowledge/types';
import { maskerFor } from '../../decode/mask';
import type { DecodedCall } from '../../decode/types';
import type { Lang, Messages } from '../../i18n';
import { menuMessages } from '../../i18n/menu-messages';
import type { Host } from '../app/host';
import { copyText } from '../common/copy-text';
import { Menu, type MenuItem } from '../common/Menu';
import { asCurl, asFetch, asJson, bugReport } from '../details/copy-formats';
import { COLUMNS, columnLabel, REQUIRED, type ColumnId } from './columns';

interface RowMenuProps {
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

/*
 * The list's context menus, loaded together the first time either is asked for: a row's and the header's.
 */

/** A row's context menu: the details' copy formats, masked as there, and the ways out to docs and Network. */
export function RowMenu({ call, knowledge, t, lang, reveal, host, x, y, onNotice, onClose }: RowMenuProps) {
  const mask = maskerFor(reveal);
  const m = menuMessages[lang];
  const copy = (text: () => string, what: string) => (): void => void copyText(text()).then((ok) => ok && onNotice(m.copiedWhat(what)));
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
  if (rid) items.push({ id: 'copy-rid', label: m.copyRid, onSelect: copy(() => rid, m.copyRid) });
  items.push({ id: 'copy-url', label: m.copyUrl, onSelect: copy(() => mask.url(call.url), m.copyUrl) });
  if (docUrl) items.push({ id: 'open-doc', label: t.docs, onSelect: () => void window.open(docUrl, '_blank', 'noopener,noreferrer') });
  const show = host.showInNetwork;
  items.push({
    id: 'show-in-network',
    label: show ? m.showInNetwork : m.copyNetworkFilter,
    onSelect: show ? () => show(networkFilter) : () => void copyText(networkFilter).then((ok) => ok && onNotice(m.networkFilterCopied(networkFilter))),
  });
  return <Menu label={m.rowMenu} items={items} x={x} y={y} onClose={onClose} />;
}

interface ColumnsMenuProps {
  t: Messages;
  lang: Lang;
  x: number;
  y: number;
  hidden: readonly ColumnId[];
  onChange(hidden: ColumnId[]): void;
  onClose(): void;
}

/** The header's context menu: a checkbox per optional column, as in the Network panel. */
export function ColumnsMenu({ t, lang, x, y, hidden, onChange, onClose }: ColumnsMenuProps) {
  const items = COLUMNS.filter((c) => !REQUIRED.includes(c)).map((c) => {
    const shown = !hidden.includes(c);
    return { id: `column-${c}`, label: columnLabel(t, c), checked: shown, onSelect: () => onChange(shown ? [...hidden, c] : hidden.filter((h) => h !== c)) };
  });
  return <Menu label={menuMessages[lang].columnsMenu} items={items} x={x} y={y} keepOpen onClose={onClose} />;
}
