import { parseJson } from './errcode';
import { requestIdCode } from './headers';
import type { Header } from './types';

export interface PayAnswer {
  version: 'v2' | 'v3';
  failed: boolean;
  errcode: string | number | null;
  errmsg: string | null;
  detail: string | null;
  requestIdCode: number | null;
}

/** One field of a v2 XML answer, with or without CDATA: found with indexOf, so linear in the answer. */
export function xmlField(xml: string, tag: string): string | null {
  const open = xml.indexOf(`<${tag}>`);
  if (open < 0) return null;
  const start = open + tag.length + 2;
  const close = xml.indexOf(`</${tag}>`, start);
  if (close < 0) return null;
  let value = xml.slice(start, close).trim();
  if (value.startsWith('<![CDATA[')) {
    const end = value.indexOf(']]>');
    if (end < 0 || end + 3 !== value.length) return null;
    value = value.slice(9, end).trim();
  } else if (value.includes('<')) {
    return null;
  }
  return value === '' ? null : value;
}

/**
 * WeChat Pay: v3 (REST, `/v3/…`) signals failure with the HTTP status and a `{code, message, detail}`
 * body; v2 (XML) with `return_code` (communication, signature) then `result_code` / `err_code` (business).
 */
export function readPayAnswer(path: string, status: number, text: string | null, headers: readonly Header[]): PayAnswer {
  if (path.startsWith('/v3/')) {
    const json = text === null ? undefined : parseJson(text);
    const record = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
    const code = typeof record['code'] === 'string' ? record['code'] : null;
    const failed = status >= 400 || (status === 0 && code !== null);
    const idCode = requestIdCode(headers);
    return {
      version: 'v3',
      failed,
      errcode: failed ? (code ?? idCode) : null,
      errmsg: failed && typeof record['message'] === 'string' ? record['message'] : null,
      detail: failed && record['detail'] !== undefined ? JSON.stringify(record['detail']) : null,
      requestIdCode: failed ? idCode : null,
    };
  }
  const xml = text ?? '';
  const returnCode = xmlField(xml, 'return_code');
  const resultCode = xmlField(xml, 'result_code');
  if (returnCode === 'FAIL') {
    return { version: 'v2', failed: true, errcode: 'FAIL', errmsg: xmlField(xml, 'return_msg'), detail: null, requestIdCode: null };
  }
  if (resultCode === 'FAIL') {
    return { version: 'v2', failed: true, errcode: xmlField(xml, 'err_code'), errmsg: xmlField(xml, 'err_code_des'), detail: null, requestIdCode: null };
  }
  return { version: 'v2', failed: status >= 400, errcode: null, errmsg: null, detail: null, requestIdCode: null };
}
