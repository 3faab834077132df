/**
 * Copies text to the clipboard. A DevTools panel is an iframe that may lack the clipboard permission,
 * so fall back to the selection-based copy, which works from a user gesture.
 */
export declare function copyText(text: string): Promise<boolean>;
