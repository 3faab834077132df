/**
 * The panel's stylesheet for a shadow root: the DevTools panel's own rules (their document-level
 * selectors moved onto the panel's root element) and the phone layout on top.
 */
export declare function shadowCss(): string;
/**
 * Styles a shadow root without anything a strict CSP blocks: a constructable stylesheet (CSSOM, which
 * `style-src` does not govern); where the browser has none, a `<style>` element carrying `nonce`
 * (the page's CSP must then allow that nonce, or 'unsafe-inline', in style-src).
 */
export declare function adoptStyles(shadow: ShadowRoot, css: string, nonce?: string): 'constructed' | 'style-element';
