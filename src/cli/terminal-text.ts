/*
 * Text from a HAR file printed to a terminal: an answer can carry escape sequences (clear the screen,
 * set the window title, OSC 8 links) that the terminal would obey. They are removed in one pass.
 */

const ESC = 0x1b;

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** Removes ESC sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL or ESC \`, two-character ones), C0 and C1 controls except line feeds (tabs become spaces), and bidi overrides. */
export function stripControls(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === ESC || c === 0x9b || c === 0x9d) {
      const kind = c === ESC ? text[i + 1] : c === 0x9b ? '[' : ']';
      i += c === ESC ? 2 : 1;
      if (kind === '[') {
        while (i < text.length && !(text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e)) i++;
        i++;
      } else if (kind === ']' || kind === 'P' || kind === '_' || kind === '^') {
        while (i < text.length && text.charCodeAt(i) !== 0x07 && text.charCodeAt(i) !== 0x9c && !(text.charCodeAt(i) === ESC && text[i + 1] === '\\')) i++;
        i += text.charCodeAt(i) === ESC ? 2 : 1;
      }
      continue;
    }
    if (c === 0x09) out += ' ';
    else if (!isControl(c)) out += text[i];
    i++;
  }
  return out;
}
