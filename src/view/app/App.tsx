import { useSignal, type Signal } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import { messagesFor, type Lang } from '../../i18n';
import type { DecodedCall } from '../../decode/types';
import type { CaptureConnection } from '../../link/capture-connection';
import { NO_FILTER, type CallFilter } from '../list/call-filter';
import { readSort, sortCalls, nextSort, type CallSort } from '../list/call-sort';
import { CallList } from '../list/CallList';
import { readHidden, readWidths, type ColumnId } from '../list/columns';
import { EmptyLog } from '../list/EmptyLog';
import { useFilteredCalls } from '../list/use-filtered-calls';
import { useSelection } from '../list/use-selection';
import { LookupBox } from '../lookup/LookupBox';
import { exportHar, importHar } from '../toolbar/har-transfer';
import { ActionBar, FilterBar } from '../toolbar/Toolbar';
import { Banners } from './Banners';
import type { Host } from './host';
import { knowledge } from './knowledge-loader';
import { useFileDrop } from './use-file-drop';
import { useLazy } from './use-lazy';
import { numberIn, usePref } from './prefs';
import { Splitter } from './Splitter';
import { useShortcuts } from './use-shortcuts';
import { useWidth } from './use-width';
import { ViewTabs, type PanelView } from './ViewTabs';

/** Below this panel width the details go under the list (a right dock), as in the Network panel. */
const STACK_BELOW = 720;

interface Props {
  connection: CaptureConnection;
  lang: Signal<Lang>;
  host: Host;
}

