import type { Signal } from '@preact/signals';
import type { ComponentChildren, RefObject } from 'preact';
import { PRODUCTS, type Product } from '../../decode/knowledge/types';
import type { CallFilter } from '../list/call-filter';
import type { Messages, Lang } from '../../i18n';


interface ActionsProps {
  t: Messages;
  lang: Signal<Lang>;
  preserveLog: boolean;
  reveal: Signal<boolean>;
  onClear(): void;
  onPreserveLog(value: boolean): void;
  onImport(file: File): void;
  onExport(): void;
  children?: ComponentChildren;
}

/** The first row: log actions, HAR in and out, secrets, language. */
export function ActionBar({ t, lang, preserveLog, reveal, onClear, onPreserveLog, onImport, onExport, children }: ActionsProps) {
  return (
    <div class="toolbar" role="toolbar" aria-label={t.title}>
      <button type="button" class="clear" title={t.clearTitle} aria-label={t.clearTitle} onClick={onClear}>
        {t.clear}
      </button>
      <label title={t.preserveLogTitle}>
        <input type="checkbox" class="preserve-log" checked={preserveLog} onChange={(e) => onPreserveLog(e.currentTarget.checked)} />
        {t.preserveLog}
      </label>
      <span class="divider" />
      <label class="file-button" title={t.importHarTitle}>
        {t.importHar}
        <input
          type="file"
          class="import-har"
          accept=".har,application/json"
          aria-label={t.importHarTitle}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <button type="button" class="export-har" title={t.exportHarTitle} onClick={onExport}>
        {t.exportHar}
      </button>
      <label class={reveal.value ? 'reveal on' : 'reveal'} title={t.revealTitle}>
        <input type="checkbox" class="reveal-secrets" checked={reveal.value} onChange={(e) => (reveal.value = e.currentTarget.checked)} />
        {t.reveal}
      </label>
      <span class="spring" />
      {children}
      <label>
        {t.language}{' '}
        <select class="lang" value={lang.value} onChange={(e) => (lang.value = e.currentTarget.value as Lang)}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </div>
  );
}

interface FilterProps {
  t: Messages;
  filter: Signal<CallFilter>;
  invalidRegex: boolean;
  shown: number;
  total: number;
  failures: number;
  onStep(direction: 1 | -1): void;
  filterInput: RefObject<HTMLInputElement | null>;
}

/** The second row: what to show, stepping through failures, counts. */
export function FilterBar({ t, filter, invalidRegex, shown, total, failures, onStep, filterInput }: FilterProps) {
  const f = filter.value;
  const set = (patch: Partial<CallFilter>) => (filter.value = { ...f, ...patch });
  return (
    <div class="toolbar filter-bar" role="toolbar" aria-label={t.filterLabel}>
      <input
        ref={filterInput}
        type="search"
        class={`filter-text${invalidRegex ? ' invalid' : ''}`}
        placeholder={t.filterPlaceholder}
        aria-label={t.filterLabel}
        aria-invalid={invalidRegex}
        title={invalidRegex ? t.invalidRegex : undefined}
        value={f.text}
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      <label title={t.regexTitle}>
        <input type="checkbox" class="filter-regex" checked={f.regex} onChange={(e) => set({ regex: e.currentTarget.checked })} />
        {t.regex}
      </label>
      <label>
        <input type="checkbox" class="errors-only" checked={f.errorsOnly} onChange={(e) => set({ errorsOnly: e.currentTarget.checked })} />
        {t.errorsOnly}
      </label>
      <select class="product-filter" aria-label={t.productFilter} value={f.product} onChange={(e) => set({ product: e.currentTarget.value as Product | 'all' })}>
        <option value="all">{t.allProducts}</option>
        {PRODUCTS.map((p) => (
          <option value={p}>{t.productNames[p]}</option>
        ))}
      </select>
      <button type="button" class="prev-failure" aria-label={t.prevFailure} title={t.prevFailure} onClick={() => onStep(-1)}>
        ▲
      </button>
      <button type="button" class="next-failure" aria-label={t.nextFailure} title={t.nextFailure} onClick={() => onStep(1)}>
        ▼
      </button>
      <span class="divider" />
      <span class="counts" aria-live="polite">
        <span class="count-calls">{t.calls(total)}</span>
        {failures > 0 && <span class="count-failures">{t.failures(failures)}</span>}
        {shown !== total && <span class="count-shown">{t.shown(shown, total)}</span>}
      </span>
    </div>
  );
}
