import { signal } from '@preact/signals';
import type { Knowledge } from '../../decode/knowledge/types';

/** The knowledge base, compiled at build time into its own chunk and loaded after first paint. */
export const knowledge = signal<Knowledge | null>(null);

export function loadKnowledge(): void {
  void import('virtual:wechat-knowledge').then((module) => {
    knowledge.value = module.default;
  });
}
