/*
 * The `jssdk` command:
 *   jssdk [--json] [--lang zh|en] ERRMSG       what a JS-SDK errMsg means, causes, fixes
 *   jssdk sign --ticket T --noncestr N --timestamp TS --url U [--json]
 */
import { parseArgs } from 'node:util';
import { jssdkCatalogue } from '../decode/jssdk/catalogue';
import { decodeJssdkErrMsg, normalizeJssdkResult, type JssdkDecoded } from '../decode/jssdk/errmsg';
import { jssdkSignature, signatureString } from '../decode/jssdk/signature';
import type { Lang } from '../decode/knowledge/types';
import { parseLang, UsageError } from './args';
import { jssdkResult, type JssdkResult, type JssdkSignResult } from './jssdk-result';
import { cliMessages } from '../i18n/cli-messages';

/** The readable form, for a terminal. */
export function formatJssdk(decoded: JssdkDecoded, lang: Lang): string {
  const l = cliMessages[lang].jssdk;
  const lines = [decoded.errMsg, `  ${l.meaning}: ${decoded.meaning ? decoded.meaning[lang] : l.unknown}`];
  const facts = [decoded.api !== null ? `${l.api}: ${decoded.api}` : null, decoded.code !== null ? `${l.code}: ${decoded.code}` : null];
  if (facts.some((f) => f !== null)) lines.push(`  ${facts.filter((f) => f !== null).join('   ')}`);
  if (decoded.causes) lines.push(`  ${l.causes}:`, ...decoded.causes[lang].map((c) => `    - ${c}`));
  if (decoded.fixes) lines.push(`  ${l.fixes}:`, ...decoded.fixes[lang].map((f, i) => `    ${i + 1}. ${f}`));
  if (decoded.docUrl) lines.push(`  ${l.doc}: ${decoded.docUrl}`);
  return lines.join('\n');
}

function decode(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, lang: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('jssdk needs exactly one errMsg (quote it)');
  const json = values.json === true;
  const lang = parseLang(values.lang, json ? 'en' : 'zh');
  // A pasted result object (WeCom's {"errMsg":…,"hint":…}) is read as the client would report it.
  const decoded = decodeJssdkErrMsg(normalizeJssdkResult(positionals[0]), jssdkCatalogue);
  process.stdout.write(json ? `${JSON.stringify(jssdkResult(decoded, lang))}\n` : `${formatJssdk(decoded, lang)}\n`);
  return 0;
}

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`jssdk sign needs --${name}`);
  return value;
}

async function sign(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ticket: { type: 'string' },
      noncestr: { type: 'string' },
      timestamp: { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const timestamp = required(values, 'timestamp');
  if (!/^\d{1,13}$/.test(timestamp)) throw new UsageError(`--timestamp must be a number of seconds, not "${timestamp}"`);
  const params = { jsapiTicket: required(values, 'ticket'), nonceStr: required(values, 'noncestr'), timestamp, url: required(values, 'url') };
  const result: JssdkSignResult = { string: signatureString(params), signature: await jssdkSignature(params) };
  process.stdout.write(values.json === true ? `${JSON.stringify(result)}\n` : `signature: ${result.signature}\nstring:    ${result.string}\n`);
  return 0;
}

/** Runs `jssdk …` (the arguments after the command name); returns the exit status. */
export async function jssdk(args: string[]): Promise<number> {
  return args[0] === 'sign' ? await sign(args.slice(1)) : decode(args);
}
