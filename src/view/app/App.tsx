import { useSignal, type Signal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { maskerFor } from '../../decode/mask';
import { parseJsonPath } from '../../decode/relay/json-path';
import { DEFAULT_RELAY_SETTINGS, draftRuleFromCall } from '../../decode/relay/user-rules';
import type { DecodedCall } from '../../decode/types';
import type { OpenOptionsMessage } from '../../shells/devtools/background-protocol';
import { compileFilter, isFailure, NO_FILTER, nextFailure, type CallFilter } from '../list/call-filter';
import type { CaptureConnection } from '../../link/capture-connection';
import { CallList } from '../list/CallList';
import { messagesFor, type UiLang } from '../../i18n';
import { knowledge } from './knowledge-loader';
import { LookupBox } from '../lookup/LookupBox';
import { ActionBar, FilterBar } from '../toolbar/Toolbar';

interface Props {
  connection: CaptureConnection;
  lang: Signal<UiLang>;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Only Firefox has runtime.getBrowserInfo; its network events wait for its own Network panel. */
const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/** Opens the options page through the background worker, with a rule drafted from `call` when given. */
function openOptions(call: DecodedCall | null): void {
  const steps = call?.relay ? parseJsonPath(call.relay.at) : null;
  const draft = call ? draftRuleFromCall(call.url, steps ?? [], 'auto') : null;
  void browser.runtime.sendMessage({ type: 'open-options', draft } satisfies OpenOptionsMessage).catch(() => undefined);
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

export function App({ connection, lang }: Props) {
  const t = messagesFor(lang.value);
  const version = connection.version.value;
  const all = connection.store.calls;
  const k = knowledge.value;
  const settings = connection.settings.value;
  const filter = useSignal<CallFilter>(NO_FILTER);
  const reveal = useSignal(false);
  const selectedId = useSignal<string | null>(null);
  const notice = useSignal<string | null>(null);
  const dragging = useSignal(false);
  const filterInput = useRef<HTMLInputElement>(null);
  const view = useSignal<'network' | 'jssdk'>('network');
  // The JS-SDK view and its catalogue load on first use, keeping the panel's first paint small.
  const jssdkView = useSignal<typeof import('../jssdk/JssdkView') | null>(null);
  const jssdk = connection.jssdk.value;
  const jssdkFailed = jssdk.calls.reduce((n, c) => (c.state === 'error' ? n + 1 : n), 0);
  useEffect(() => {
    if (view.value === 'jssdk' && !jssdkView.value) void import('../jssdk/JssdkView').then((m) => (jssdkView.value = m));
  }, [view.value]);
  // Likewise the details pane (tabs, JSON tree, copy formats) on the first selection.
  const detailsView = useSignal<typeof import('../details/Details') | null>(null);
  const anySelected = selectedId.value !== null;
  useEffect(() => {
    if (anySelected && !detailsView.value) void import('../details/Details').then((m) => (detailsView.value = m));
  }, [anySelected]);
  const setJssdkSite = (on: boolean): void => {
    const origin = jssdk.origin;
    if (origin === null) return;
    const others = settings.jssdkSites.filter((s) => s !== origin);
    connection.setSettings({ ...settings, jssdkSites: on ? [...others, origin] : others });
  };

  const { match, invalidRegex } = useMemo(() => compileFilter(filter.value, k), [filter.value, k]);
  const unfiltered = filter.value === NO_FILTER || (!filter.value.errorsOnly && filter.value.product === 'all' && filter.value.text.trim() === '');
  const calls = useMemo(() => (unfiltered ? all : all.filter(match)), [version, match, unfiltered]);
  const failures = useMemo(() => all.reduce((n, c) => (isFailure(c) ? n + 1 : n), 0), [version]);
  const selected = selectedId.value === null ? undefined : calls.find((c) => c.id === selectedId.value);

  const step = (direction: 1 | -1): void => {
    // The selection is read when the key is pressed: the listener may still be the previous render's.
    const current = selectedId.peek();
    const from = current === null ? -1 : calls.findIndex((c) => c.id === current);
    const i = nextFailure(calls, from, direction);
    if (i >= 0) selectedId.value = calls[i]!.id;
  };

  // HAR files are read and written by code (the whole decoder) loaded only when they are used.
  const importFile = (file: File): void => {
    void Promise.all([file.text(), import('../toolbar/har-file')]).then(([text, { fromHar }]) => {
      // Relayed answers in the file are found as capture finds them with the default settings.
      const result = fromHar(text, file.name, { settings: DEFAULT_RELAY_SETTINGS, rules: [] });
      if ('error' in result) {
        notice.value = t.importErrors[result.error];
        return;
      }
      connection.importCalls(result.calls);
      notice.value = t.imported(result.calls.length, file.name, result.skipped);
    });
  };

  const exportHar = (): void => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    void import('../toolbar/har-file').then(({ toHar }) => {
      download(`wechat-api-calls-${stamp}.har`, JSON.stringify(toHar(calls, maskerFor(reveal.value), browser.runtime.getManifest().version), null, 1));
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        filterInput.current?.focus();
      } else if (!isTyping(e.target) && (e.key === ']' || e.key === '[')) {
        e.preventDefault();
        step(e.key === ']' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <div
      class={`app${dragging.value ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('Files')) {
          e.preventDefault();
          dragging.value = true;
        }
      }}
      onDragLeave={() => (dragging.value = false)}
      onDrop={(e) => {
        e.preventDefault();
        dragging.value = false;
        const file = e.dataTransfer?.files[0];
        if (file) importFile(file);
      }}
    >
      <div class="view-tabs" role="tablist">
        <button type="button" role="tab" class="view-tab view-network" aria-selected={view.value === 'network'} onClick={() => (view.value = 'network')}>
          {t.viewNetwork(all.length)}
        </button>
        <button type="button" role="tab" class={`view-tab view-jssdk${jssdkFailed > 0 ? ' has-errors' : ''}`} aria-selected={view.value === 'jssdk'} onClick={() => (view.value = 'jssdk')}>
          {t.viewJssdk(jssdk.calls.length, jssdkFailed)}
        </button>
      </div>
      <ActionBar
        t={t}
        lang={lang}
        preserveLog={settings.preserveLog}
        reveal={reveal}
        onClear={() => connection.clear()}
        onPreserveLog={(value) => connection.setSettings({ ...settings, preserveLog: value })}
        onImport={importFile}
        onExport={exportHar}
      >
        <LookupBox knowledge={k} t={t} lang={lang.value} />
        <button type="button" class="open-options" title={t.openOptionsTitle} onClick={() => openOptions(null)}>
          {t.openOptions}
        </button>
      </ActionBar>
      {reveal.value && (
        <div class="banner reveal-banner" role="status">
          {t.revealOn}
        </div>
      )}
      {notice.value && (
        <div class="banner notice" role="status">
          {notice.value}{' '}
          <button type="button" class="dismiss" aria-label="×" onClick={() => (notice.value = null)}>
            ×
          </button>
        </div>
      )}
      {connection.problems.value.includes('har-backfill-failed') && (
        <div class="banner" role="status">
          {t.backfillFailed}
        </div>
      )}
      {connection.store.dropped > 0 && <div class="banner dropped">{t.dropped(connection.store.dropped)}</div>}
      {dragging.value && <div class="drop-hint">{t.dropHere}</div>}
      {view.value === 'jssdk' ? (
        jssdkView.value ? (
          <jssdkView.value.JssdkView
            state={{ ...jssdk, enabled: jssdk.origin !== null && settings.jssdkSites.includes(jssdk.origin) }}
            network={all}
            t={t}
            lang={lang.value}
            reveal={reveal.value}
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
            <div class="empty" role="status">
              <h2>{t.emptyTitle}</h2>
              <p>{t.emptyWatches}</p>
              <p>{t.emptyHint}</p>
              {isFirefox && <p class="firefox-hint">{t.emptyFirefox}</p>}
              <p>{t.noBodyTitle}</p>
              <p>{t.relayedHint}</p>
            </div>
          ) : (
            <div class={`main${selected ? ' split' : ''}`}>
              <CallList
                calls={calls}
                version={version}
                knowledge={k}
                t={t}
                lang={lang.value}
                selectedId={selected ? selected.id : null}
                onSelect={(id) => (selectedId.value = id)}
              />
              {selected && detailsView.value && (
                <detailsView.value.Details call={selected} knowledge={k} t={t} lang={lang.value} reveal={reveal.value} onClose={() => (selectedId.value = null)} onAddRule={openOptions} />
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
