import type { Knowledge } from '../decode/knowledge/types';
import type { DecodedCall } from '../decode/types';
import type { Messages, UiLang } from './i18n';
export interface Label {
    text: string;
    title?: string;
}
/** The short text of a row's "Meaning" column. */
export declare function labelOf(call: DecodedCall, k: Knowledge | null, t: Messages, lang: UiLang): Label;
