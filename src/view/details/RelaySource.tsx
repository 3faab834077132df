import type { DecodedCall } from '../../decode/types';
import type { Masker } from '../../decode/mask';
import type { DetailsWords } from '../../i18n/details-messages';

interface Props {
  call: DecodedCall;
  t: DetailsWords;
  mask: Masker;
  onAddRule?: (call: DecodedCall) => void;
}

/** Where a relayed call came from and why it was taken for WeChat's answer; text only. */
export function RelaySource({ call, t, mask, onAddRule }: Props) {
  const relay = call.relay;
  if (!relay) return null;
  return (
    <section class="relay-source" data-relay-by={relay.by}>
      <dl>
        <dt>{t.relayedSource}</dt>
        <dd class="relay-url">{mask.url(call.url)}</dd>
        <dt>{t.relayedHow}</dt>
        <dd class="relay-how">{t.relayedBy[relay.by]}</dd>
        <dt>{t.relayedAt}</dt>
        <dd class="relay-at">
          <code>{relay.at === '' ? t.relayedTop : relay.at}</code>
        </dd>
        {relay.signals.length > 0 && (
          <>
            <dt>{t.relayedSignals}</dt>
            <dd class="relay-signals">{relay.signals.map((s) => t.signalNames[s] ?? s).join(' · ')}</dd>
          </>
        )}
      </dl>
      {onAddRule && (
        <button type="button" class="add-rule" title={t.addRuleTitle} onClick={() => onAddRule(call)}>
          {t.addRule}
        </button>
      )}
    </section>
  );
}
