import panelCss from '../../view/panel.css?inline';
import phoneCss from './phone.css?inline';

/**
 * The panel's stylesheet for a shadow root: the DevTools panel's own rules (their document-level
 * selectors moved onto the panel's root element) and the phone layout on top.
 */
export function shadowCss(): string {
  const panel = panelCss
    .replace(/html,\s*body,\s*#root\s*\{/g, '.wai-root {')
    .replace(/(^|\})\s*body\s*\{/g, '$1 .wai-root {')
    .replace(/:root/g, '.wai-root');
  return `${panel}\n${phoneCss}`;
}

/**
 * Styles a shadow root without anything a strict CSP blocks: a constructable stylesheet (CSSOM, which
 * `style-src` does not govern); where the browser has none, a `<style>` element carrying `nonce`
 * (the page's CSP must then allow that nonce, or 'unsafe-inline', in style-src).
 */
export function adoptStyles(shadow: ShadowRoot, css: string, nonce?: string): 'constructed' | 'style-element' {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return 'constructed';
  } catch {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    shadow.append(style);
    return 'style-element';
  }
}
