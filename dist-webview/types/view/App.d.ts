import { type Signal } from '@preact/signals';
import type { CaptureConnection } from './capture-connection';
import { type UiLang } from './i18n';
interface Props {
    connection: CaptureConnection;
    lang: Signal<UiLang>;
}
export declare function App({ connection, lang }: Props): import("preact").JSX.Element;
export {};
