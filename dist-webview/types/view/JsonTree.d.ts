/** A JSON value as a collapsible tree; every value is rendered as text, never as markup. */
export declare function JsonTree({ value, name, depth }: {
    value: unknown;
    name?: string;
    depth?: number;
}): import("preact").JSX.Element;