/** The panel: its two views, the toolbar over them and the lines between. */
export function App({ connection, lang, host }: Props) {
  const t = messagesFor(lang.value);
  const version = connection.version.value;
  const all = connection.store.calls;
  const k = knowledge.value;
  const settings = connection.settings.value;
  const filter = useSignal<CallFilter>(NO_FILTER);
  const reveal = useSignal(false);
  const notice = useSignal<string | null>(null);
  const filterInput = useRef<HTMLInputElement>(null);
  const view = useSignal<PanelView>('network');
  const jssdk = connection.jssdk.value;
  const jssdkFailed = jssdk.calls.reduce((n, c) => (c.state === 'error' ? n + 1 : n), 0);
  const filtered = useFilteredCalls(all, version, filter.value, k);
  const { failures, invalidRegex } = filtered;
  // The header's choices (sort, columns shown, their widths), remembered per profile.
  const sort = usePref<CallSort | null>(host, 'sort', readSort, null);
  const hidden = usePref<ColumnId[]>(host, 'hiddenColumns', readHidden, []);
  const widths = usePref<Partial<Record<ColumnId, number>>>(host, 'columnWidths', readWidths, {});
  const headerMenu = useSignal<{ x: number; y: number } | null>(null);
  const calls = useMemo(() => sortCalls(filtered.calls, sort.value.value), [filtered.calls, sort.value.value]);
  const { selectedId, selected, step } = useSelection(calls);
  // The JS-SDK view and its catalogue load on first use, the details pane (tabs, JSON tree, copy
  // formats) on the first selection: the panel's first paint stays small.
  const jssdkView = useLazy(() => import('../jssdk/JssdkView'), view.value === 'jssdk');
  const detailsView = useLazy(() => import('../details/Details'), selectedId.value !== null);
  // A row's context menu; the menus load (with the copy formats) the first time one is asked for.
  const rowMenu = useSignal<{ call: DecodedCall; x: number; y: number } | null>(null);
  const menus = useLazy(() => import('../list/ContextMenus'), rowMenu.value !== null || headerMenu.value !== null);
  const drop = useFileDrop((file) => importHar(file, connection, lang.value, notice));
  // The rule drafting code (relay rules, JSON paths) loads only when the options page is opened.
  const openOptionsWith = (call: DecodedCall | null): void => {
    void import('./rule-draft').then(({ ruleDraftOf }) => host.openOptions?.(ruleDraftOf(call)));
  };
  useShortcuts(filterInput, step);
  const root = useRef<HTMLDivElement>(null);
  const width = useWidth(root);
  const stacked = width.value > 0 && width.value < STACK_BELOW;
  // The list's share of the split, remembered apart for the two layouts: a right dock and a wide one differ.
  const splitSide = usePref(host, 'splitSide', numberIn(20, 80), 45);
  const splitStacked = usePref(host, 'splitStacked', numberIn(20, 80), 40);
  const split = stacked ? splitStacked : splitSide;
  const setJssdkSite = (on: boolean): void => {
    const origin = jssdk.origin;
    if (origin === null) return;
    const others = settings.jssdkSites.filter((s) => s !== origin);
    connection.setSettings({ ...settings, jssdkSites: on ? [...others, origin] : others });
  };

  return (
    <div ref={root} class={`app${drop.dragging ? ' dragging' : ''}${host.touch ? ' touch' : ''}`} {...drop.handlers}>
      <ViewTabs view={view} t={t} networkCalls={all.length} jssdkCalls={jssdk.calls.length} jssdkFailed={jssdkFailed} />
      <ActionBar
        t={t}
        lang={lang}
        preserveLog={settings.preserveLog}
        reveal={reveal}
        onClear={() => connection.clear()}
        onPreserveLog={(value) => connection.setSettings({ ...settings, preserveLog: value })}
        onImport={(file) => importHar(file, connection, lang.value, notice)}
        onExport={() => exportHar(calls, reveal.value, host)}
      >
        <LookupBox knowledge={k} t={t} lang={lang.value} />
        {host.openOptions && (
          <button type="button" class="open-options" title={t.openOptionsTitle} onClick={() => openOptionsWith(null)}>
            {t.openOptions}
          </button>
        )}
      </ActionBar>
      <Banners t={t} reveal={reveal.value} notice={notice} problems={connection.problems.value} dropped={connection.store.dropped} dragging={drop.dragging} />
      {view.value === 'jssdk' ? (
        jssdkView ? (
          <jssdkView.JssdkView
            state={{ ...jssdk, enabled: jssdk.origin !== null && settings.jssdkSites.includes(jssdk.origin) }}
            network={all}
            lang={lang.value}
            reveal={reveal.value}
            consent={host.jssdkConsent}
            onEnable={setJssdkSite}
            onReload={() => connection.reloadWithJssdkHook()}
            onShowNetworkCall={(id) => {
              filter.value = NO_FILTER;
              selectedId.value = id;
              view.value = 'network';
            }}
          />
        ) : null
      ) : (
        <>
          <FilterBar
            t={t}
            filter={filter}
            invalidRegex={invalidRegex}
            shown={calls.length}
            total={all.length}
            failures={failures}
            onStep={step}
            filterInput={filterInput}
          />
          {all.length === 0 ? (
            <EmptyLog t={t} networkHint={host.networkNeedsHint} />
          ) : (
            <div class={`main${selected ? ' split' : ''}${stacked ? ' stacked' : ''}`} style={selected ? { '--split': `${split.value.value}%` } : undefined}>
              <CallList
                calls={calls}
                version={version}
                knowledge={k}
                t={t}
                lang={lang.value}
                selectedId={selected ? selected.id : null}
                onSelect={(id) => (selectedId.value = id)}
                touch={host.touch}
                onRowMenu={(call, x, y) => (rowMenu.value = { call, x, y })}
                sort={sort.value.value}
                onSort={(key) => sort.save(nextSort(sort.value.value, key))}
                hidden={hidden.value.value}
                widths={widths.value.value}
                onResize={(column, width, done) => {
                  const next = { ...widths.value.value, [column]: width };
                  if (done) widths.save(next);
                  else widths.value.value = next;
                }}
                onHeaderMenu={(x, y) => (headerMenu.value = { x, y })}
              />
              {selected && detailsView && <Splitter share={split.value} stacked={stacked} label={t.splitterLabel} onCommit={split.save} />}
              {selected && detailsView && (
                <detailsView.Details
                  call={selected}
                  knowledge={k}
                  lang={lang.value}
                  reveal={reveal.value}
                  onClose={() => (selectedId.value = null)}
                  {...(host.openOptions ? { onAddRule: openOptionsWith } : {})}
                />
              )}
            </div>
          )}
        </>
      )}
      {headerMenu.value && menus && (
        <menus.ColumnsMenu t={t} lang={lang.value} {...headerMenu.value} hidden={hidden.value.value} onChange={hidden.save} onClose={() => (headerMenu.value = null)} />
      )}
      {rowMenu.value && menus && (
        <menus.RowMenu
          {...rowMenu.value}
          knowledge={k}
          t={t}
          lang={lang.value}
          reveal={reveal.value}
          host={host}
          onNotice={(text) => (notice.value = text)}
          onClose={() => (rowMenu.value = null)}
        />
      )}
    </div>
  );
}
