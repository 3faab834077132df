import type { Knowledge } from '../decode/knowledge/types';
/** The knowledge base, compiled at build time into its own chunk and loaded after first paint. */
export declare const knowledge: import("@preact/signals-core").Signal<Knowledge | null>;
export declare function loadKnowledge(): void;
