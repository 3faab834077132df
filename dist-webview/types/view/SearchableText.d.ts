import type { JSX } from 'preact';
import type { Messages } from './i18n';
export declare function SearchableText({ text, t }: {
    text: string;
    t: Messages;
}): JSX.Element;
