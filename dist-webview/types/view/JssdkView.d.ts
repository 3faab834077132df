import type { DecodedCall } from '../decode/types';
import type { JssdkState } from '../store/protocol';
import type { Messages, UiLang } from './i18n';
interface Props {
    state: JssdkState;
    network: readonly DecodedCall[];
    t: Messages;
    lang: UiLang;
    reveal: boolean;
    onEnable(on: boolean): void;
    onReload(): void;
    onShowNetworkCall(id: string): void;
}
/** The JS-SDK log: the consent switch, the calls, and for a selected call its meaning and the signature doctor. */
export declare function JssdkView({ state, network, t, lang, reveal, onEnable, onReload, onShowNetworkCall }: Props): import("preact").JSX.Element;
export {};
