import type { Signal } from '@preact/signals';
import type { ComponentChildren, RefObject } from 'preact';
import type { CallFilter } from './call-filter';
import type { Messages, UiLang } from './i18n';
interface ActionsProps {
    t: Messages;
    lang: Signal<UiLang>;
    preserveLog: boolean;
    reveal: Signal<boolean>;
    onClear(): void;
    onPreserveLog(value: boolean): void;
    onImport(file: File): void;
    onExport(): void;
    children?: ComponentChildren;
}
/** The first row: log actions, HAR in and out, secrets, language. */
export declare function ActionBar({ t, lang, preserveLog, reveal, onClear, onPreserveLog, onImport, onExport, children }: ActionsProps): import("preact").JSX.Element;
interface FilterProps {
    t: Messages;
    filter: Signal<CallFilter>;
    invalidRegex: boolean;
    shown: number;
    total: number;
    failures: number;
    onStep(direction: 1 | -1): void;
    filterInput: RefObject<HTMLInputElement | null>;
}
/** The second row: what to show, stepping through failures, counts. */
export declare function FilterBar({ t, filter, invalidRegex, shown, total, failures, onStep, filterInput }: FilterProps): import("preact").JSX.Element;
export {};
