import { createHash } from 'node:crypto';

/** Chromium derives an unpacked extension's id from its absolute path: sha256, hex digits mapped to a–p. */
export function extensionIdForPath(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode('a'.charCodeAt(0) + parseInt(d, 16))).join('');
}
