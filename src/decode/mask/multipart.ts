import { isSecretName, maskValue } from './names';

/** The first line of a multipart body: `--` and the boundary. null when the text is not one. */
export function multipartBoundary(text: string): string | null {
  if (!text.startsWith('--')) return null;
  const eol = text.indexOf('\n');
  if (eol < 3 || eol > 200) return null;
  const line = text.slice(0, eol).replace(/\r$/, '');
  return /^--[\x21-\x7e]+$/.test(line) && !line.endsWith('--') ? line : null;
}

const FIELD_NAME = /\bname="([^"]{0,200})"/i;

/**
 * A multipart/form-data body: a part whose field name is secret has its content masked; every other
 * part's content goes through `other` (JSON, a form, free text).
 */
export function maskMultipart(text: string, boundary: string, other: (content: string) => string): string {
  return text
    .split(boundary)
    .map((part, index) => {
      if (index === 0) return part;
      const headerEnd = part.search(/\r?\n\r?\n/);
      if (headerEnd < 0) return other(part);
      const blank = /\r?\n\r?\n/.exec(part.slice(headerEnd))![0];
      const head = part.slice(0, headerEnd + blank.length);
      const tail = /\r?\n$/.exec(part)?.[0] ?? '';
      const content = part.slice(head.length, part.length - tail.length);
      const name = FIELD_NAME.exec(head)?.[1];
      return head + (name !== undefined && isSecretName(name) ? maskValue(content) : other(content)) + tail;
    })
    .join(boundary);
}
