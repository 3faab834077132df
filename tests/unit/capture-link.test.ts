import { describe, expect, it } from 'vitest';
import { CallStore } from '../../src/store/call-store';
import { exposeCaptureLink, findCaptureLink, type CaptureLink } from '../../src/link/capture-link';

const link = (tabId: number): CaptureLink => ({ tabId, store: new CallStore(), busy: () => false, state: () => { throw new Error('unused'); }, send: () => undefined, listen: () => () => undefined });

/** A frame of another origin: every property read throws, as a cross-origin WindowProxy does. */
const crossOrigin = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });

function devtoolsWindow(frames: unknown[]): { panel: Window } {
  const parent = { frames: Object.assign([...frames], { length: frames.length }) } as unknown as Window;
  const panel = { parent } as unknown as Window;
  (parent.frames as unknown as unknown[]).push(panel);
  return { panel };
}

describe('findCaptureLink', () => {
  it('finds the devtools page of the same tab among the panel’s sibling frames, past cross-origin ones', () => {
    const page = {} as Window;
    const mine = link(42);
    exposeCaptureLink(page, mine);
    const other = {} as Window;
    exposeCaptureLink(other, link(7));
    const { panel } = devtoolsWindow([crossOrigin, other, page]);
    expect(findCaptureLink(panel, 42)).toBe(mine);
    expect(findCaptureLink(panel, 8)).toBeNull();
  });

  it('is null for a top-level panel (a tab, or a browser whose frames it cannot reach)', () => {
    const top = {} as { parent: unknown };
    top.parent = top;
    expect(findCaptureLink(top as Window, 42)).toBeNull();
  });
});
