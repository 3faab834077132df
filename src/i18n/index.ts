import type { Lang } from '../decode/knowledge/types';
import { messages, type Messages } from './messages';

/** zh for any Chinese browser locale, English otherwise. */
export function detectLang(locale: string | undefined): Lang {
  return locale && /^zh\b/i.test(locale) ? 'zh' : 'en';
}

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}

/** The one language type of every surface (panel, options page, command line): zh or en. */
export type { Lang, Messages };
