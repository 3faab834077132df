import type { Knowledge } from '../../decode/knowledge/types';
import type { DecodedCall } from '../../decode/types';
import type { Messages, Lang } from '../../i18n';
import { rowContent, type Badge, type RowContent } from './row-content';

/** What every row's text depends on besides its call: a change rewrites every row. */
export interface RowContext {
  knowledge: Knowledge | null;
  t: Messages;
  lang: Lang;
  height: number;
}

/** One row element and its cells, written with plain DOM writes (no framework diff per row). */
interface Slot {
  row: HTMLDivElement;
  time: Text;
  method: Text;
  nameCell: HTMLSpanElement;
  name: Text;
  endpoint: HTMLSpanElement;
  host: Text;
  path: Text;
  status: Text;
  errcodeCell: HTMLSpanElement;
  errcode: Text;
  meaningCell: HTMLSpanElement;
  meaning: Text;
  duration: Text;
  relayed: HTMLSpanElement | null;
  product: HTMLSpanElement | null;
  leak: HTMLSpanElement | null;
  imported: HTMLSpanElement | null;
  /** What the row shows now: compared field by field, so an unchanged text is not written again. */
  call: DecodedCall | null;
  content: RowContent | null;
  context: RowContext | null;
  index: number;
  selected: boolean;
  className: string;
}

function cell(row: HTMLElement, column: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.setAttribute('role', 'gridcell');
  span.className = `c-${column}`;
  row.append(span);
  return span;
}

function textIn(parent: HTMLElement): Text {
  const text = document.createTextNode('');
  parent.append(text);
  return text;
}

function newSlot(id: string): Slot {
  const row = document.createElement('div');
  row.id = id;
  row.setAttribute('role', 'row');
  row.setAttribute('aria-selected', 'false');
  const time = textIn(cell(row, 'time'));
  const method = textIn(cell(row, 'method'));
  const nameCell = cell(row, 'name');
  const name = textIn(nameCell);
  const endpoint = cell(row, 'endpoint');
  const hostSpan = document.createElement('span');
  hostSpan.className = 'host';
  endpoint.append(hostSpan);
  const host = textIn(hostSpan);
  const path = textIn(endpoint);
  const status = textIn(cell(row, 'status'));
  const errcodeCell = cell(row, 'errcode');
  const errcode = textIn(errcodeCell);
  const meaningCell = cell(row, 'meaning');
  const meaning = textIn(meaningCell);
  const duration = textIn(cell(row, 'duration'));
  return { row, time, method, nameCell, name, endpoint, host, path, status, errcodeCell, errcode, meaningCell, meaning, duration,
    relayed: null, product: null, leak: null, imported: null, call: null, content: null, context: null, index: -1, selected: false, className: '' };
}

