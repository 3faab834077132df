import { isSecretName, maskQuery, maskValue } from './mask';

// Each value's characters exclude what starts another match, so that no two scans overlap: linear time.
/** A URL's query (after `?`), up to what ends a URL in running text. */
const QUERY = /\?([^\s"'<>`\\?]{1,4096})/g;
/** `"name":"value"`, also escaped inside a JSON string (`\"name\":\"value\"`). */
const JSON_PAIR = /(\\?")([A-Za-z0-9_-]{1,64})\1(\s{0,8}:\s{0,8})\1([^"\\]{0,4096})\1/g;
/** `name=value` or `name: value` in running text. */
const TEXT_PAIR = /(^|[\s,;({[&?])([A-Za-z0-9_-]{1,64})(\s{0,4}[=:]\s{0,4})([^\s,;&(){}[\]"'\\?]{1,4096})/g;

/**
 * Secrets masked in a line of free text (a log line): URL queries, JSON pairs (plain or escaped in a
 * JSON string) and `name=value` pairs whose name is a secret's. Everything else is left as it was.
 */
export function maskText(text: string): string {
  return text
    .replace(QUERY, (_, query: string) => `?${maskQuery(query)}`)
    .replace(JSON_PAIR, (whole, q: string, name: string, colon: string, value: string) => (isSecretName(name) && !value.startsWith('***') ? `${q}${name}${q}${colon}${q}${maskValue(value)}${q}` : whole))
    .replace(TEXT_PAIR, (whole, lead: string, name: string, sep: string, value: string) => (isSecretName(name) && !value.startsWith('***') ? `${lead}${name}${sep}${maskValue(value)}` : whole));
}
