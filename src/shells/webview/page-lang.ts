import { detectLang, type UiLang } from '../../view/i18n';

/** The page's language (`<html lang>`), else the browser's: a Chinese page gets the Chinese panel. */
export function pageLang(doc: Pick<Document, 'documentElement'> = document, nav: Pick<Navigator, 'language'> | undefined = globalThis.navigator): UiLang {
  const declared = doc.documentElement?.getAttribute('lang');
  return detectLang(declared && declared.trim() !== '' ? declared : nav?.language);
}

/** The tab's name in the console's tab bar, in the page's language. */
export const tabName = (lang: UiLang): string => (lang === 'zh' ? '微信接口' : 'WeChat');
