import { Component } from 'preact';
import type { Knowledge } from '../decode/knowledge/types';
import type { DecodedCall } from '../decode/types';
import type { Messages, UiLang } from './i18n';
export declare const ROW_HEIGHT = 22;
interface Props {
    call: DecodedCall;
    /** Its place in the list shown (after filtering). */
    index: number;
    selected: boolean;
    knowledge: Knowledge | null;
    t: Messages;
    lang: UiLang;
}
/**
 * One call in the list. A new call re-renders the list, but a row whose call, place and selection are
 * unchanged is skipped: the calls are never changed in place, so comparing the props is enough, and a
 * new call costs the diff of one row instead of every row in view. Clicks are handled by the list.
 */
export declare class CallRow extends Component<Props> {
    shouldComponentUpdate(next: Props): boolean;
    render({ call, index, selected, knowledge, t, lang }: Props): import("preact").JSX.Element;
}
export {};
