import type { Signal } from '@preact/signals';
import type { Messages } from '../../i18n';

interface Props {
  t: Messages;
  reveal: boolean;
  notice: Signal<string | null>;
  problems: string[];
  dropped: number;
  dragging: boolean;
}

/** The lines above the log: secrets shown, an import's outcome, capture's problems, calls dropped, a file held over the panel. */
export function Banners({ t, reveal, notice, problems, dropped, dragging }: Props) {
  return (
    <>
      {reveal && (
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
      {problems.includes('har-backfill-failed') && (
        <div class="banner" role="status">
          {t.backfillFailed}
        </div>
      )}
      {dropped > 0 && <div class="banner dropped">{t.dropped(dropped)}</div>}
      {dragging && <div class="drop-hint">{t.dropHere}</div>}
    </>
  );
}
