/*
 * The `decode` command: WeChat answers found in log lines.
 *   decode [FILE...] [--follow] [--json] [--platform weixin|wecom|pay] [--lang zh|en]
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { StringDecoder } from 'node:string_decoder';
import { parseArgs } from 'node:util';
import { jssdkCatalogue } from '../decode/jssdk/catalogue';
import { decodeJssdkErrMsg } from '../decode/jssdk/errmsg';
import { parseErrmsg } from '../decode/errmsg';
import { describeCode, hintsFor } from '../decode/knowledge/lookup';
import type { Knowledge, Lang } from '../decode/knowledge/types';
import { findAnswers, mayHoldAnswer, type LogAnswer, type LogForm } from '../decode/log-line';
import { maskText } from '../decode/mask';
import type { Errcode, Platform } from '../decode/types';
import { cliMessages } from '../i18n/cli-messages';
import { parseLang, parsePlatform, UsageError } from './args';
import { knowledge } from './knowledge';

/** One element of `decode --json` (one line a decoded answer): the contract of the command line. */
export interface DecodedLine {
  /** The log line, masked, cut to 2,000 characters. */
  line: string;
  /** The file it was read from; `-` for standard input. */
  file: string;
  /** 1-based line number in that file. */
  lineNumber: number;
  form: LogForm;
  platform: Platform | 'jssdk';
  errcode: Errcode | null;
  errmsg: string | null;
  known: boolean;
  meaning: string | null;
  hints: { causes: string[]; fixes: string[] } | null;
  /** WeChat's request id from the errmsg (`rid: …`). */
  rid: string | null;
  /** WeChat Pay's Request-ID. */
  requestId: string | null;
  docUrl: string | null;
}

/** How much of a line is shown; the rest is cut after masking. */
const SHOWN = 2_000;
/** A "line" this long without a line break is decoded as it is, so memory stays flat. */
const MAX_LINE = 1024 * 1024;

interface Options {
  json: boolean;
  lang: Lang;
  platform: Platform | undefined;
  color: boolean;
}

