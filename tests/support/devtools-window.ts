import type { BrowserContext, Frame, Page } from 'playwright';

export interface DevtoolsWindow {
  /** The document holding both frames, as DevTools' own window does (for CDP sessions). */
  host: Page;
  capture: Frame;
  panel: Frame;
  /** Loads another panel frame beside the devtools page (a panel shown later, or reloaded), 700 px tall unless told. */
  addPanel(height?: number): Promise<Frame>;
  /** Loads any address (of the extension, for the same renderer) in a frame beside them, 700 px tall. */
  addFrame(url: string): Promise<Frame>;
}

/**
 * The devtools page and the panel as sibling iframes of one extension document: the layout of Chromium's
 * DevTools window, in which the panel finds the devtools page's log (src/link/capture-link.ts). The
 * fake chrome.devtools is installed in every frame by the context's init scripts.
 */
export async function openDevtoolsWindow(context: BrowserContext, base: string): Promise<DevtoolsWindow> {
  const host = await context.newPage();
  // Any document of the extension's origin will do as the frames' parent; the manifest is always there.
  await host.goto(`${base}/manifest.json`);
  const addFrame = async (url: string, height = 700): Promise<Frame> => {
    const name = await host.evaluate(([src, px]) => {
      const frame = document.createElement('iframe');
      frame.name = `frame-${document.querySelectorAll('iframe').length}`;
      frame.src = src;
      frame.style.cssText = `width: 1200px; height: ${px}px; border: 0; display: block`;
      document.body.append(frame);
      return new Promise<string>((resolve) => frame.addEventListener('load', () => resolve(frame.name), { once: true }));
    }, [url, height] as const);
    const frame = host.frame({ name });
    if (!frame) throw new Error(`no frame ${url}`);
    return frame;
  };
  const capture = await addFrame(`${base}/src/shells/devtools/devtools.html`);
  const panel = await addFrame(`${base}/src/shells/devtools/panel.html`);
  return { host, capture, panel, addPanel: (height) => addFrame(`${base}/src/shells/devtools/panel.html`, height), addFrame: (url) => addFrame(url) };
}
