import { signal } from '@preact/signals';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { detectLang, type UiLang } from '../../../i18n';
import { followColorScheme } from '../../../ui/theme';
import '../../../view/app/panel.css';
import './options.css';
import { OptionsPage } from './OptionsPage';
import { optionsStorage } from './options-storage';

const lang = signal<UiLang>(detectLang(browser.i18n?.getUILanguage?.() ?? navigator.language));
followColorScheme(document.documentElement);
render(<OptionsPage storage={optionsStorage} lang={lang} />, document.getElementById('root')!);
