/**
 * Splits the bytes of a HAR file into its `log.entries` one at a time, without ever holding a long string
 * (a response body, a data: URL) in memory: a string longer than `longString` bytes is left in the file
 * and replaced in the entry by a placeholder naming where it sits, to be read back only for the entries
 * that are wanted (`resolveLongStrings`). Everything else of an entry is parsed by JSON.parse.
 *
 * The scanner looks at every byte outside strings (structure) and finds the end of each string with
 * Buffer.indexOf, so a body is skipped at memchr speed whatever its size.
 */

export class HarSyntaxError extends Error {}

/** Where a long string's JSON literal (quotes included) sits in the file: [start, end). */
export interface LongString {
  start: number;
  end: number;
}

export interface ScannedEntry {
  /** The entry as JSON.parse gives it, long strings replaced by `placeholder(i)`. */
  value: unknown;
  longStrings: LongString[];
}

const BOM = [0xef, 0xbb, 0xbf];
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Bytes allowed outside strings: structure, whitespace, numbers and the letters of true/false/null. */
const OUTSIDE = new Uint8Array(256);
for (const c of '{}[],: \t\r\n0123456789+-.eEtruefalsn') OUTSIDE[c.charCodeAt(0)] = 1;
const WHITESPACE = new Uint8Array(256);
for (const c of ' \t\r\n') WHITESPACE[c.charCodeAt(0)] = 1;

/** A marker no HAR string holds: the NUL character and a per-process nonce. */
const MARK = `\u0000${Math.random().toString(36).slice(2)}:`;
const MARK_JSON = JSON.stringify(MARK).slice(0, -1);

export function placeholderIndex(value: string): number | null {
  return value.startsWith(MARK) ? Number(value.slice(MARK.length)) : null;
}

/** A reusable byte buffer that grows as needed: an entry is assembled without a Buffer per piece. */
class Bytes {
  private buf = Buffer.allocUnsafe(64 * 1024);
  length = 0;

  append(src: Buffer, from: number, to: number): void {
    const need = this.length + (to - from);
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
      this.buf.copy(grown, 0, 0, this.length);
      this.buf = grown;
    }
    src.copy(this.buf, this.length, from, to);
    this.length = need;
  }

  text(): string {
    return this.buf.toString('utf8', 0, this.length);
  }

  reset(): void {
    this.length = 0;
    // An unusually large entry does not keep its memory for the rest of the file.
    if (this.buf.length > 4 * 1024 * 1024) this.buf = Buffer.allocUnsafe(64 * 1024);
  }
}

export class HarScanner {
  /** Open containers: 0x7b `{` or 0x5b `[`. */
  private readonly stack: number[] = [];
  /** The last key read at depth 1 and 2 (the path to log.entries). */
  private readonly keys: string[] = ['', '', ''];
  private expectKey = false;
  private offset = 0;
  /** Bytes of a byte-order mark read at the start. */
  private bom = 0;
  private rootClosed = false;
  /** Depth at which the entries array's elements sit; 0 until it is open. */
  private entriesDepth = 0;
  sawEntries = false;

  /** The entry being assembled, while `capturing`. */
  private readonly entry = new Bytes();
  private capturing = false;
  /** The entry being assembled is a bare string, number or literal (a malformed entry, still counted). */
  private primitive: 'string' | 'literal' | null = null;
  private entryLong: LongString[] = [];
  /** A key near the root, kept to follow the path to log.entries. */
  private readonly key = new Bytes();

  // The string being read, possibly begun in an earlier chunk.
  private inString = false;
  private stringStart = 0;
  private stringLength = 0;
  /** Where the string began in `entry`; -1 once it is too long to keep (or is not kept). */
  private stringAt = -1;
  private keepKey = false;
  private backslashRun = 0;

  constructor(private readonly longString: number) {}

