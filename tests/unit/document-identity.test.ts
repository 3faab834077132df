import { describe, expect, it } from 'vitest';
import { documentChangeDetector } from '../../src/capture/document-identity';

describe('telling a new document from a same-document route change', () => {
  it('is a new document only when performance.timeOrigin changed', async () => {
    let origin = 1000.5;
    const isNew = documentChangeDetector({ eval: (_e, cb) => cb?.(origin, undefined) });
    expect(await isNew()).toBe(false); // history.pushState: same document
    origin = 2000.25;
    expect(await isNew()).toBe(true); // a real navigation
    expect(await isNew()).toBe(false);
  });

  it('counts as new when the page cannot be asked (keeps the old clearing behaviour)', async () => {
    const isNew = documentChangeDetector({ eval: () => Promise.reject(new Error('no page')) });
    expect(await isNew()).toBe(true);
  });
});
