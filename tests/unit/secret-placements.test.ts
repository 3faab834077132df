import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReport, type ReportRow } from '../../src/cli/report';
import { maskErrmsgFields, parseErrmsg } from '../../src/decode/errmsg';
import { decodeHarEntry } from '../../src/decode/har-entry';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';
import { cutMasked, maskerFor } from '../../src/decode/mask';
import { maskHarValue } from '../../src/decode/mask/har';
import { toReportEntry } from '../../src/decode/report-entry';
import { signatureString } from '../../src/decode/jssdk/signature';
import type { DecodedCall } from '../../src/decode/types';
import { rowContent, rowTexts } from '../../src/view/list/row-content';
import { asCurl, asFetch, asJson, bugReport } from '../../src/view/details/copy-formats';
import { toHar } from '../../src/view/toolbar/har-file';
import { messagesFor } from '../../src/i18n';
import { PLACEMENTS, type Placement, type PlantedCall } from '../fixtures/secrets/placements';
import { inspect } from '../support/inspect';

/*
 * Every placement of tests/fixtures/secrets/placements.ts, planted with random secrets, goes through
 * every output the decoder feeds: the list row, the texts of each details tab, the bug report, cURL,
 * fetch, Copy JSON, the exported HAR, `report` (table and --json) and `mask`. None may contain the secret.
 */

const k = compileKnowledge(rawKnowledge);
const mask = maskerFor(false);
const t = messagesFor('en');

export function harEntry(c: PlantedCall): Record<string, unknown> {
  return {
    startedDateTime: '2026-11-21T10:00:00.000Z',
    time: 12,
    request: { method: c.method ?? 'GET', url: c.url, headers: c.requestHeaders ?? [], ...(c.requestBody === undefined ? {} : { postData: { mimeType: 'application/json', text: c.requestBody } }) },
    response: {
      status: c.status ?? 200,
      headers: c.responseHeaders ?? [],
      content: { mimeType: c.mimeType ?? 'application/json', ...(c.content === null || c.content === undefined ? {} : { text: c.content }), ...(c.encoding ? { encoding: c.encoding } : {}) },
    },
  };
}

/** What the details tabs show, in the order the tabs build it (Details.tsx). */
function detailsTexts(call: DecodedCall): string[] {
  const out = [mask.url(call.url)];
  try {
    out.push(...[...new URL(mask.url(call.url)).searchParams].flat());
  } catch {
    // the request tab shows no table then
  }
  // Raw views re-indent; trees read the text as written.
  if (call.requestBody) out.push(cutMasked(mask.body(call.requestBody), 20_000).text, cutMasked(mask.bodyAsWritten(call.requestBody), 20_000).text);
  if (call.body.kind === 'json' || call.body.kind === 'text') out.push(cutMasked(mask.body(call.body.text), 20_000).text, cutMasked(mask.bodyAsWritten(call.body.text), 20_000).text);
  out.push(JSON.stringify(mask.headers(call.requestHeaders)), JSON.stringify(mask.headers(call.responseHeaders)));
  if (call.errmsg) out.push(JSON.stringify(maskErrmsgFields(parseErrmsg(call.errmsg), mask)));
  for (const f of call.itemFailures) if (f.errmsg) out.push(mask.text(f.errmsg));
  for (const f of call.partialFailures) out.push(mask.text(f.value));
  if (call.pay?.detail) out.push(mask.text(call.pay.detail));
  return out;
}

function outputs(call: DecodedCall, entry: Record<string, unknown>): Record<string, string> {
  const report = toReportEntry(call, k, 'en');
  const reportRow: ReportRow = { entry: report, partial: [], unreadableErrcode: false };
  return {
    list: rowTexts(rowContent(call, k, t, 'en')).join('\n'),
    details: detailsTexts(call).join('\n'),
    bugReport: bugReport(call, k, 'en', mask),
    curl: asCurl(call, mask),
    fetch: asFetch(call, mask),
    json: asJson(call, mask),
    har: JSON.stringify(toHar([call], mask, '1')),
    reportJson: JSON.stringify(report),
    reportTable: formatReport([reportRow], 1, 1, 'en'),
    mask: JSON.stringify(maskHarValue(entry, mask)),
  };
}

