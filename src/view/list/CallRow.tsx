import { Component } from 'preact';
import { endpointName, productOf } from '../../decode/knowledge/lookup';
import { maskText, maskUrl } from '../../decode/mask';
import type { Knowledge } from '../../decode/knowledge/types';
import type { DecodedCall } from '../../decode/types';
import { labelOf } from './call-label';
import { formatClock, formatDuration } from '../common/format';
import type { Messages, Lang } from '../../i18n';

export const ROW_HEIGHT = 22;

interface Props {
  call: DecodedCall;
  /** Its place in the list shown (after filtering). */
  index: number;
  selected: boolean;
  knowledge: Knowledge | null;
  t: Messages;
  lang: Lang;
}

/**
 * One call in the list. A new call re-renders the list, but a row whose call, place and selection are
 * unchanged is skipped: the calls are never changed in place, so comparing the props is enough, and a
 * new call costs the diff of one row instead of every row in view. Clicks are handled by the list.
 */
export class CallRow extends Component<Props> {
  // for…in rather than Object.keys: this runs for every row in view on every render of the list, and
  // an array per row per render would only be garbage for the collector.
  override shouldComponentUpdate(next: Props): boolean {
    const current = this.props;
    for (const key in next) if (next[key as keyof Props] !== current[key as keyof Props]) return true;
    return false;
  }

  override render({ call, index, selected, knowledge, t, lang }: Props) {
    const label = labelOf(call, knowledge, t, lang);
    const url = maskUrl(call.url);
    const name = knowledge ? endpointName(knowledge, call.platform, call.path) : null;
    const product = knowledge ? productOf(knowledge, call.platform, call.path) : null;
    return (
      <div
        class={`row state-${call.state}${selected ? ' selected' : ''}`}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        data-index={index}
        data-errcode={call.errcode ?? ''}
        data-state={call.state}
        data-platform={call.platform}
        data-leak={call.leakedSecrets.length > 0 ? 'true' : undefined}
        data-source={call.relay ? 'relayed' : undefined}
        style={{ top: `${index * ROW_HEIGHT}px` }}
      >
        <span role="gridcell" class="c-time">{formatClock(call.startedDateTime)}</span>
        <span role="gridcell" class="c-method">{call.method}</span>
        <span role="gridcell" class="c-name" title={name ? name[lang === 'zh' ? 'en' : 'zh'] : undefined}>
          {/* First in the cell, so a narrow column still shows it. */}
          {call.relay && (
            <span class="badge relayed" title={t.relayedTitle(url)}>
              {t.relayedBadge}
            </span>
          )}
          {product && (
            <span class={`badge product-${product}`} data-product={product}>
              {t.productNames[product]}
            </span>
          )}{' '}
          {name ? name[lang] : ''}
          {call.leakedSecrets.length > 0 && (
            <span class="badge leak" title={t.leakTitle(call.leakedSecrets.join(', '))}>
              {t.leakBadge}
            </span>
          )}
          {call.importedFrom && (
            <span class="badge imported" title={call.importedFrom}>
              {t.importedTag}
            </span>
          )}
        </span>
        <span role="gridcell" class="c-endpoint" title={url}>
          <span class="host">{call.host}</span>
          {maskUrl(call.path)}
        </span>
        <span role="gridcell" class="c-status">{call.status || '—'}</span>
        <span role="gridcell" class="c-errcode" title={call.errmsg === null ? undefined : maskText(call.errmsg)}>
          {call.errcode ?? ''}
        </span>
        <span role="gridcell" class="c-meaning" title={label.title}>
          {label.text}
        </span>
        <span role="gridcell" class="c-duration">{formatDuration(call.time)}</span>
      </div>
    );
  }
}
