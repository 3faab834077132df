import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Knowledge } from '../../decode/knowledge/types';
import type { DecodedCall } from '../../decode/types';
import type { CallSort, SortKey } from './call-sort';
import { ROW_HEIGHT, TOUCH_ROW_HEIGHT } from './row-content';
import { RowPool, type RowContext } from './row-pool';
import { COLUMNS, columnLabel, MAX_WIDTH, MIN_WIDTH, SORTABLE, type ColumnId } from './columns';
import type { Messages, Lang } from '../../i18n';

/**
 * Rows kept beyond each edge of the view. A jump, or a scroll faster than a row a frame, rewrites every
 * row of the window, those out of view as much as those in it: four rows (88 px, about a wheel step)
 * took a third off a scroll frame's style time and a sixth off its paint against ten (README,
 * Performance).
 */
const OVERSCAN = 4;

interface Props {
  calls: readonly DecodedCall[];
  version: number;
  knowledge: Knowledge | null;
  t: Messages;
  lang: Lang;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** A row's context menu asked for (right-click, the ContextMenu key or Shift+F10), at x, y. */
  onRowMenu(call: DecodedCall, x: number, y: number): void;
  sort: CallSort | null;
  onSort(key: SortKey): void;
  /** Columns the user hid, and the widths they dragged (px). */
  hidden: readonly ColumnId[];
  widths: Partial<Record<ColumnId, number>>;
  /** A column dragged to `width`; `done` when the drag ends (time to remember it). */
  onResize(column: ColumnId, width: number, done: boolean): void;
  /** The header's context menu (which columns to show) asked for, at x, y. */
  onHeaderMenu(x: number, y: number): void;
  /** Rows sized for fingers (two lines each). */
  touch?: boolean;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A drag on a header cell's right edge: the column follows the pointer until it is let go. */
function startResize(event: PointerEvent, column: ColumnId, onResize: Props['onResize']): void {
  const handle = event.currentTarget as HTMLElement;
  const start = event.clientX;
  const startWidth = handle.parentElement?.getBoundingClientRect().width ?? 0;
  event.preventDefault();
  event.stopPropagation();
  handle.setPointerCapture(event.pointerId);
  const widthAt = (e: PointerEvent): number => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, startWidth + e.clientX - start)));
  const move = (e: PointerEvent): void => onResize(column, widthAt(e), false);
  const up = (e: PointerEvent): void => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', up);
    onResize(column, widthAt(e), true);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', up);
}

