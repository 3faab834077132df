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

function newSlot(): Slot {
  const row = document.createElement('div');
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
    if (s.product && c.product) s.product.dataset['product'] = c.product.id;
  }
  if (was === null || !sameBadge(was.leakBadge, c.leakBadge)) s.leak = badge(s.leak, c.leakBadge, 'badge leak', (b) => s.nameCell.insertBefore(b, s.imported));
  if (was === null || !sameBadge(was.imported, c.imported)) s.imported = badge(s.imported, c.imported, 'badge imported', (b) => s.nameCell.append(b));
}

/**
 * The list's rows: a window of row elements, the rows in view and a few on each side, kept in the
 * spacer in the rows' order (for assistive technology). Scrolling by a few rows moves only the elements
 * of the rows that left at one edge to the other, for the rows entering there; a jump (no row in
 * common) rewrites the elements where they stand, moving none. A row whose call, place and selection
 * are unchanged is not touched at all.
 */
export class RowPool {
  /** The slots in the spacer, in DOM order, showing rows shownFirst… */
  private shown: Slot[] = [];
  private shownFirst = 0;
  private readonly spare: Slot[] = [];

  constructor(private readonly spacer: HTMLElement) {}

  /** Shows rows first..last-1 of `calls`. */
  draw(calls: readonly DecodedCall[], first: number, last: number, selectedIndex: number, context: RowContext): void {
    const slots = this.place(first, Math.max(0, last - first));
    slots.forEach((s, j) => {
      const i = first + j;
      const call = calls[i]!;
      if (s.call !== call || s.context !== context) {
        const content = rowContent(call, context.knowledge, context.t, context.lang);
        writeContent(s, content, s.content);
        s.call = call;
        s.content = content;
      }
      if (s.index !== i || s.context !== context) {
        s.row.style.top = `${i * context.height}px`;
        s.row.setAttribute('aria-rowindex', String(i + 2));
        s.row.setAttribute('data-index', String(i));
        s.index = i;
      }
      const selected = i === selectedIndex;
      const className = `row state-${s.content!.state}${selected ? ' selected' : ''}`;
      if (s.className !== className) s.row.className = s.className = className;
      if (s.selected !== selected) s.row.setAttribute('aria-selected', String(selected));
      s.selected = selected;
      s.context = context;
    });
  }

  /** The slots for `n` rows from `first`, in the spacer in that order, with as few moves as it takes. */
  private place(first: number, n: number): Slot[] {
    const shown = this.shown;
    const shift = first - this.shownFirst;
    let next: Slot[];
    if (shown.length === n && shift !== 0 && Math.abs(shift) < n) {
      if (shift > 0) {
        // Down: the rows that left at the top serve those entering at the bottom.
        next = [...shown.slice(shift), ...shown.slice(0, shift)];
        if (shift <= n / 2) for (const s of shown.slice(0, shift)) this.spacer.append(s.row);
        else for (const s of shown.slice(shift).reverse()) this.spacer.prepend(s.row);
      } else {
        const k = -shift;
        next = [...shown.slice(n - k), ...shown.slice(0, n - k)];
        if (k <= n / 2) for (const s of shown.slice(n - k).reverse()) this.spacer.prepend(s.row);
        else for (const s of shown.slice(0, n - k)) this.spacer.append(s.row);
      }
    } else {
      // The same rows, a jump, or a window of another size: the elements stay where they are.
      next = shown.slice(0, n);
      for (const s of shown.slice(n)) {
        s.row.remove();
        this.spare.push(s);
      }
      while (next.length < n) {
        const s = this.spare.pop() ?? newSlot();
        this.spacer.append(s.row);
        next.push(s);
      }
    }
    this.shown = next;
    this.shownFirst = first;
    return next;
  }
}
