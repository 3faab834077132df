import { type UiLang } from '../../view/i18n';
/** The page's language (`<html lang>`), else the browser's: a Chinese page gets the Chinese panel. */
export declare function pageLang(doc?: Pick<Document, 'documentElement'>, nav?: Pick<Navigator, 'language'> | undefined): UiLang;
/** The tab's name in the console's tab bar, in the page's language. */
export declare const tabName: (lang: UiLang) => string;
