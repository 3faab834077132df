import type { ComponentChildren } from 'preact';
import type { Messages } from './i18n';
export declare function CopyButton({ text, t, label, class: cls }: {
    text: string | (() => string);
    t: Messages;
    label?: string;
    class?: string;
}): import("preact").JSX.Element;
/** One term of a definition list, left out when there is no value; `copy` adds a copy button. */
export declare function Field({ label, value, copy, children, ...rest }: {
    label: string;
    value: string | null;
    class?: string;
    copy?: Messages;
    children?: ComponentChildren;
}): import("preact").JSX.Element | null;
