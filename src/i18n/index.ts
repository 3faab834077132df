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
 * A lazily loaded feature's words (and those it shares with another feature) joined to the first
 * screen's, once per language: the feature's views read one object, and its words arrive with its chunk.
 */
export function withFirstScreen<A extends object, B extends object = Record<never, never>>(words: Record<Lang, A>, shared?: Record<Lang, B>): Record<Lang, Messages & A & B> {
  // The files' keys are disjoint (tests/unit/i18n-files.test.ts), so the spread is their union.
  const join = (lang: Lang) => ({ ...messages[lang], ...words[lang], ...shared?.[lang] }) as Messages & A & B;
  return { en: join('en'), zh: join('zh') };
}

/** The one language type of every surface (panel, options page, command line): zh or en. */
export type { Lang, Messages };
