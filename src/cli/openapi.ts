import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseJson } from '../decode/errcode';
import { describeCode } from '../decode/knowledge/lookup';
import type { Lang } from '../decode/knowledge/types';
import { parseLang, UsageError } from './args';
import { knowledge } from './knowledge';
import { trimEnd } from '../decode/trim-end';

export const DEFAULT_API_BASE = 'https://api.weixin.qq.com';
const TOKEN_ENV = 'WECHAT_ACCESS_TOKEN';
const TIMEOUT_MS = 15_000;

/** Shared options of the commands that call WeChat's openapi (rid, quota) from a server holding a token. */
const OPENAPI_OPTIONS = {
  'api-base': { type: 'string' },
  'token-file': { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
} as const;

/** A token given as a flag value would land in the shell's history: refused before anything else reads it. */
function refuseTokenFlag(args: readonly string[]): void {
  if (args.some((a) => /^--(access[-_])?token(=|$)/.test(a))) {
    throw new UsageError(`a token is never taken from a flag (it would land in shell history): set ${TOKEN_ENV} or pass --token-file PATH`);
  }
}

export function parseApiBase(value: string | undefined): string {
  if (value === undefined) return DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--api-base must be a URL, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError('--api-base must be an http or https URL');
  if (url.search !== '' || url.hash !== '') throw new UsageError('--api-base takes no query or fragment');
  return trimEnd(url.href, '/');
}

/** The access token: from --token-file when given, else from the environment. */
export async function readAccessToken(tokenFile: string | undefined): Promise<string> {
  let token: string;
  if (tokenFile !== undefined) {
    try {
      token = (await readFile(tokenFile, 'utf8')).trim();
    } catch {
      throw new UsageError(`cannot read the token file ${tokenFile}`);
    }
    if (token === '') throw new UsageError(`the token file ${tokenFile} is empty`);
    return token;
  }
  token = (process.env[TOKEN_ENV] ?? '').trim();
  if (token === '') throw new UsageError(`no access token: set ${TOKEN_ENV} or pass --token-file PATH (the account's access_token, on a server that holds it)`);
  return token;
}

/**
 * POSTs JSON to an openapi path and returns the parsed answer. Errors name the URL without its query,
 * so the token never reaches a message.
 */
export async function postOpenApi(apiBase: string, path: string, token: string, body: Record<string, string>): Promise<Record<string, unknown>> {
  const where = `${apiBase}${path}`;
  let response: Response;
  try {
    response = await fetch(`${where}?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new Error(`could not reach ${where} (${cause})`);
  }
  const json = parseJson(await response.text());
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${where} answered HTTP ${response.status} without a JSON object`);
  return json as Record<string, unknown>;
}

export function numberField(record: Record<string, unknown> | null, key: string): number | null {
  const value = record?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function stringField(record: Record<string, unknown> | null, key: string): string | null {
  const value = record?.[key];
  return typeof value === 'string' ? value : null;
}

export function objectField(record: Record<string, unknown> | null, key: string): Record<string, unknown> | null {
  const value = record?.[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** One of the commands that call WeChat's openapi with the account's token (rid, quota). */
export interface OpenApiCommand<R extends CodeVerdict> {
  /** Said when the command is not given exactly one argument. */
  usage: string;
  /** The argument checked and normalised (a UsageError when it is not one), before any token is read. */
  argument(given: string): string;
  lookup(argument: string, apiBase: string, token: string, lang: Lang): Promise<R>;
  format(result: R, lang: Lang): string;
}

/** Runs an openapi command: its argument, then the token, the lookup, and the result as JSON or text. Exit 1 when WeChat answered an error. */
export async function runOpenApiCommand<R extends CodeVerdict>(args: string[], command: OpenApiCommand<R>): Promise<number> {
  refuseTokenFlag(args);
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPENAPI_OPTIONS });
  if (positionals.length !== 1) throw new UsageError(command.usage);
  const argument = command.argument(positionals[0]!);
  const json = values.json === true;
  const lang = parseLang(values.lang, json ? 'en' : 'zh');
  const apiBase = parseApiBase(values['api-base']);
  const result = await command.lookup(argument, apiBase, await readAccessToken(values['token-file']), lang);
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${command.format(result, lang)}\n`);
  return result.errcode === 0 ? 0 : 1;
}

/** What WeChat's code means, as the rid and quota commands print it. */
export interface CodeVerdict {
  errcode: number | null;
  known: boolean;
  meaning: string | null;
}

export function verdictOf(errcode: number | null, lang: Lang): CodeVerdict {
  if (errcode === null) return { errcode, known: false, meaning: null };
  const info = describeCode(knowledge(), 'weixin', errcode);
  return { errcode, known: info.known, meaning: info.meaning?.[lang] ?? null };
}
