/** errcode and errmsg as WeChat puts them at the top level of a JSON answer. */
export interface ErrorFields {
  errcode: number | null;
  errmsg: string | null;
  /** An errcode is there but is no plain integer (`-1e999`, `[40001]`, `40001.5`, `"x"`): a failure that cannot be read, never a success. */
  errcodeUnreadable: boolean;
}

/** WeChat sends errcode as a number, some proxies as a numeric string: both count (plain, safe integers only). */
export function toErrcode(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d{1,12}\s*$/.test(value)) return Number(value);
  return null;
}

export function readErrorFields(json: unknown): ErrorFields {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { errcode: null, errmsg: null, errcodeUnreadable: false };
  }
  const record = json as Record<string, unknown>;
  const errmsg = record['errmsg'];
  const errcode = toErrcode(record['errcode']);
  return {
    errcode,
    errmsg: typeof errmsg === 'string' ? errmsg : null,
    errcodeUnreadable: errcode === null && record['errcode'] !== undefined && record['errcode'] !== null,
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
