import { detectLang, messagesFor, type Lang } from '../../i18n';

/** The page's language (`<html lang>`), else the browser's: what the panel starts in. */
export function pageLocale(doc: Pick<Document, 'documentElement'> = document, nav: Pick<Navigator, 'language'> | undefined = globalThis.navigator): string | undefined {
  const declared = doc.documentElement?.getAttribute('lang');
  return declared && declared.trim() !== '' ? declared : nav?.language;
}

export const pageLang = (): Lang => detectLang(pageLocale());

/** The tab's name in the console's tab bar, in the page's language. */
export const tabName = (lang: Lang): string => messagesFor(lang).pluginTab;
