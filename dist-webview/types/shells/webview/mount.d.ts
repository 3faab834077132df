import type { Installed } from './install';
/**
 * Shows the panel inside `container` (the console's tab panel), in a shadow root so that neither the
 * page's CSS nor the console's reaches it and ours reaches nothing outside. Returns the unmount.
 */
export declare function mountPanel(container: HTMLElement, installed: Installed): () => void;
