import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCall } from '../../src/decode/decode-call';
import { matchWeChatUrl } from '../../src/decode/hosts';
import { compileKnowledge } from '../../src/decode/knowledge/compile';
import { rawKnowledge } from '../../src/decode/knowledge/raw-data';
import { toReportEntry } from '../../src/decode/report-entry';

interface Case {
  name: string;
  url: string;
  status?: number;
  body?: string;
  base64?: string;
  content?: null;
  mimeType?: string;
  headers?: Record<string, string>;
  expect: Record<string, unknown>;
}

const corpus = JSON.parse(readFileSync(join(__dirname, '../fixtures/corpus/responses.json'), 'utf8')) as { cases: Case[] };
const k = compileKnowledge(rawKnowledge);

describe('corpus of realistic responses', () => {
  it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const captured = {
      id: 'x',
      startedDateTime: '2026-11-21T10:00:00.000Z',
      time: 1,
      method: 'GET',
      url: c.url,
      status: c.status ?? 200,
      mimeType: c.mimeType ?? 'application/json',
      requestHeaders: [],
      responseHeaders: Object.entries(c.headers ?? {}).map(([name, value]) => ({ name, value })),
      requestBody: null,
      content: c.base64 ?? (c.content === null ? null : (c.body ?? null)),
      encoding: c.base64 ? 'base64' : '',
      timings: null,
    };
    const call = decodeCall(captured, matchWeChatUrl(c.url)!);
    const report = toReportEntry(call, k, 'en');
    const actual: Record<string, unknown> = {
      state: call.state,
      errcode: call.errcode,
      platform: call.platform,
      product: report.product,
      body: call.body.kind,
      codeSource: call.codeSource,
      invalidUtf8: call.invalidUtf8,
      requestIdCode: call.pay?.requestIdCode ?? null,
      partial: call.partialFailures.map((p) => p.field),
      items: call.itemFailures.map((i) => i.at),
      ...(report.errmsg ?? {}),
    };
    for (const [key, value] of Object.entries(c.expect)) expect(actual[key], key).toEqual(value);
    if (typeof call.errcode === 'number' && call.errcode !== 0) expect(report.known, `${call.errcode} known`).toBe(true);
  });
});
