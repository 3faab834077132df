/** One step of a JSON path: a property name or an array index. */
export type PathStep = string | number;

const MAX_PATH_LENGTH = 200;
const MAX_STEPS = 16;

/**
 * Parses a JSON path as users write it: `data.wx.errcode`, `result[0].errmsg`, `$.data.errcode`.
 * Property names are letters, digits, `_`, `-` and `$`; null for anything else (the text comes from
 * storage and the options page, so it is untrusted).
 */
export function parseJsonPath(text: string): PathStep[] | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_PATH_LENGTH) return null;
  const source = text.startsWith('$.') ? text.slice(2) : text;
  const steps: PathStep[] = [];
  const token = /([A-Za-z0-9_$-]+)|\[(\d{1,6})\]|(\.)/y;
  let expectName = true;
  let last: 'name' | 'index' | 'dot' | null = null;
  while (token.lastIndex < source.length) {
    const at = token.lastIndex;
    const m = token.exec(source);
    if (!m || m.index !== at) return null;
    if (m[1] !== undefined) {
      if (!expectName || last === 'name' || last === 'index') return null;
      steps.push(m[1]);
      last = 'name';
      expectName = false;
    } else if (m[2] !== undefined) {
      if (last === 'dot') return null;
      steps.push(Number(m[2]));
      last = 'index';
    } else {
      if (last === null || last === 'dot') return null;
      last = 'dot';
      expectName = true;
    }
    if (steps.length > MAX_STEPS) return null;
  }
  if (last === 'dot' || steps.length === 0) return null;
  return steps;
}

/** The value at `steps` inside `json`, following own properties only; undefined when absent. */
export function readJsonPath(json: unknown, steps: readonly PathStep[]): unknown {
  let value: unknown = json;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(value) || step >= value.length) return undefined;
      value = value[step] as unknown;
    } else {
      if (Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, step)) return undefined;
      value = (value as Record<string, unknown>)[step];
    }
  }
  return value;
}

/** Writes steps back as text: `data.wx`, `result[0]`. */
export function formatJsonPath(steps: readonly PathStep[]): string {
  return steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
