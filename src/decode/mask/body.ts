import { looksLikeJson, maskJson } from './json';
import { maskMultipart, multipartBoundary } from './multipart';
import { maskText } from './text';
import { maskPairs } from './url';
import { maskXml } from './xml';

/** A string inside JSON: JSON again (a few levels deep), else free text. */
function maskString(text: string, embeddedDepth: number): string {
  if (looksLikeJson(text, embeddedDepth)) return maskJson(text, { pretty: false, text: maskString, embeddedDepth: embeddedDepth + 1 });
  return maskText(text);
}

/**
 * A body of any kind, told from its first characters rather than its content type (relayed and
 * imported calls often say the wrong one): JSON, XML, multipart, or a form / free text.
 */
export function maskBody(text: string, pretty: boolean): string {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return maskJson(text, { pretty, text: maskString });
  if (trimmed.startsWith('<') && !/^<(!doctype|html)\b/i.test(trimmed)) return maskText(maskXml(text));
  const boundary = multipartBoundary(text);
  if (boundary !== null) return maskMultipart(text, boundary, (part) => maskBody(part, false));
  // A form body, or text: pairs first (a value may hold spaces), then whatever the text still shows.
  return maskText(text.includes('=') ? maskPairs(text) : text);
}
