#!/usr/bin/env node
/*
 * wechat-api-inspector: the command line sharing the panel's decoding core.
 *   lookup [--platform weixin|wecom|pay] [--lang zh|en] [--json] CODE...
 *   report FILE.har [--json] [--lang zh|en] [--errors-only]
 *   mask FILE.har [-o OUT.har]
 *   jssdk [--json] [--lang zh|en] ERRMSG
 *   jssdk sign --ticket T --noncestr N --timestamp TS --url U [--json]
 *   rid [--api-base URL] [--token-file PATH] [--json] [--lang zh|en] RID
 *   quota [--api-base URL] [--token-file PATH] [--json] [--lang zh|en] PATH
 *   decode [FILE...] [--follow] [--json] [--platform weixin|wecom|pay] [--lang zh|en]
 */
import { parseArgs } from 'node:util';
import { parseArgsWithNegatives, parseLang, parsePlatform, UsageError } from './args';
import { decode } from './decode';
import { jssdk } from './jssdk';
import type { Errcode } from '../decode/types';
import { knowledge } from './knowledge';
import { formatLookup, lookupCodes, lookupResult } from './lookup';
import { maskHar, maskHarToFile } from './mask';
import { quota } from './quota';
import { formatReport, reportHar, type ReportRow } from './report';
import { rid } from './rid';
import { cliMessages } from '../i18n/cli-messages';

const USAGE = `Usage:
  wechat-api-inspector lookup [--platform weixin|wecom|pay] [--lang zh|en] [--json] CODE...
  wechat-api-inspector report FILE.har [--json] [--lang zh|en] [--errors-only]
  wechat-api-inspector mask FILE.har [-o OUT.har]
  wechat-api-inspector jssdk [--json] [--lang zh|en] ERRMSG
  wechat-api-inspector jssdk sign --ticket T --noncestr N --timestamp TS --url U [--json]
  wechat-api-inspector rid [--api-base URL] [--token-file PATH] [--json] [--lang zh|en] RID
  wechat-api-inspector quota [--api-base URL] [--token-file PATH] [--json] [--lang zh|en] PATH
  wechat-api-inspector decode [FILE...] [--follow] [--json] [--platform weixin|wecom|pay] [--lang zh|en]

Commands:
  lookup   What WeChat / WeCom / WeChat Pay codes mean, why they happen and how to fix them.
  report   Decode the WeChat calls of a HAR file (Chrome, Edge, Firefox). Exit status 1 when any failed.
  mask     A sanitized copy of a HAR file (secrets in URLs, headers, cookies, bodies, errmsgs masked),
           to stdout or to -o OUT.har.
  jssdk    What a JS-SDK errMsg (wx.config, wx.agentConfig, wx.* calls) means and how to fix it;
           "jssdk sign" computes the wx.config signature offline and shows the string signed.
  rid      What WeChat logged for a failed call (request and answer, masked), by the errmsg's rid.
  quota    An API's daily limit, use and rate limit, and what clear_quota would cost.
           Both run on a server holding the account's access_token: WECHAT_ACCESS_TOKEN or --token-file
           (never a flag value). Exit status 1 when WeChat answers an error, 2 for bad input or no answer.
  decode   Find WeChat answers in log lines (files, or standard input; --follow a growing file) and say
           what each means and the first fix. Exit status 1 when any failing answer was found.`;

function lookup(args: string[]): number {
  const { values, positionals } = parseArgsWithNegatives(args, {
    options: { platform: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('lookup needs at least one code');
  // Numbers for WeChat and WeCom; WeChat Pay's codes are words (SIGN_ERROR, No Bill Exist).
  const codes = positionals.map((p): Errcode => {
    if (/^-?\d{1,12}$/.test(p)) return Number(p);
    if (/^[A-Za-z][A-Za-z0-9_ ]*$/.test(p)) return p;
    throw new UsageError(`not an error code: "${p}"`);
  });
  const json = values.json === true;
  const lang = parseLang(values.lang, json ? 'en' : 'zh');
  const infos = lookupCodes(knowledge(), codes, parsePlatform(values.platform));
  process.stdout.write(json ? `${JSON.stringify(infos.map((info) => lookupResult(info, lang)))}\n` : `${formatLookup(infos, lang)}\n`);
  return 0;
}

async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, lang: { type: 'string' }, 'errors-only': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('report needs exactly one HAR file');
  const json = values.json === true;
  const lang = parseLang(values.lang, json ? 'en' : 'zh');
  // --json is written as the rows come, in pieces, so that memory stays flat on any file; the array
  // opens with the first row, so a file found broken before any WeChat call prints only its error.
  const rows: ReportRow[] = [];
  let opened = false;
  let pending = '';
  const result = await reportHar(positionals[0]!, knowledge(), { lang, errorsOnly: values['errors-only'] === true }, (row) => {
    if (!json) return void rows.push(row);
    pending += `${opened ? ',' : '['}${JSON.stringify(row.entry)}`;
    opened = true;
    if (pending.length > 64 * 1024) {
      process.stdout.write(pending);
      pending = '';
    }
  });
  process.stdout.write(json ? `${opened ? pending : '['}]\n` : `${formatReport(rows, result.total, result.failed, lang)}\n`);
  // On stderr, so that --json's array stays the only thing on stdout.
  if (result.skipped > 0) process.stderr.write(`wechat-api-inspector: ${cliMessages[lang].report.skipped(result.skipped)}\n`);
  return result.failed > 0 ? 1 : 0;
}

async function mask(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  if (positionals.length !== 1) throw new UsageError('mask needs exactly one HAR file');
  const input = positionals[0]!;
  const { skipped } = values.output === undefined ? await maskHar(input, process.stdout) : await maskHarToFile(input, values.output);
  if (skipped > 0) process.stderr.write(`wechat-api-inspector: ${cliMessages.en.report.maskedMalformed(skipped)}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lookup':
        return lookup(rest);
      case 'report':
        return await report(rest);
      case 'mask':
        return await mask(rest);
      case 'jssdk':
        return await jssdk(rest);
      case 'rid':
        return await rid(rest);
      case 'quota':
        return await quota(rest);
      case 'decode':
        return await decode(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`wechat-api-inspector: ${message.split('\n')[0]}\n${usage ? `${USAGE}\n` : ''}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
