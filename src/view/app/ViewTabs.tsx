import type { Signal } from '@preact/signals';
import type { Messages } from '../../i18n';

export type PanelView = 'network' | 'jssdk';

interface Props {
  view: Signal<PanelView>;
  t: Messages;
  networkCalls: number;
  jssdkCalls: number;
  jssdkFailed: number;
}

/** Switches between the network log and the JS-SDK view. */
export function ViewTabs({ view, t, networkCalls, jssdkCalls, jssdkFailed }: Props) {
  return (
    <div class="view-tabs" role="tablist">
      <button type="button" role="tab" class="view-tab view-network" aria-selected={view.value === 'network'} onClick={() => (view.value = 'network')}>
        {t.viewNetwork(networkCalls)}
      </button>
      <button type="button" role="tab" class={`view-tab view-jssdk${jssdkFailed > 0 ? ' has-errors' : ''}`} aria-selected={view.value === 'jssdk'} onClick={() => (view.value = 'jssdk')}>
        {t.viewJssdk(jssdkCalls, jssdkFailed)}
      </button>
    </div>
  );
}
