import { readdirSync, readFileSync } from 'node:fs';

/** A positive code one API family defines on an exact path and the global lists lack, when data/api-codes holds one. */
export function perApiOnlyCode(): { platform: 'weixin' | 'wecom'; code: number; path: string } | undefined {
  const data = new URL('../../data/', import.meta.url);
  const globals = new Set<string>();
  for (const p of ['weixin', 'wecom']) {
    const file = JSON.parse(readFileSync(new URL(`codes/${p}.json`, data), 'utf8')) as { codes: Array<{ code: number }> };
    for (const c of file.codes) globals.add(`${p} ${c.code}`);
  }
  const dir = new URL('api-codes/', data);
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { platform: 'weixin' | 'wecom'; codes: Array<{ code: number; paths: string[] }> };
    const c = file.codes.find((entry) => entry.code > 0 && !globals.has(`${file.platform} ${entry.code}`) && !entry.paths[0]!.endsWith('/'));
    if (c) return { platform: file.platform, code: c.code, path: c.paths[0]! };
  }
  return undefined;
}
