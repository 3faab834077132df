import { signal } from '@preact/signals';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { detectLang, type Lang } from '../../../i18n';
import { colorScheme, followTheme } from '../../../ui/theme';
import '../../../ui/base.css';
import './options.css';
import { OptionsPage } from './OptionsPage';
import { optionsStorage } from './options-storage';

const lang = signal<Lang>(detectLang(browser.i18n?.getUILanguage?.() ?? navigator.language));
followTheme(document.documentElement, colorScheme());
render(<OptionsPage storage={optionsStorage} lang={lang} />, document.getElementById('root')!);
