/*
 * Regular expressions the user writes (a rule's path pattern, the panel's regex filter) run over text
 * that pages and servers control, so they are accepted only in shapes that cannot backtrack badly, and
 * run over a bounded length. The check reads the pattern's structure: no backreferences or lookarounds,
 * no quantified group that holds a quantifier or an alternation (`(a+)+`, `(a|a)*`), and at most one
 * unbounded quantifier (two when the pattern is anchored at the start), which keeps the work at most
 * quadratic in the bounded input.
 */

export type UserRegex = { ok: true; regex: RegExp } | { ok: false; reason: 'syntax' | 'too-long' | 'complex' };

interface Group {
  quantifiers: number;
  alternation: boolean;
}

/** Whether the pattern's structure is one that runs in bounded time (see the module comment). */
export function isSimplePattern(source: string, multiline: boolean): boolean {
  const stack: Group[] = [{ quantifiers: 0, alternation: false }];
  let unbounded = 0;
  let lastGroup: Group | null = null;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const quantified = (): Group | null => {
      const g = lastGroup;
      lastGroup = null;
      return g;
    };
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return false;
      i++;
      lastGroup = null;
      continue;
    }
    if (ch === '[') {
      // A character class: skip to its end (escapes inside included).
      i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      lastGroup = null;
      continue;
    }
    if (ch === '(') {
      if (source[i + 1] === '?' && source[i + 2] !== ':' && source[i + 2] !== '<') return false;
      if (source[i + 1] === '?' && source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!')) return false;
      stack.push({ quantifiers: 0, alternation: false });
      lastGroup = null;
      continue;
    }
    if (ch === ')') {
      const closed = stack.pop();
      if (!closed || stack.length === 0) return false;
      const parent = stack[stack.length - 1]!;
      parent.quantifiers += closed.quantifiers;
      lastGroup = closed;
      continue;
    }
    if (ch === '|') {
      stack[stack.length - 1]!.alternation = true;
      lastGroup = null;
      continue;
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
      let isUnbounded = ch === '*' || ch === '+';
      if (ch === '{') {
        const close = source.indexOf('}', i);
        const body = close < 0 ? '' : source.slice(i + 1, close);
        if (!/^\d+(,\d*)?$/.test(body)) {
          lastGroup = null;
          continue;
        }
        isUnbounded = body.endsWith(',');
        i = close;
      }
      if (source[i + 1] === '?') i++;
      const group = quantified();
      if (group && (group.quantifiers > 0 || group.alternation)) return false;
      stack[stack.length - 1]!.quantifiers++;
      if (isUnbounded) unbounded++;
      continue;
    }
    lastGroup = null;
  }
  const anchored = source.startsWith('^') && !multiline;
  return unbounded <= (anchored ? 2 : 1);
}

/** The user's pattern compiled, or why not. */
export function compileUserRegex(source: string, flags: string, maxLength: number): UserRegex {
  if (source.length === 0 || source.length > maxLength) return { ok: false, reason: 'too-long' };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  return isSimplePattern(source, flags.includes('m')) ? { ok: true, regex } : { ok: false, reason: 'complex' };
}
