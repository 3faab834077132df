import type { Knowledge } from '../decode/knowledge/types';
import type { DecodedCall } from '../decode/types';
import type { Messages, UiLang } from './i18n';
interface Props {
    call: DecodedCall;
    knowledge: Knowledge | null;
    t: Messages;
    lang: UiLang;
    reveal: boolean;
    onClose(): void;
    /** "Add a rule from this call", for relayed calls. */
    onAddRule?: (call: DecodedCall) => void;
}
/** The selected call, in tabs like the Network panel's: diagnosis first, then what was exchanged. */
export declare function Details({ call, knowledge, t, lang, reveal, onClose, onAddRule }: Props): import("preact").JSX.Element;
export {};
