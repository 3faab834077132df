import { describe, expect, it } from 'vitest';
import { documentChangeDetector } from '../../src/capture/document-identity';

describe('telling a new document from a same-document route change', () => {
  it('is a new document only when performance.timeOrigin changed, and says when it started', async () => {
    let origin = 1000.5;
    const change = documentChangeDetector({ eval: (_e, cb) => cb?.(origin, undefined) });
    expect(await change()).toEqual({ kind: 'same-document' }); // history.pushState
    origin = 2000.25;
    expect(await change()).toEqual({ kind: 'new-document', startedAt: 2000.25 }); // a real navigation
    expect(await change()).toEqual({ kind: 'same-document' });
  });

  it('counts as new, start unknown, when the page cannot be asked (the old clearing behaviour)', async () => {
    const change = documentChangeDetector({ eval: () => Promise.reject(new Error('no page')) });
    expect(await change()).toEqual({ kind: 'new-document', startedAt: null });
  });
});
