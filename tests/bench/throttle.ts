import type { BrowserContext, CDPSession, Frame, Page } from 'playwright';

/** The slow-laptop pass: the DevTools window's extension pages run this many times slower. */
export const THROTTLE_RATE = 4;

/**
 * Slows the main thread of the renderer(s) behind `targets` by `rate` with CDP
 * Emulation.setCPUThrottlingRate. Chromium throttles a whole renderer process, so every frame it hosts
 * (the devtools page, the panel, the floor's code in them) is slowed alike. The sessions stay attached
 * until the returned function lifts the throttling: detaching one would end it.
 */
export async function throttleCpu(context: BrowserContext, targets: ReadonlyArray<Page | Frame>, rate: number): Promise<() => Promise<void>> {
  const sessions: CDPSession[] = [];
  for (const target of targets) {
    const session = await context.newCDPSession(target);
    await session.send('Emulation.setCPUThrottlingRate', { rate });
    sessions.push(session);
  }
  return async () => {
    for (const session of sessions) {
      await session.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
      await session.detach().catch(() => undefined);
    }
  };
}
