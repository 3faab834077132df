import { messages, type Messages, type UiLang } from './messages';

/** zh for any Chinese browser locale, English otherwise. */
export function detectLang(locale: string | undefined): UiLang {
  return locale && /^zh\b/i.test(locale) ? 'zh' : 'en';
}

export function messagesFor(lang: UiLang): Messages {
  return messages[lang];
}

export type { Messages, UiLang };
