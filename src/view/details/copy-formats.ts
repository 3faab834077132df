import { maskErrmsgFields, parseErrmsg } from '../../decode/errmsg';
import { describeCode, endpointName, hintsFor, productOf } from '../../decode/knowledge/lookup';
import type { Knowledge, Lang } from '../../decode/knowledge/types';
import { cutMasked, type Masker } from '../../decode/mask';
import type { DecodedCall } from '../../decode/types';

/** How much of a body goes into a bug report: enough to see the answer, not a whole download. */
const REPORT_BODY_LIMIT = 4000;

const words = {
  zh: { title: '微信接口调用失败', endpoint: '接口', product: '产品', time: '时间', status: 'HTTP 状态', errcode: 'errcode', meaning: '含义', errmsg: 'errmsg', rid: 'rid', ridTime: '调用时间（取自 rid）', clientIp: '调用方 IP', causes: '常见原因', fixes: '解决步骤', request: '请求', response: '响应', noBody: '（浏览器没有保留响应体）', doc: '文档', unknown: '（知识库中没有此错误码）', cut: '…（已截断）' },
  en: { title: 'WeChat API call failed', endpoint: 'Endpoint', product: 'Product', time: 'Time', status: 'HTTP status', errcode: 'errcode', meaning: 'Meaning', errmsg: 'errmsg', rid: 'rid', ridTime: 'call time (from rid)', clientIp: 'caller IP', causes: 'Causes', fixes: 'How to fix', request: 'Request', response: 'Response', noBody: '(the browser kept no response body)', doc: 'Docs', unknown: '(not in the knowledge base)', cut: '… (truncated)' },
} as const;

function fence(text: string, lang = ''): string {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

function bodyText(call: DecodedCall): string | null {
  return call.body.kind === 'json' || call.body.kind === 'text' ? call.body.text : null;
}

/** Markdown for a QA ticket: endpoint, code, meaning, fix steps, masked request and response, rid, time. */
export function bugReport(call: DecodedCall, k: Knowledge, lang: Lang, mask: Masker): string {
  const w = words[lang];
  const name = endpointName(k, call.platform, call.path);
  const info = call.errcode === null ? null : describeCode(k, call.platform, call.errcode, call.path);
  const raw = call.errmsg ? parseErrmsg(call.errmsg) : null;
  const fields = raw && maskErrmsgFields(raw, mask);
  const hints = info ? hintsFor(info, lang, fields?.clientIp ?? null) : null;
  const lines = [
    `### ${w.title}: ${call.errcode ?? call.status} ${name ? name[lang] : mask.url(call.path)}`,
    '',
    `- **${w.endpoint}:** \`${call.method} ${mask.url(call.path)}\`${name ? ` (${name[lang]})` : ''}`,
    `- **${w.product}:** ${productOf(k, call.platform, call.path)} (${call.host})`,
    `- **${w.time}:** ${call.startedDateTime}`,
    `- **${w.status}:** ${call.status || '—'}`,
  ];
  if (call.errcode !== null) lines.push(`- **${w.errcode}:** ${call.errcode}`, `- **${w.meaning}:** ${info?.meaning?.[lang] ?? w.unknown}`);
  if (fields) {
    lines.push(`- **${w.errmsg}:** \`${fields.text}\``);
    if (fields.rid) lines.push(`- **${w.rid}:** \`${fields.rid}\`${fields.ridTime ? ` (${w.ridTime}: ${fields.ridTime})` : ''}`);
    if (fields.clientIp) lines.push(`- **${w.clientIp}:** ${fields.clientIp}`);
  }
  if (hints) {
    if (hints.causes.length > 0) lines.push('', `**${w.causes}**`, ...hints.causes.map((c) => `- ${c}`));
    if (hints.fixes.length > 0) lines.push('', `**${w.fixes}**`, ...hints.fixes.map((f, i) => `${i + 1}. ${f}`));
  }
  if (info) lines.push('', `${w.doc}: ${info.docUrl}`);
  lines.push('', `**${w.request}**`, '', fence(`${call.method} ${mask.url(call.url)}${call.requestBody ? `\n\n${cutMasked(mask.body(call.requestBody), REPORT_BODY_LIMIT, w.cut).text}` : ''}`, 'http'));
  const body = bodyText(call);
  const shown = body === null ? w.noBody : cutMasked(mask.body(body), REPORT_BODY_LIMIT, w.cut).text;
  lines.push('', `**${w.response}** (HTTP ${call.status || '—'})`, '', fence(shown, call.body.kind === 'json' ? 'json' : ''));
  return lines.join('\n');
}

/** POSIX shell single-quoting. */
function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Headers worth replaying: not the ones the browser or HTTP/2 sets itself. */
function replayHeaders(call: DecodedCall, mask: Masker) {
  return mask.headers(call.requestHeaders).filter((h) => !h.name.startsWith(':') && !/^(host|content-length|connection|accept-encoding|sec-|user-agent|origin|referer)/i.test(h.name));
}

export function asCurl(call: DecodedCall, mask: Masker): string {
  const parts = [`curl ${sq(mask.url(call.url))}`];
  if (call.method !== 'GET') parts.push(`-X ${call.method}`);
  for (const h of replayHeaders(call, mask)) parts.push(`-H ${sq(`${h.name}: ${h.value}`)}`);
  if (call.requestBody !== null) parts.push(`--data-raw ${sq(mask.body(call.requestBody))}`);
  return parts.join(' \\\n  ');
}

export function asFetch(call: DecodedCall, mask: Masker): string {
  const init: Record<string, unknown> = { method: call.method };
  const headers = Object.fromEntries(replayHeaders(call, mask).map((h) => [h.name, h.value]));
  if (Object.keys(headers).length > 0) init['headers'] = headers;
  if (call.requestBody !== null) init['body'] = mask.body(call.requestBody);
  return `fetch(${JSON.stringify(mask.url(call.url))}, ${JSON.stringify(init, null, 2)});`;
}

/** The response body, pretty-printed when it is JSON, masked. */
export function asJson(call: DecodedCall, mask: Masker): string {
  const body = bodyText(call) ?? '';
  return mask.body(body);
}
