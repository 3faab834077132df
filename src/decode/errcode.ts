/** errcode and errmsg as WeChat puts them at the top level of a JSON answer. */
export interface ErrorFields {
  errcode: number | null;
  errmsg: string | null;
}

/** WeChat sends errcode as a number, some proxies as a numeric string: both count. */
export function toErrcode(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d{1,12}\s*$/.test(value)) return Number(value);
  return null;
}

export function readErrorFields(json: unknown): ErrorFields {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { errcode: null, errmsg: null };
  }
  const record = json as Record<string, unknown>;
  const errmsg = record['errmsg'];
  return {
    errcode: toErrcode(record['errcode']),
    errmsg: typeof errmsg === 'string' ? errmsg : null,
  };
}

/** Parses text as JSON; undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}