function explain(answer: LogAnswer, k: Knowledge, options: Options): Omit<DecodedLine, 'line' | 'file' | 'lineNumber'> {
  const masked = answer.errmsg === null ? null : maskText(answer.errmsg);
  if (answer.form === 'jssdk') {
    const decoded = decodeJssdkErrMsg(answer.errmsg ?? '', jssdkCatalogue);
    return {
      form: 'jssdk',
      platform: 'jssdk',
      errcode: decoded.code,
      errmsg: masked,
      known: decoded.known,
      meaning: decoded.meaning?.[options.lang] ?? null,
      hints: decoded.causes && decoded.fixes ? { causes: decoded.causes[options.lang], fixes: decoded.fixes[options.lang] } : null,
      rid: null,
      requestId: null,
      docUrl: decoded.docUrl,
    };
  }
  const platform = options.platform ?? answer.platform ?? 'weixin';
  const info = describeCode(k, platform, answer.errcode!);
  const fields = answer.errmsg === null ? null : parseErrmsg(answer.errmsg);
  return {
    form: answer.form,
    platform,
    errcode: answer.errcode,
    errmsg: masked,
    known: info.known,
    meaning: info.meaning?.[options.lang] ?? null,
    hints: hintsFor(info, options.lang, fields?.clientIp ?? null),
    rid: fields?.rid ?? null,
    requestId: answer.requestId,
    docUrl: info.docUrl,
  };
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** The readable form: the line as it was (masked), then each answer's meaning and first fix. */
function formatLine(line: string, decoded: ReturnType<typeof explain>[], options: Options): string {
  const l = cliMessages[options.lang].decode;
  const out = [paint(options.color, '2', line)];
  for (const d of decoded) {
    const code = d.errcode ?? d.errmsg ?? '';
    const id = d.rid ?? d.requestId;
    out.push(`  ${paint(options.color, '1;31', `✗ ${d.platform} ${code}`)} ${d.meaning ?? l.unknown}${id ? paint(options.color, '2', ` (${d.rid ? 'rid' : 'Request-ID'} ${id})`) : ''}`);
    const fix = d.hints?.fixes[0];
    if (fix) out.push(`    ${paint(options.color, '32', `${l.fix}:`)} ${fix}`);
  }
  return out.join('\n');
}

/** Decodes lines as they are fed and writes what it finds; counts what failed. */
class LineDecoder {
  failed = 0;
  private out = '';
  private lineNumber = 0;
  private carry = '';

  constructor(
    private readonly file: string,
    private readonly k: Knowledge,
    private readonly options: Options,
  ) {}

  /** Text as it comes; only whole lines are decoded until `end`. */
  feed(chunk: string): void {
    const text = this.carry === '' ? chunk : this.carry + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    this.carry = text.slice(start);
    if (this.carry.length > MAX_LINE) {
      this.line(this.carry);
      this.carry = '';
    }
    this.flush();
  }

  end(): void {
    if (this.carry !== '') this.line(this.carry);
    this.carry = '';
    this.flush();
  }

  private line(raw: string): void {
    this.lineNumber++;
    if (!mayHoldAnswer(raw)) return;
    const answers = findAnswers(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
    if (answers.length === 0) return;
    this.failed += answers.length;
    const masked = maskText(raw.length > SHOWN * 4 ? raw.slice(0, SHOWN * 4) : raw).replace(/\r$/, '');
    const shown = masked.length > SHOWN ? `${masked.slice(0, SHOWN)}…` : masked;
    const decoded = answers.map((a) => explain(a, this.k, this.options));
    if (this.options.json) {
      for (const d of decoded) this.out += `${JSON.stringify({ line: shown, file: this.file, lineNumber: this.lineNumber, ...d } satisfies DecodedLine)}\n`;
    } else this.out += `${formatLine(shown, decoded, this.options)}\n`;
  }

  /** Once a chunk of input (so `--follow` shows a line as soon as it is written). */
  private flush(): void {
    if (this.out === '') return;
    process.stdout.write(this.out);
    this.out = '';
  }
}

async function readStream(stream: NodeJS.ReadableStream, decoder: LineDecoder): Promise<void> {
  const text = new StringDecoder('utf8');
  for await (const chunk of stream as AsyncIterable<Buffer>) decoder.feed(text.write(chunk));
  decoder.feed(text.end());
  decoder.end();
}

/** `tail -f`: reads what the file has, then what is appended, until the process is ended. */
async function follow(file: string, decoder: LineDecoder, stop: AbortSignal): Promise<void> {
  const handle = await open(file, 'r');
  const text = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let position = 0;
  try {
    while (!stop.aborted) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead > 0) {
        position += bytesRead;
        decoder.feed(text.write(buffer.subarray(0, bytesRead)));
        continue;
      }
      // Truncated (a rotated log written anew): start again from its beginning.
      if ((await handle.stat()).size < position) position = 0;
      await sleep(200, undefined, { signal: stop }).catch(() => undefined);
    }
  } finally {
    await handle.close();
  }
  decoder.end();
}

async function checkFiles(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot read ${file}: ${error.code ?? String(error)}`);
    });
    if (!info.isFile() && !info.isFIFO()) throw new Error(`${file} is not a file`);
  }
}

/** Runs `decode …`; exit status 1 when a failing WeChat answer was found, 0 when none, 2 on bad input. */
export async function decode(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, follow: { type: 'boolean', short: 'f', default: false }, platform: { type: 'string' }, lang: { type: 'string' } },
  });
  const json = values.json === true;
  const options: Options = {
    json,
    lang: parseLang(values.lang, json ? 'en' : 'zh'),
    platform: parsePlatform(values.platform),
    color: !json && process.stdout.isTTY === true && !process.env['NO_COLOR'],
  };
  if (values.follow === true && positionals.length !== 1) throw new UsageError('decode --follow needs exactly one file');
  await checkFiles(positionals);
  const k = knowledge();
  let failed = 0;
  if (positionals.length === 0) {
    const decoder = new LineDecoder('-', k, options);
    await readStream(process.stdin, decoder);
    return decoder.failed > 0 ? 1 : 0;
  }
  if (values.follow === true) {
    const decoder = new LineDecoder(positionals[0]!, k, options);
    const stop = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
    await follow(positionals[0]!, decoder, stop.signal);
    return decoder.failed > 0 ? 1 : 0;
  }
  for (const file of positionals) {
    const decoder = new LineDecoder(file, k, options);
    await readStream(createReadStream(file, { highWaterMark: 1024 * 1024 }), decoder);
    failed += decoder.failed;
  }
  return failed > 0 ? 1 : 0;
}