const secretOf = (kind: Placement['kind']) =>
  kind === 'digits' ? fc.stringMatching(/^[1-9][0-9]{15,20}$/) : kind === 'long' ? fc.stringMatching(/^[A-Za-z0-9_-]{100,160}$/) : fc.stringMatching(/^[A-Za-z0-9]{20,40}$/);

function leaks(placement: Placement, secret: string): string[] {
  const entry = harEntry(placement.plant(secret));
  const call = decodeHarEntry(entry as never, 'p1');
  if (!call) return ['not decoded'];
  return Object.entries(outputs(call, entry))
    .filter(([, text]) => text.includes(secret))
    .map(([name]) => name);
}

describe('no output shows a planted secret', () => {
  it.each(PLACEMENTS.map((p) => [p.id, p] as const))('%s', (_id, placement) => {
    const secret = placement.kind === 'digits' ? '83920174650192837465' : placement.kind === 'long' ? `T${'a1B2_c3D4-'.repeat(12)}` : 'S3cr3tValue0123456789xyz';
    expect(leaks(placement, secret)).toEqual([]);
  });

  it('random secrets in random placements, through every output', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACEMENTS).chain((p) => fc.tuple(fc.constant(p), secretOf(p.kind))),
        ([placement, secret]) => {
          expect(leaks(placement, secret), placement.id).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the JS-SDK doctor shows the string signed with the page URL\'s code masked', () => {
    const signed = signatureString({ jsapiTicket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg', nonceStr: 'n', timestamp: '1', url: 'https://h5.example.com/cb?code=CODE0123456789abcdef&state=1#x' });
    expect(mask.body(signed)).toContain('noncestr=n&timestamp=1&url=https://h5.example.com/cb?code=***');
    expect(mask.body(signed)).not.toContain('CODE0123456789abcdef');
    expect(mask.body(signed)).not.toContain('sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg');
  });
});

describe('the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wechat-secrets-'));
  const secrets = PLACEMENTS.map((p, i) => (p.kind === 'digits' ? `${9100000000000000 + i}` : p.kind === 'long' ? `L${String(i).padStart(3, '0')}${'q7Z_'.repeat(30)}` : `CliSecret${String(i).padStart(3, '0')}abcdefghijk`));
  const file = join(dir, 'placements.har');
  writeFileSync(file, JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, pages: [{ title: `https://h5.example.com/?code=${secrets[0]}` }], entries: PLACEMENTS.map((p, i) => harEntry(p.plant(secrets[i]!))) } }));

  it('report (table and --json) prints none of them', async () => {
    for (const args of [[], ['--json']]) {
      const { stdout, stderr } = await inspect('report', file, ...args);
      expect(secrets.filter((s) => stdout.includes(s) || stderr.includes(s))).toEqual([]);
    }
  }, 60_000);

  it('mask writes a HAR with none of them that still reads as the same calls', async () => {
    const out = join(dir, 'masked.har');
    const { code } = await inspect('mask', file, '-o', out);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
    const masked = JSON.parse(text) as { log: { entries: unknown[]; creator: unknown } };
    expect(masked.log.entries).toHaveLength(PLACEMENTS.length);
    expect(masked.log.creator).toEqual({ name: 'test', version: '1' });
    const before = await inspect('report', file, '--json');
    const after = await inspect('report', out, '--json');
    const codes = (s: string) => (JSON.parse(s) as Array<{ errcode: unknown }>).map((e) => e.errcode);
    expect(codes(after.stdout)).toEqual(codes(before.stdout));
  }, 90_000);
});
