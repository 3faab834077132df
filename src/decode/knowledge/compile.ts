import { PLATFORMS, type Platform } from '../types.ts';
import type { CompiledCode, CompiledEndpoint, CompiledOverride, Knowledge, Product, RawKnowledge, SourceRef, TextList } from './types.ts';

function perPlatform<T>(make: () => T): Record<Platform, T> {
  return Object.fromEntries(PLATFORMS.map((p) => [p, make()])) as Record<Platform, T>;
}

/** Numbers each distinct source and each distinct set of sources once, so entries carry one small index. */
function sourceTable(): { sources: SourceRef[]; sourceSets: number[][]; id: (ref: SourceRef) => number; set: (ids: number[]) => number } {
  const sources: SourceRef[] = [];
  const sourceSets: number[][] = [];
  const sourceIds = new Map<string, number>();
  const setIds = new Map<string, number>();
  const id = (ref: SourceRef): number => {
    const key = JSON.stringify([ref.title, ref.url, ref.checked]);
    let n = sourceIds.get(key);
    if (n === undefined) sourceIds.set(key, (n = sources.push(ref) - 1));
    return n;
  };
  const set = (ids: number[]): number => {
    const key = ids.join(',');
    let n = setIds.get(key);
    if (n === undefined) setIds.set(key, (n = sourceSets.push(ids) - 1));
    return n;
  };
  return { sources, sourceSets, id, set };
}

/** A `source` field: an https URL of the page read, or the name of the list. */
function sourceOf(source: string, checked: string): SourceRef {
  return source.startsWith('https://') ? { url: source, checked } : { title: source, checked };
}

/** Joins the reviewed data files into one lookup keyed by platform and code. */
export function compileKnowledge(raw: RawKnowledge): Knowledge {
  const table = sourceTable();
  const codes = perPlatform<Record<string, CompiledCode>>(() => ({}));
  for (const file of raw.codes) {
    // Most codes share the file's date: their catalogue entries are numbered once per file.
    const fileIds = new Map<string, number>();
    const sourceId = (id: string, checked: string | undefined): number => {
      if (checked) return table.id({ ...file.sources[id]!, checked });
      let n = fileIds.get(id);
      if (n === undefined) fileIds.set(id, (n = table.id({ ...file.sources[id]!, checked: file.checked })));
      return n;
    };
    for (const c of file.codes) {
      const entry: CompiledCode = { zh: c.zh, en: c.en };
      if (c.legacy) entry.legacy = true;
      if (c.note) entry.note = c.note;
      entry.src = table.set(c.src.map((id) => sourceId(id, c.checked)));
      codes[file.platform][String(c.code)] = entry;
    }
  }
  for (const file of raw.hints) {
    for (const h of file.hints) {
      const entry = codes[file.platform][String(h.code)];
      if (!entry) continue;
      entry.causes = h.causes;
      entry.fixes = h.fixes;
      entry.docUrl = h.docUrl;
      entry.hintSrc = table.set([table.id(sourceOf(h.source, h.checked))]);
    }
  }
  const overrides = perPlatform<Record<string, CompiledOverride[]>>(() => ({}));
  const addOverride = (
    platform: Platform,
    o: { code: number; paths: string[]; zh: string; en: string; causes?: TextList; fixes?: TextList; source: string; checked: string },
  ): void => {
    const entry: CompiledOverride = { paths: o.paths, zh: o.zh, en: o.en, src: table.set([table.id(sourceOf(o.source, o.checked))]) };
    if (o.causes) entry.causes = o.causes;
    if (o.fixes) entry.fixes = o.fixes;
    (overrides[platform][String(o.code)] ??= []).push(entry);
  };
  for (const o of raw.overrides.overrides) addOverride(o.platform, o);
  for (const file of raw.apiCodes) for (const c of file.codes) addOverride(file.platform, c);
  const endpoints = perPlatform<Record<string, CompiledEndpoint>>(() => ({}));
  for (const file of raw.endpoints) {
    for (const e of file.endpoints) {
      endpoints[file.platform][e.path] = { zh: e.zh, en: e.en, product: e.product };
    }
  }
  const platforms = {} as Knowledge['platforms'];
  for (const p of raw.platforms.platforms) {
    platforms[p.platform] = { name: p.name, docUrl: p.docUrl, ...(p.codeQueryUrl ? { codeQueryUrl: p.codeQueryUrl } : {}) };
  }
  const productPrefixes = raw.products.prefixes
    .map((p): [string, Product] => [p.prefix, p.product as Product])
    .sort((a, b) => b[0].length - a[0].length);
  return { platforms, codes, overrides, endpoints, productPrefixes, sources: table.sources, sourceSets: table.sourceSets };
}