/** The calls as a virtualised grid: only the rows in view are in the DOM, however long the log. */
export function CallList(props: Props) {
  const { calls, version, knowledge, t, lang, selectedId, onSelect, onRowMenu, sort, onSort, hidden, widths, onResize, onHeaderMenu, touch = false } = props;
  const rowHeight = touch ? TOUCH_ROW_HEIGHT : ROW_HEIGHT;
  const viewport = useRef<HTMLDivElement>(null);
  const spacer = useRef<HTMLDivElement>(null);
  const pool = useRef<RowPool | null>(null);
  // Where the user scrolled to, or stuck to the bottom (following new calls, as the Network panel does).
  // Kept out of the component's state: scrolling redraws the rows directly, without a render.
  const scroll = useRef({ top: 0, stuck: true });
  // The viewport's height, read before the first rows are drawn (a guess drew them for the wrong window,
  // and the resize that corrected it laid the list out a second time before its first paint); a resize
  // redraws the rows directly, as scrolling does.
  const measured = useRef<number | null>(null);
  const context: RowContext = useMemo(() => ({ knowledge, t, lang, height: rowHeight }), [knowledge, t, lang, rowHeight]);
  const selectedIndex = selectedId === null ? -1 : calls.findIndex((c) => c.id === selectedId);

  const viewportHeight = (): number => (measured.current ??= viewport.current?.clientHeight ?? 0);
  const bottom = (): number => Math.max(0, calls.length * rowHeight - viewportHeight());
  // Row elements are recycled: the window always holds `slots` rows (the view and OVERSCAN rows on each
  // side) once there are that many calls (see RowPool). Following the bottom, the rows are drawn for where
  // the layout effect will scroll: no second layout in the same frame to catch up with the new position.
  const draw = (): void => {
    if (!spacer.current) return;
    pool.current ??= new RowPool(spacer.current);
    const inView = Math.ceil(viewportHeight() / rowHeight) + 2;
    const slots = inView + 2 * OVERSCAN;
    const top = scroll.current.stuck ? bottom() : scroll.current.top;
    const first = Math.max(0, Math.min(calls.length - slots, Math.floor(top / rowHeight) - OVERSCAN));
    // A jump (a scrollbar drag, a fast fling) lands where no row was drawn: every row of the window is
    // new, so only those in view are written; the spare rows come with the next drawing that overlaps (a
    // scroll, a new call). The first drawing is one too: the first paint waits for no row out of view.
    const drawn = pool.current.drawn;
    const jumped = drawn === null || first >= drawn.last || first + slots <= drawn.first;
    const from = jumped ? Math.max(0, Math.min(calls.length - inView, Math.floor(top / rowHeight) - 1)) : first;
    pool.current.draw(calls, from, Math.min(calls.length, from + (jumped ? inView : slots)), slots, selectedIndex, context);
  };
  // Writing scrollTop lays the list out in this task; the frame then finds it laid out (deferring the
  // write to the frame would only move that layout).
  const follow = (): void => {
    const el = viewport.current;
    if (el && scroll.current.stuck) el.scrollTop = bottom();
  };
  useLayoutEffect(draw);
  useLayoutEffect(follow, [version]);
  const latest = useRef({ draw, follow });
  latest.current = { draw, follow };

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight === measured.current) return;
      measured.current = el.clientHeight;
      latest.current.draw();
      latest.current.follow();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Scroll events come once a frame, before its layout: the last frame's layout is still valid, so
  // reading the position and extent here forces none.
  const onScroll = (): void => {
    const el = viewport.current;
    if (!el) return;
    const position = el.scrollTop;
    const atBottom = position >= el.scrollHeight - el.clientHeight - rowHeight;
    // Scrolling the list ourselves to the bottom fires this too: nothing changed for the rows then.
    if (scroll.current.stuck && atBottom) return;
    scroll.current.top = position;
    scroll.current.stuck = atBottom;
    draw();
  };

  // One listener for all rows, so a row needs no handler of its own.
  const onClick = (event: MouseEvent): void => {
    const row = event.target instanceof Element ? event.target.closest<HTMLElement>('.row[data-index]') : null;
    const call = row ? calls[Number(row.dataset['index'])] : undefined;
    if (call) onSelect(call.id);
  };

  const onContextMenu = (event: MouseEvent): void => {
    const row = event.target instanceof Element ? event.target.closest<HTMLElement>('.row[data-index]') : null;
    const call = row ? calls[Number(row.dataset['index'])] : undefined;
    if (!call) return;
    event.preventDefault();
    onRowMenu(call, event.clientX, event.clientY);
  };

  // A sortable header (not its resize handle) sorts on a click, and on Enter or Space when focused.
  const sortBy = (target: EventTarget | null): boolean => {
    const key = target instanceof HTMLElement ? (target.dataset['sort'] as SortKey | undefined) : undefined;
    if (key) onSort(key);
    return key !== undefined;
  };

  // Keyboard moves the selection like in the Network panel; the selected row is kept in view.
  const onKeyDown = (event: KeyboardEvent): void => {
    if ((event.key === 'Enter' || event.key === ' ') && sortBy(event.target)) {
      event.preventDefault();
      return;
    }
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    if (step !== undefined && calls.length > 0) {
      event.preventDefault();
      const next = Math.min(calls.length - 1, Math.max(0, (selectedIndex < 0 ? (step > 0 ? -1 : calls.length) : selectedIndex) + step));
      onSelect(calls[next]!.id);
      const el = viewport.current;
      if (el) {
        const top = next * rowHeight;
        if (top < el.scrollTop) el.scrollTop = top;
        else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
      }
    } else if (event.key === 'Escape') {
      onSelect(null);
    } else if ((event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) && selectedIndex >= 0) {
      event.preventDefault();
      // The menu opens under the selected row, as a right-click there would.
      const row = viewport.current?.querySelector(`.row[data-index="${selectedIndex}"]`)?.getBoundingClientRect();
      onRowMenu(calls[selectedIndex]!, row ? row.left + 24 : 0, row ? row.bottom : 0);
    }
  };

  return (
    <div
      class="grid"
      role="grid"
      aria-label={t.title}
      aria-rowcount={calls.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-hidden={hidden.length > 0 ? hidden.join(' ') : undefined}
      style={Object.fromEntries(Object.entries(widths).map(([c, w]) => [`--w-${c}`, `${w}px`]))}
    >
      <div
        class="row header"
        role="row"
        aria-rowindex={1}
        onContextMenu={(e) => {
          e.preventDefault();
          onHeaderMenu(e.clientX, e.clientY);
        }}
        onClick={(e) => sortBy(e.target)}
      >
        {COLUMNS.map((id) => {
          const key = SORTABLE[id];
          return (
            <span
              role="columnheader"
              class={`c-${id}`}
              data-sort={key}
              aria-sort={key ? (sort?.key === key ? ARIA_SORT[sort.dir] : 'none') : undefined}
              tabIndex={key ? 0 : undefined}
            >
              {columnLabel(t, id)}
              <span class="col-resizer" aria-hidden="true" onPointerDown={(e) => startResize(e, id, onResize)} />
            </span>
          );
        })}
      </div>
      <div class="viewport" ref={viewport} onScroll={onScroll}>
        <div class="spacer" role="rowgroup" ref={spacer} style={{ height: `${calls.length * rowHeight}px` }} onClick={onClick} onContextMenu={onContextMenu} />
      </div>
    </div>
  );
}