  /** Feeds the next bytes of the file; returns the entries completed in them. */
  push(chunk: Buffer): ScannedEntry[] {
    const done: ScannedEntry[] = [];
    const n = chunk.length;
    // A byte-order mark some tools write before the JSON.
    let i = 0;
    while (i < n && this.bom === this.offset + i && this.bom < 3 && chunk[i] === BOM[this.bom]) {
      i++;
      this.bom++;
    }
    let copyFrom = i;
    let searchFrom = i;
    while (i < n) {
      if (this.inString) {
        const end = this.findStringEnd(chunk, searchFrom);
        const stop = end < 0 ? n : end + 1;
        this.addStringBytes(chunk, i, stop);
        if (end < 0) break;
        this.finishString();
        i = copyFrom = searchFrom = stop;
        if (this.primitive === 'string') done.push(this.finishEntry(i));
        continue;
      }
      const c = chunk[i]!;
      if (this.primitive === 'literal' && (c === 0x2c || c === 0x5d || WHITESPACE[c] === 1)) {
        this.entry.append(chunk, copyFrom, i);
        done.push(this.finishEntry(i));
      } else if (!this.capturing && this.entriesDepth > 0 && this.stack.length === this.entriesDepth && c !== 0x7b && c !== 0x5b && c !== 0x5d && c !== 0x2c && WHITESPACE[c] !== 1) {
        this.primitive = c === QUOTE ? 'string' : 'literal';
        this.capturing = true;
        this.entry.reset();
        this.entryLong = [];
        copyFrom = i;
      }
      if (c === QUOTE) {
        if (this.capturing) this.entry.append(chunk, copyFrom, i);
        this.startString(this.offset + i);
        searchFrom = i + 1;
        continue;
      }
      if (OUTSIDE[c] !== 1) throw this.error(i, `unexpected byte 0x${c.toString(16)}`);
      if (this.rootClosed && WHITESPACE[c] !== 1) throw this.error(i, 'text after the end of the JSON value');
      if (c === 0x7b || c === 0x5b) {
        const depth = this.stack.length;
        if (!this.capturing && depth === this.entriesDepth && depth > 0) {
          this.capturing = true;
          this.entry.reset();
          this.entryLong = [];
          copyFrom = i;
        } else if (!this.capturing && c === 0x5b && depth === 2 && this.stack[0] === 0x7b && this.stack[1] === 0x7b && this.keys[1] === 'log' && this.keys[2] === 'entries') {
          this.entriesDepth = 3;
          this.sawEntries = true;
        }
        this.stack.push(c);
        this.expectKey = c === 0x7b;
      } else if (c === 0x7d || c === 0x5d) {
        const open = this.stack.pop();
        if (open !== (c === 0x7d ? 0x7b : 0x5b)) throw this.error(i, 'brackets do not match');
        const depth = this.stack.length;
        if (this.capturing && depth === this.entriesDepth) {
          this.entry.append(chunk, copyFrom, i + 1);
          done.push(this.finishEntry(i));
        } else if (depth === this.entriesDepth - 1) this.entriesDepth = 0;
        if (depth === 0) this.rootClosed = true;
        this.expectKey = false;
      } else if (c === 0x2c) {
        this.expectKey = this.stack[this.stack.length - 1] === 0x7b;
      }
      i++;
    }
    if (this.capturing && !this.inString && copyFrom < n) this.entry.append(chunk, copyFrom, n);
    this.offset += n;
    return done;
  }

  /** Checks that the file ended after a whole JSON value. */
  end(): void {
    if (this.inString || this.stack.length > 0 || !this.rootClosed) throw new HarSyntaxError(`the file breaks off at byte ${this.offset}`);
  }

  private error(i: number, what: string): HarSyntaxError {
    return new HarSyntaxError(`${what} at byte ${this.offset + i}`);
  }

  /** The closing quote from `from` on, or -1 when the string goes on past this chunk. */
  private findStringEnd(chunk: Buffer, from: number): number {
    let search = from;
    for (;;) {
      const q = chunk.indexOf(QUOTE, search);
      if (q < 0) {
        this.backslashRun = trailingBackslashes(chunk, from, chunk.length, this.backslashRun);
        return -1;
      }
      const run = trailingBackslashes(chunk, from, q, this.backslashRun);
      if (run % 2 === 0) {
        this.backslashRun = 0;
        return q;
      }
      search = q + 1;
    }
  }

  private startString(at: number): void {
    this.inString = true;
    this.stringStart = at;
    this.stringLength = 0;
    this.backslashRun = 0;
    this.stringAt = this.capturing ? this.entry.length : -1;
    this.keepKey = !this.capturing && this.expectKey && this.stack.length <= 2;
    if (this.keepKey) this.key.reset();
  }

  private addStringBytes(chunk: Buffer, from: number, to: number): void {
    this.stringLength += to - from;
    if (this.stringAt >= 0) {
      if (this.stringLength > this.longString) {
        this.entry.length = this.stringAt;
        this.stringAt = -1;
      } else this.entry.append(chunk, from, to);
    } else if (this.keepKey) {
      if (this.stringLength > 256) this.keepKey = false;
      else this.key.append(chunk, from, to);
    }
  }

  private finishString(): void {
    this.inString = false;
    if (this.capturing && this.stringAt < 0) {
      const placeholder = Buffer.from(`${MARK_JSON}${this.entryLong.length}"`);
      this.entry.append(placeholder, 0, placeholder.length);
      this.entryLong.push({ start: this.stringStart, end: this.stringStart + this.stringLength });
    } else if (!this.capturing && this.expectKey && this.stack.length <= 2) {
      this.keys[this.stack.length] = this.keepKey ? keyText(this.key.text()) : '';
    }
    this.expectKey = false;
  }

  private finishEntry(i: number): ScannedEntry {
    this.capturing = false;
    this.primitive = null;
    try {
      return { value: JSON.parse(this.entry.text()) as unknown, longStrings: this.entryLong };
    } catch (error) {
      throw this.error(i, `an entry is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

/** How many backslashes end chunk[from, to), continuing a run carried from the previous chunk. */
function trailingBackslashes(chunk: Buffer, from: number, to: number, carried: number): number {
  let k = to - 1;
  while (k >= from && chunk[k] === BACKSLASH) k--;
  const run = to - 1 - k;
  return k < from ? run + carried : run;
}

function keyText(literal: string): string {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : '';
  } catch {
    return '';
  }
}
