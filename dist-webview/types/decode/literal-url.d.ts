/** `text` as a regular expression that matches it literally. */
export declare function escapeRegExp(text: string): string;
/**
 * Whether a URL is written so that its host and path read, letter case of the host aside, exactly
 * as the URL parser will give them: printable ASCII only, without a percent sign (decoded in hosts),
 * tab or line break (dropped anywhere). A host name or path word missing from such a text is missing
 * from the parsed URL too, so most of a page's traffic is ruled out without parsing its URL, which
 * costs more than everything else capture does with a request of another host.
 */
export declare function isLiteralUrl(url: string): boolean;
