import { readErrorFields } from '../decode/errcode';
import type { Lang } from '../decode/knowledge/types';
import { diagnosis } from '../decode/data';
import { cliMessages } from '../i18n/cli-messages';
import { UsageError } from './args';
import { numberField, objectField, postOpenApi, runOpenApiCommand, verdictOf, type CodeVerdict } from './openapi';

const API_PATH = /^\/[A-Za-z0-9_./-]{1,200}$/;

export interface RateLimit {
  callCount: number | null;
  refreshSecond: number | null;
}

/** `quota --json`: the command line's contract. */
export interface QuotaResult extends CodeVerdict {
  path: string;
  quota: { dailyLimit: number | null; used: number | null; remain: number | null } | null;
  rateLimit: RateLimit | null;
  /** The limit on calls a third-party platform makes on the account's behalf. */
  componentRateLimit: RateLimit | null;
}

/** An API path, or a whole WeChat URL of which only the path is kept (its query, token included, is dropped). */
export function apiPathOf(input: string): string {
  let path = input.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      throw new UsageError('not a URL or an API path');
    }
  }
  if (!API_PATH.test(path)) throw new UsageError('quota needs an API path starting with /, e.g. /cgi-bin/message/custom/send');
  return path;
}

function rateLimit(record: Record<string, unknown> | null): RateLimit | null {
  return record && { callCount: numberField(record, 'call_count'), refreshSecond: numberField(record, 'refresh_second') };
}

export async function lookupQuota(path: string, apiBase: string, token: string, lang: Lang): Promise<QuotaResult> {
  const answer = await postOpenApi(apiBase, diagnosis.quota.lookupPath, token, { cgi_path: path });
  const quota = objectField(answer, 'quota');
  return {
    path,
    ...verdictOf(readErrorFields(answer).errcode, lang),
    quota: quota && { dailyLimit: numberField(quota, 'daily_limit'), used: numberField(quota, 'used'), remain: numberField(quota, 'remain') },
    rateLimit: rateLimit(objectField(answer, 'rate_limit')),
    componentRateLimit: rateLimit(objectField(answer, 'component_rate_limit')),
  };
}

export function formatQuota(r: QuotaResult, lang: Lang): string {
  const l = cliMessages[lang].quota;
  const show = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'));
  const lines = [`${r.path}`];
  if (r.errcode !== 0) lines.push(`errcode ${r.errcode ?? '—'} ${r.meaning ?? l.unknown}`);
  if (r.quota) lines.push(`${l.daily}: ${show(r.quota.dailyLimit)}   ${l.used}: ${show(r.quota.used)}   ${l.remain}: ${show(r.quota.remain)}`);
  const rate = (name: string, limit: RateLimit | null) => limit && lines.push(`${name}: ${show(limit.callCount)} ${l.per} ${show(limit.refreshSecond)} s`);
  rate(l.rate, r.rateLimit);
  rate(l.component, r.componentRateLimit);
  if (r.quota?.remain === 0) lines.push('', ...diagnosis.quota.clearQuota[lang].map((p) => `- ${p}`), `  ${diagnosis.quota.source}`);
  else if (r.quota) lines.push('', l.left);
  return lines.join('\n');
}

/** `quota PATH`: an API's daily limit, use and rate limit for the account. Exit 1 when WeChat answered an error. */
export function quota(args: string[]): Promise<number> {
  return runOpenApiCommand(args, {
    usage: 'quota needs exactly one API path, e.g. /cgi-bin/message/custom/send',
    argument: apiPathOf,
    lookup: lookupQuota,
    format: formatQuota,
  });
}
