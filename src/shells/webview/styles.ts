import baseCss from '../../ui/base.css?inline';
import panelCss from '../../view/app/panel.css?inline';
import touchCss from '../../view/app/touch.css?inline';
import phoneCss from './phone.css?inline';

/**
 * The panel's stylesheet for a shadow root: the shared and the panel's own rules (their document-level
 * selectors moved onto the panel's root element), its touch layout and the shadow host's size.
 */
export function shadowCss(): string {
  const page = (css: string): string =>
    css
      .replace(/html,\s*body,\s*#root\s*\{/g, '.wai-root {')
      .replace(/(^|\})\s*body\s*\{/g, '$1 .wai-root {')
      .replace(/:root/g, '.wai-root');
  return `${page(baseCss)}\n${page(panelCss)}\n${touchCss}\n${phoneCss}`;
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
