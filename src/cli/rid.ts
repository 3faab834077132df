import { parseErrmsg } from '../decode/errmsg';
import { parseJson, readErrorFields } from '../decode/errcode';
import { describeCode, hintsFor } from '../decode/knowledge/lookup';
import type { Lang } from '../decode/knowledge/types';
import { maskerFor } from '../decode/mask';
import { diagnosis } from '../decode/data';
import { cliMessages } from '../i18n/cli-messages';
import { UsageError } from './args';
import { knowledge } from './knowledge';
import { numberField, objectField, postOpenApi, runOpenApiCommand, stringField, verdictOf, type CodeVerdict } from './openapi';

const RID = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/i;

/** `rid --json`: the command line's contract. */
export interface RidResult extends CodeVerdict {
  rid: string;
  /** The original call WeChat logged under this rid, masked; null when the lookup failed. */
  request: {
    invokeTime: string | null;
    costInMs: number | null;
    requestUrl: string | null;
    requestBody: string | null;
    responseBody: string | null;
    clientIp: string | null;
  } | null;
  /** The original call's answer, decoded: its errcode, what that means and how to fix it. */
  response: (CodeVerdict & { errmsg: string | null; hints: { causes: string[]; fixes: string[] } | null }) | null;
}

// What the command prints is never revealed: a terminal's scrollback and CI logs keep it.
const mask = maskerFor(false);

/** WeChat logs only the query string of the URL (`access_token=…`); a whole URL is masked as one. */
function maskLoggedUrl(text: string): string {
  return /^[a-z]+:\/\//i.test(text) || text.includes('?') ? mask.url(text) : mask.url(`?${text}`).slice(1);
}

function maskedText(text: string | null): string | null {
  return text === null || text === '' ? text : mask.body(text);
}

function decodeResponse(body: string | null, lang: Lang): RidResult['response'] {
  if (body === null) return null;
  const { errcode, errmsg } = readErrorFields(parseJson(body));
  if (errcode === null) return null;
  const info = describeCode(knowledge(), 'weixin', errcode);
  const clientIp = errmsg === null ? null : parseErrmsg(errmsg).clientIp;
  return { ...verdictOf(errcode, lang), errmsg, hints: hintsFor(info, lang, clientIp) };
}

export async function lookupRid(rid: string, apiBase: string, token: string, lang: Lang): Promise<RidResult> {
  const answer = await postOpenApi(apiBase, diagnosis.rid.lookupPath, token, { rid });
  const { errcode } = readErrorFields(answer);
  const logged = objectField(answer, 'request');
  const invoked = numberField(logged, 'invoke_time');
  const responseBody = stringField(logged, 'response_body');
  return {
    rid,
    ...verdictOf(errcode, lang),
    request: logged && {
      invokeTime: invoked === null ? null : new Date(invoked * 1000).toISOString(),
      costInMs: numberField(logged, 'cost_in_ms'),
      requestUrl: ((u) => (u === null ? null : maskLoggedUrl(u)))(stringField(logged, 'request_url')),
      requestBody: maskedText(stringField(logged, 'request_body')),
      responseBody: maskedText(responseBody),
      clientIp: stringField(logged, 'client_ip'),
    },
    response: decodeResponse(responseBody, lang),
  };
}

export function formatRid(r: RidResult, lang: Lang): string {
  const l = cliMessages[lang].rid;
  const lines = [`rid ${r.rid}`, `${l.lookup}: errcode ${r.errcode ?? '—'} ${r.meaning ?? (r.errcode === 0 ? 'ok' : l.unknown)}`];
  if (r.request) {
    lines.push(`${l.time}: ${r.request.invokeTime ?? '—'}   ${l.cost}: ${r.request.costInMs ?? '—'} ms   ${l.ip}: ${r.request.clientIp ?? '—'}`);
    lines.push(`${l.url}: ${r.request.requestUrl || l.none}`);
    lines.push(`${l.body}:`, r.request.requestBody || l.none);
    lines.push(`${l.answer}:`, r.request.responseBody || l.none);
  }
  if (r.response) {
    lines.push('', `${l.decoded}: ${r.response.errcode} ${r.response.meaning ?? l.unknown}`);
    if (r.response.hints) lines.push(`  ${l.fixes}:`, ...r.response.hints.fixes.map((f, i) => `    ${i + 1}. ${f}`));
  }
  if (r.errcode !== 0 && r.errcode !== null) {
    const hints = hintsFor(describeCode(knowledge(), 'weixin', r.errcode), lang, null);
    if (hints) lines.push(`  ${l.fixes}:`, ...hints.fixes.map((f, i) => `    ${i + 1}. ${f}`));
  }
  return lines.join('\n');
}

/** `rid RID`: what WeChat logged for a failed call, looked up with the account's own token. Exit 1 when the lookup failed. */
export function rid(args: string[]): Promise<number> {
  return runOpenApiCommand(args, {
    usage: 'rid needs exactly one rid (xxxxxxxx-xxxxxxxx-xxxxxxxx)',
    argument(given) {
      const wanted = given.trim();
      if (!RID.test(wanted)) throw new UsageError(`not a rid: "${wanted.slice(0, 40)}" (three groups of 8 hex digits, as in an errmsg's "rid: …")`);
      return wanted;
    },
    lookup: lookupRid,
    format: formatRid,
  });
}
