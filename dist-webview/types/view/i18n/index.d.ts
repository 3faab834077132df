import { type Messages, type UiLang } from './messages';
/** zh for any Chinese browser locale, English otherwise. */
export declare function detectLang(locale: string | undefined): UiLang;
export declare function messagesFor(lang: UiLang): Messages;
export type { Messages, UiLang };
