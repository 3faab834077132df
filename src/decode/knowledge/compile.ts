import { PLATFORMS, type Platform } from '../types.ts';
import type { CompiledCode, CompiledEndpoint, CompiledOverride, Knowledge, Product, RawKnowledge } from './types.ts';

function perPlatform<T>(make: () => T): Record<Platform, T> {
  return Object.fromEntries(PLATFORMS.map((p) => [p, make()])) as Record<Platform, T>;
}

/** Joins the reviewed data files into one lookup keyed by platform and code. */
export function compileKnowledge(raw: RawKnowledge): Knowledge {
  const codes = perPlatform<Record<string, CompiledCode>>(() => ({}));
  for (const file of raw.codes) {
    for (const c of file.codes) {
      const entry: CompiledCode = { zh: c.zh, en: c.en };
      if (c.legacy) entry.legacy = true;
      if (c.note) entry.note = c.note;
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
    }
  }
  const overrides = perPlatform<Record<string, CompiledOverride[]>>(() => ({}));
  for (const o of raw.overrides.overrides) {
    const list = (overrides[o.platform][String(o.code)] ??= []);
    const entry: CompiledOverride = { paths: o.paths, zh: o.zh, en: o.en };
    if (o.causes) entry.causes = o.causes;
    if (o.fixes) entry.fixes = o.fixes;
    list.push(entry);
  }
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
  return { platforms, codes, overrides, endpoints, productPrefixes };
}
