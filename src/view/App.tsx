import { useSignal, type Signal } from '@preact/signals';
import type { CaptureConnection } from './capture-connection';
import { CallList } from './CallList';
import { Details } from './Details';
import { messagesFor, type UiLang } from './i18n';
import { knowledge } from './knowledge-loader';

interface Props {
  connection: CaptureConnection;
  lang: Signal<UiLang>;
}

export function App({ connection, lang }: Props) {
  const t = messagesFor(lang.value);
  const version = connection.version.value;
  const calls = connection.store.calls;
  const failures = calls.reduce((n, c) => (c.state === 'error' ? n + 1 : n), 0);
  const settings = connection.settings.value;
  const selectedId = useSignal<string | null>(null);
  const selected = selectedId.value === null ? undefined : calls.find((c) => c.id === selectedId.value);
  return (
    <div class="app">
      <div class="toolbar" role="toolbar" aria-label={t.title}>
        <button type="button" class="clear" title={t.clearTitle} aria-label={t.clearTitle} onClick={() => connection.clear()}>
          {t.clear}
        </button>
        <label title={t.preserveLogTitle}>
          <input
            type="checkbox"
            class="preserve-log"
            checked={settings.preserveLog}
            onChange={(e) => connection.setSettings({ ...settings, preserveLog: e.currentTarget.checked })}
          />
          {t.preserveLog}
        </label>
        <span class="divider" />
        <span class="counts" aria-live="polite">
          <span class="count-calls">{t.calls(calls.length)}</span>
          {failures > 0 && <span class="count-failures">{t.failures(failures)}</span>}
        </span>
        {connection.store.dropped > 0 && <span class="dropped">{t.dropped(connection.store.dropped)}</span>}
        <span class="spring" />
        <label>
          {t.language}{' '}
          <select class="lang" value={lang.value} onChange={(e) => (lang.value = e.currentTarget.value as UiLang)}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {connection.problems.value.includes('har-backfill-failed') && (
        <div class="banner" role="status">
          {t.backfillFailed}
        </div>
      )}
      {calls.length === 0 ? (
        <div class="empty" role="status">
          <h2>{t.emptyTitle}</h2>
          <p>{t.emptyWatches}</p>
          <p>{t.emptyHint}</p>
        </div>
      ) : (
        <div class={`main${selected ? ' split' : ''}`}>
          <CallList
            calls={calls}
            version={version}
            knowledge={knowledge.value}
            t={t}
            lang={lang.value}
            selectedId={selected ? selected.id : null}
            onSelect={(id) => (selectedId.value = id)}
          />
          {selected && <Details call={selected} knowledge={knowledge.value} t={t} lang={lang.value} onClose={() => (selectedId.value = null)} />}
        </div>
      )}
    </div>
  );
}
