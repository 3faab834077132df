import { decodeHarEntry, isWellFormedEntry, matchEntry } from '../decode/har-entry';
import { maskText } from '../decode/mask';
import type { Knowledge, Lang } from '../decode/knowledge/types';
import type { DecodedCall } from '../decode/types';
import { toReportEntry, type ReportEntry } from '../decode/report-entry';
import { harEntries } from './har-entries';
import { cliMessages } from '../i18n/cli-messages';
import { stripControls } from './terminal-text';

export interface ReportOptions {
  lang: Lang;
  errorsOnly: boolean;
}

export interface ReportRow {
  entry: ReportEntry;
  /** What made a call with errcode 0 a failure: failing batch items, partial-failure fields. */
  partial: string[];
  /** The errcode was there but not a plain integer. */
  unreadableErrcode: boolean;
}

function partialOf(call: DecodedCall): string[] {
  return [
    ...call.itemFailures.map((f) => `${f.at}: ${f.errcode}${f.errmsg ? ` ${maskText(f.errmsg)}` : ''}`),
    ...call.partialFailures.map((f) => `${f.field}: ${maskText(f.value)}`),
  ];
}

/**
 * The WeChat calls of a HAR file, decoded and handed to `onRow` one by one; other hosts are left out
 * without their bodies ever being read. Malformed entries are skipped and counted.
 */
export async function reportHar(file: string, k: Knowledge, options: ReportOptions, onRow: (row: ReportRow) => void): Promise<{ failed: number; total: number; skipped: number }> {
  let failed = 0;
  let skipped = 0;
  let total = 0;
  let seq = 0;
  for await (const entry of harEntries(file, (e) => !isWellFormedEntry(e) || matchEntry(e) !== null)) {
    if (!isWellFormedEntry(entry)) {
      skipped++;
      continue;
    }
    const call = decodeHarEntry(entry, `h${++seq}`);
    if (!call) continue;
    const report = toReportEntry(call, k, options.lang);
    total++;
    if (report.ok === false) failed++;
    if (!options.errorsOnly || report.ok === false) onRow({ entry: report, partial: partialOf(call), unreadableErrcode: call.errcodeUnreadable === true });
  }
  return { failed, total, skipped };
}

/** The readable table: one line a call, then the fix steps of each failure; text from the file stripped of terminal controls. */
export function formatReport(rows: readonly ReportRow[], total: number, failed: number, lang: Lang): string {
  const w = cliMessages[lang].report;
  if (total === 0) return w.none;
  const mark = (e: ReportEntry) => (e.ok === false ? '✗' : e.ok === null ? '?' : '✓');
  const describe = ({ entry: e, partial, unreadableErrcode }: ReportRow) => {
    if (e.ok === null) return w.noBody;
    if (unreadableErrcode) return w.unreadable;
    if (partial.length > 0) return `${w.partial}: ${partial.join('; ')}`;
    if (e.errcode === null || e.errcode === 0) return e.ok ? w.ok : w.failedOther;
    return e.meaning ?? w.unknown;
  };
  const lines = rows.map((row) => {
    const e = row.entry;
    return [mark(e), String(e.errcode ?? '-').padEnd(8), e.method.padEnd(5), String(e.status).padEnd(4), `[${e.product}]`.padEnd(14), (e.endpoint.name ?? e.endpoint.path).padEnd(24), describe(row)].join(' ');
  });
  const details = rows
    .map((row) => row.entry)
    .filter((e) => e.ok === false && e.hints)
    .map((e) => [`${e.errcode} ${e.endpoint.path}${e.errmsg?.rid ? ` (rid ${e.errmsg.rid})` : ''}`, `  ${w.fixes}:`, ...e.hints!.fixes.map((f, i) => `    ${i + 1}. ${f}`)].join('\n'));
  return stripControls([...lines, '', w.calls(total, failed), ...(details.length ? ['', ...details] : [])].join('\n'));
}
