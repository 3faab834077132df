/** Formats WeChat sends as binary success bodies (QR codes, media downloads), told by their first bytes. */
const SIGNATURES: Array<[string, number[], number]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47], 0],
  ['jpeg', [0xff, 0xd8, 0xff], 0],
  ['gif', [0x47, 0x49, 0x46, 0x38], 0],
  ['webp', [0x57, 0x45, 0x42, 0x50], 8],
  ['pdf', [0x25, 0x50, 0x44, 0x46], 0],
  ['zip', [0x50, 0x4b, 0x03, 0x04], 0],
  ['amr', [0x23, 0x21, 0x41, 0x4d, 0x52], 0],
  ['mp3', [0x49, 0x44, 0x33], 0],
  ['mp4', [0x66, 0x74, 0x79, 0x70], 4],
  ['wav', [0x52, 0x49, 0x46, 0x46], 0],
  ['gzip', [0x1f, 0x8b], 0],
];

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, magic, offset] of SIGNATURES) {
    if (bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b)) return name;
  }
  return null;
}

/** Bytes that are plainly not text: NUL or many control characters in the first kilobyte. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.1;
}
