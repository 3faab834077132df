import type { DecodedCall } from '../decode/types';
import type { Masker } from '../decode/mask';
import type { Messages } from './i18n';
interface Props {
    call: DecodedCall;
    t: Messages;
    mask: Masker;
    onAddRule?: (call: DecodedCall) => void;
}
/** Where a relayed call came from and why it was taken for WeChat's answer; text only. */
export declare function RelaySource({ call, t, mask, onAddRule }: Props): import("preact").JSX.Element | null;
export {};
