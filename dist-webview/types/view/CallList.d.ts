import type { Knowledge } from '../decode/knowledge/types';
import type { DecodedCall } from '../decode/types';
import type { Messages, UiLang } from './i18n';
interface Props {
    calls: readonly DecodedCall[];
    version: number;
    knowledge: Knowledge | null;
    t: Messages;
    lang: UiLang;
    selectedId: string | null;
    onSelect(id: string | null): void;
}
/** The calls as a virtualised grid: only the rows in view are in the DOM, however long the log. */
export declare function CallList({ calls, version, knowledge, t, lang, selectedId, onSelect }: Props): import("preact").JSX.Element;
export {};
