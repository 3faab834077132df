/** `text` without the run of any of `chars` at its end (a loop: a trailing `[…]+$` pattern is quadratic on a long run followed by another character). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
