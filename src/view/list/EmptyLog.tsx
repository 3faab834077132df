import type { Messages } from '../../i18n';

/** What an empty log says: what is watched, how to get calls in, why a call may show no body. */
export function EmptyLog({ t, networkHint }: { t: Messages; networkHint: boolean }) {
  return (
    <div class="empty" role="status">
      <h2>{t.emptyTitle}</h2>
      <p>{t.emptyWatches}</p>
      <p>{t.emptyHint}</p>
      {networkHint && <p class="firefox-hint">{t.emptyFirefox}</p>}
      <p>{t.noBodyTitle}</p>
      <p>{t.relayedHint}</p>
    </div>
  );
}
