import type { Knowledge } from '../decode/knowledge/types';
import type { Messages, UiLang } from './i18n';
/** Type any code, see what it means on every platform, without a call to look at. */
export declare function LookupBox({ knowledge, t, lang }: {
    knowledge: Knowledge | null;
    t: Messages;
    lang: UiLang;
}): import("preact").JSX.Element;
