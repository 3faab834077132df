import { secretFields } from './data';
import { parseJson } from './errcode';

const SERVER_SECRETS = new Set(secretFields.serverSecrets);

function queryNames(query: string): string[] {
  return query
    .split('&')
    .filter((pair) => /=./.test(pair))
    .map((pair) => {
      const name = pair.slice(0, pair.indexOf('='));
      try {
        return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
      } catch {
        return name.toLowerCase();
      }
    });
}

/**
 * Server secrets (AppSecret, corpsecret, …) that a call carries in its URL or body. Seen from the
 * browser, any of them means the secret has leaked to whoever loads the page.
 */
export function leakedSecrets(url: string, requestBody: string | null): string[] {
  const names = new Set<string>();
  const q = url.indexOf('?');
  if (q >= 0) for (const n of queryNames(url.slice(q + 1).split('#')[0]!)) names.add(n);
  if (requestBody) {
    const json = parseJson(requestBody);
    if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
      for (const [key, value] of Object.entries(json)) if (typeof value === 'string' && value !== '') names.add(key.toLowerCase());
    } else if (json === undefined) {
      for (const n of queryNames(requestBody.trim())) names.add(n);
    }
  }
  return [...names].filter((n) => SERVER_SECRETS.has(n)).sort();
}
