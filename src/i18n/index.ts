import type { Lang } from '../decode/knowledge/types';
import { messages, type Messages } from './messages';

/** zh for any Chinese browser locale, English otherwise. */
export function detectLang(locale: string | undefined): Lang {
  return locale && /^zh\b/i.test(locale) ? 'zh' : 'en';
}

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}

/**
 * A lazily loaded feature's words joined to the first screen's, once per language: the feature's views
 * read one object, and its words arrive with its chunk.
 */
export function withFirstScreen<W extends object>(words: Record<Lang, W>): Record<Lang, Messages & W> {
  return { en: { ...messages.en, ...words.en }, zh: { ...messages.zh, ...words.zh } };
}

/** The one language type of every surface (panel, options page, command line): zh or en. */
export type { Lang, Messages };
