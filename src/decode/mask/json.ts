import { isPublicValue, isSecretName, MASK, maskValue } from './names';

/*
 * JSON masked token by token, in one pass and without recursion on its nesting: the text need not be
 * complete (a body cut at 256 KiB, a broken answer) and nothing is re-serialised, so numbers keep the
 * digits they were written with (a msgid beyond 2^53) and everything but a secret stays as written.
 */

interface Frame {
  object: boolean;
  /** Inside the value of a secret key: every string and number in it is masked. */
  secret: boolean;
  expectKey: boolean;
  keySecret: boolean;
  key: string;
}

/** How deep JSON written inside a JSON string is itself read (`{"data":"{\"access_token\":…}"}`). */
const MAX_EMBEDDED = 3;

function isStructural(ch: string): boolean {
  return ch === '{' || ch === '}' || ch === '[' || ch === ']' || ch === ':' || ch === ',' || ch === '"';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}

/** The end of a string token starting at `start` (its opening quote); text.length when unterminated. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '"') return i + 1;
  }
  return text.length;
}

function decodeString(token: string): string {
  if (token.length >= 2 && token.endsWith('"')) {
    try {
      return JSON.parse(token) as string;
    } catch {
      // fall through to the raw text
    }
  }
  return token.slice(1, token.endsWith('"') && token.length >= 2 ? -1 : undefined);
}

export interface JsonMaskOptions {
  /** Re-indent with two spaces (the views and Copy JSON); otherwise the layout is kept. */
  pretty: boolean;
  /** Masks the text of a string that is not a secret (URLs, `name=value`, nested JSON). */
  text: (text: string, embeddedDepth: number) => string;
  embeddedDepth?: number;
  /** false: only re-indent (secrets revealed). */
  secrets?: boolean;
}

/** Masks the values of secret keys (also arrays and objects under them) and the text inside other strings. */
export function maskJson(text: string, options: JsonMaskOptions): string {
  const depth = options.embeddedDepth ?? 0;
  const stack: Frame[] = [];
  const parts: string[] = [];
  let indent = 0;
  let openPending = false;
  const newline = () => `\n${'  '.repeat(indent)}`;
  const emit = (token: string, kind: 'open' | 'close' | 'other') => {
    if (!options.pretty) {
      parts.push(token);
      return;
    }
    if (openPending) {
      openPending = false;
      if (kind === 'close') {
        indent--;
        parts.push(token);
        return;
      }
      parts.push(newline());
    } else if (kind === 'close') {
      indent--;
      parts.push(newline());
    }
    parts.push(token);
    if (kind === 'open') {
      indent++;
      openPending = true;
    }
  };
  const top = () => stack[stack.length - 1];
  const masking = options.secrets !== false;
  const valueIsSecret = () => {
    const frame = top();
    if (!masking) return false;
    return frame !== undefined && (frame.secret || (frame.object && !frame.expectKey && frame.keySecret));
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      let end = i + 1;
      while (end < text.length && isSpace(text[end]!)) end++;
      if (!options.pretty) parts.push(text.slice(i, end));
      i = end;
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push({ object: ch === '{', secret: valueIsSecret(), expectKey: ch === '{', keySecret: false, key: '' });
      emit(ch, 'open');
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      emit(ch, 'close');
    } else if (ch === ':') {
      const frame = top();
      if (frame) frame.expectKey = false;
      emit(options.pretty ? ': ' : ch, 'other');
    } else if (ch === ',') {
      const frame = top();
      if (frame?.object) frame.expectKey = true;
      if (options.pretty && !openPending) parts.push(',', newline());
      else emit(ch, 'other');
    } else if (ch === '"') {
      const end = stringEnd(text, i);
      const token = text.slice(i, end);
      const frame = top();
      if (frame?.object && frame.expectKey) {
        frame.key = decodeString(token);
        frame.keySecret = masking && isSecretName(frame.key);
        emit(token, 'other');
      } else if (valueIsSecret() && !(frame && !frame.secret && isPublicValue(frame.key, decodeString(token)))) {
        const closed = token.length >= 2 && token.endsWith('"');
        emit(closed ? JSON.stringify(maskValue(decodeString(token))) : `"${MASK}`, 'other');
      } else {
        const decoded = masking ? decodeString(token) : '';
        const masked = masking ? options.text(decoded, depth) : '';
        emit(masked === decoded ? token : JSON.stringify(masked), 'other');
      }
      i = end;
      continue;
    } else {
      // A number, true / false / null, or anything else up to the next structural character.
      let end = i + 1;
      while (end < text.length && !isStructural(text[end]!) && !isSpace(text[end]!)) end++;
      const token = text.slice(i, end);
      const isLiteral = token === 'true' || token === 'false' || token === 'null';
      emit(valueIsSecret() && !isLiteral ? JSON.stringify(MASK) : token, 'other');
      i = end;
      continue;
    }
    i++;
  }
  return parts.join('');
}

/** JSON written inside a string is read as JSON up to MAX_EMBEDDED levels. */
export function looksLikeJson(text: string, embeddedDepth: number): boolean {
  if (embeddedDepth >= MAX_EMBEDDED) return false;
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[');
}