function setAttr(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

const sameBadge = (a: Badge | null, b: Badge | null): boolean => a?.text === b?.text && a?.title === b?.title;

/** A badge in the name cell: made when a row first needs it, removed when its call has none. */
function badge(el: HTMLSpanElement | null, want: Badge | null, className: string, place: (made: HTMLSpanElement) => void): HTMLSpanElement | null {
  if (!want) {
    el?.remove();
    return null;
  }
  const span = el ?? document.createElement('span');
  span.className = className;
  span.textContent = want.text;
  setAttr(span, 'title', want.title);
  if (!el) place(span);
  return span;
}

/** The cells holding one text each, named as the RowContent field they show. */
const TEXT_CELLS = ['time', 'method', 'host', 'path', 'status', 'errcode', 'meaning', 'duration'] as const;

/**
 * Writes what differs from `was`, the content the row showed before (null: a new row), comparing the
 * strings in hand rather than reading the DOM back: rows of neighbouring calls share most of their texts.
 */
function writeContent(s: Slot, c: RowContent, was: RowContent | null): void {
  const changed = (key: keyof RowContent): boolean => was === null || was[key] !== c[key];
  const row = s.row;
  if (changed('errcode')) row.setAttribute('data-errcode', c.errcode);
  if (changed('state')) row.setAttribute('data-state', c.state);
  if (changed('platform')) row.setAttribute('data-platform', c.platform);
  if (changed('leak')) setAttr(row, 'data-leak', c.leak ? 'true' : undefined);
  if (was === null || (was.relayed === null) !== (c.relayed === null)) setAttr(row, 'data-source', c.relayed ? 'relayed' : undefined);
  for (const key of TEXT_CELLS) if (changed(key)) s[key].data = c[key];
  if (changed('name')) s.name.data = ` ${c.name}`;
  if (changed('nameTitle')) setAttr(s.nameCell, 'title', c.nameTitle);
  if (changed('url')) s.endpoint.setAttribute('title', c.url);
  if (changed('errmsg')) setAttr(s.errcodeCell, 'title', c.errmsg);
  if (changed('meaningTitle')) setAttr(s.meaningCell, 'title', c.meaningTitle);
  // First in the cell, so a narrow column still shows them.
  if (was === null || !sameBadge(was.relayed, c.relayed)) s.relayed = badge(s.relayed, c.relayed, 'badge relayed', (b) => s.nameCell.prepend(b));
  if (was === null || !sameBadge(was.product, c.product) || was.product?.id !== c.product?.id) {
    s.product = badge(s.product, c.product, `badge product-${c.product?.id ?? ''}`, (b) => s.nameCell.insertBefore(b, s.name));
    if (s.product && c.product) {
      s.product.dataset['product'] = c.product.id;
      s.product.dataset['short'] = c.product.short;
    }
  }
  if (was === null || !sameBadge(was.leakBadge, c.leakBadge)) s.leak = badge(s.leak, c.leakBadge, 'badge leak', (b) => s.nameCell.insertBefore(b, s.imported));
  if (was === null || !sameBadge(was.imported, c.imported)) s.imported = badge(s.imported, c.imported, 'badge imported', (b) => s.nameCell.append(b));
}

/** Keeps row ids unique in a page where the list is mounted again (the JS-SDK view and back). */
let pools = 0;

/**
 * The list's rows: a fixed window of row elements, the rows in view and a few on each side. A call's
 * element is the one at its index modulo the window's size, so a call entering at one edge takes the
 * element of the call leaving at the other; scrolling rewrites those elements' texts in place, and a
 * row whose call, place and selection are unchanged is not touched at all.
 */
export class RowPool {
  private readonly slots: Slot[] = [];
  private readonly idPrefix = `call-row-${++pools}-`;
  /** The slots in the spacer, in the rows' order on screen. */
  private shown: Slot[] = [];
  private owns = '';

  /** `spacer`: the rows' parent, with the role of their row group. */
  constructor(private readonly spacer: HTMLElement) {}

  /** The rows drawn now, first..last-1 (null before the first drawing). */
  get drawn(): { first: number; last: number } | null {
    const first = this.shown[0];
    return first ? { first: first.index, last: this.shown.at(-1)!.index + 1 } : null;
  }

  /** Shows rows first..last-1 of `calls` in a window of `size` elements. */
  draw(calls: readonly DecodedCall[], first: number, last: number, size: number, selectedIndex: number, context: RowContext): void {
    while (this.slots.length < size) this.slots.push(newSlot(`${this.idPrefix}${this.slots.length}`));
    const wanted: Slot[] = [];
    for (let i = first; i < last; i++) {
      const s = this.slots[i % size]!;
      const call = calls[i]!;
      if (s.call !== call || s.context !== context) {
        const content = rowContent(call, context.knowledge, context.t, context.lang);
        writeContent(s, content, s.content);
        s.call = call;
        s.content = content;
      }
      const selected = i === selectedIndex;
      if (s.index !== i || s.context !== context) {
        s.row.style.top = `${i * context.height}px`;
        s.row.setAttribute('aria-rowindex', String(i + 2));
        s.row.setAttribute('data-index', String(i));
        s.index = i;
      }
      const className = `row state-${s.content!.state}${selected ? ' selected' : ''}`;
      if (s.className !== className) s.row.className = s.className = className;
      if (s.selected !== selected) s.row.setAttribute('aria-selected', String(selected));
      s.selected = selected;
      s.context = context;
      wanted.push(s);
    }
    this.order(wanted);
  }

  /**
   * Puts the wanted slots in the spacer and gives assistive technology their order on screen. Elements
   * stay where they are in the DOM: moving the row that left one edge to the other rebuilt its layout
   * objects (style, layout and paint of a whole row, about a fifth of a new call's cost in traces), so
   * the order is told by the row group's aria-owns instead.
   */
  private order(wanted: Slot[]): void {
    for (const s of this.shown) if (!wanted.includes(s)) s.row.remove();
    for (const s of wanted) if (s.row.parentNode !== this.spacer) this.spacer.append(s.row);
    const owns = wanted.map((s) => s.row.id).join(' ');
    if (owns !== this.owns) this.spacer.setAttribute('aria-owns', (this.owns = owns));
    this.shown = wanted;
  }
}
