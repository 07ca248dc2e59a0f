// Many strings as one UTF-8 buffer and their lengths. V8 writes a string holding any character past Latin-1 (a
// curly quote) two bytes a character, and reads back each string as its own object; one buffer is half the bytes,
// one decode, and slices of one string.
import { DeferredBytes } from './sections.ts';

export interface PackedStrings {
  /** The strings' UTF-8 bytes, in memory or left in the snapshot file until read (sections.ts). */
  utf8: Uint8Array | DeferredBytes;
  /** Each string's length in UTF-16 code units, as `String.prototype.length` counts. */
  lengths: Uint32Array;
  /**
   * Where each string's UTF-8 bytes end: a column read row by row finds its rows without scanning 48 MB of text
   * first (a quarter of a second at 300,000 statements). Absent in what older code packed.
   */
  byteEnds?: Uint32Array;
}

/** Longest text packed as one string: V8's own limit is about 2^29 characters. */
const MAX_PACKED_LENGTH = 2 ** 28;

/**
 * Null when a string holds a lone surrogate, which UTF-8 cannot carry, or when all of them are too long to be one
 * string: the caller then stores the list as it is.
 */
export function packStrings(strings: readonly string[]): PackedStrings | null {
  let total = 0;
  for (const string of strings) total += string.length;
  if (total > MAX_PACKED_LENGTH || !strings.every((string) => string.isWellFormed())) return null;
  const lengths = Uint32Array.from(strings, (string) => string.length);
  const byteEnds = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((string, row) => {
    end += Buffer.byteLength(string, 'utf8');
    byteEnds[row] = end;
  });
  return { utf8: Buffer.from(strings.join(''), 'utf8'), lengths, byteEnds };
}

/** All the bytes, read from the file if they were left there. */
function allBytes(utf8: Uint8Array | DeferredBytes): Buffer {
  return utf8 instanceof DeferredBytes ? utf8.read(0, utf8.byteLength) : Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength);
}

export function unpackStrings({ utf8, lengths }: PackedStrings): string[] {
  const joined = allBytes(utf8).toString('utf8');
  const strings: string[] = new Array(lengths.length);
  let at = 0;
  for (let row = 0; row < lengths.length; row++) {
    const end = at + (lengths[row] as number);
    strings[row] = joined.slice(at, end);
    at = end;
  }
  if (at !== joined.length) throw new Error('snapshot: string lengths do not match their text');
  return strings;
}

/** Strings as stored: packed when they can be, else the list itself. */
export type StoredStrings = PackedStrings | string[];

export function storeStrings(strings: readonly string[]): StoredStrings {
  return packStrings(strings) ?? [...strings];
}

export function readStrings(stored: StoredStrings): string[] {
  if (!Array.isArray(stored)) return unpackStrings(stored);
  if (!stored.every((string) => typeof string === 'string')) throw new Error('snapshot: a string list holds something else');
  return stored;
}

/**
 * Whether two stored lists hold the same strings, compared as stored (the statements' ids and the index's are
 * the same 300,000 strings in a snapshot: read once, not twice).
 */
export function sameStrings(a: StoredStrings, b: StoredStrings): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return false;
  const bytes = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  return bytes(a.lengths).equals(bytes(b.lengths)) && allBytes(a.utf8).equals(allBytes(b.utf8));
}

/** A column of strings read one at a time, on demand: for a column most of whose rows no question ever reads. */
export interface StringColumn {
  readonly length: number;
  at(row: number): string | undefined;
}

/**
 * Stored strings decoded row by row when asked for, instead of all at start-up (the content words of 300,000
 * statements are 28 MB of text, and "also reported by" reads a few hundred rows per question).
 */
export class LazyStrings implements StringColumn {
  /** Where each row's UTF-8 bytes start, worked out on the first read. */
  private offsets: Uint32Array | null = null;
  /** The bytes as one Buffer, made once: "also reported by" reads 30,000 rows of a family in a row. */
  private bytes: Buffer | null = null;

  constructor(private readonly stored: StoredStrings) {
    if (Array.isArray(stored) && !stored.every((string) => typeof string === 'string')) throw new Error('snapshot: a string list holds something else');
  }

  get length(): number {
    return Array.isArray(this.stored) ? this.stored.length : this.stored.lengths.length;
  }

  at(row: number): string | undefined {
    const { stored } = this;
    if (Array.isArray(stored)) return stored[row];
    if (row < 0 || row >= stored.lengths.length) return undefined;
    this.offsets ??= byteOffsets(stored);
    const start = this.offsets[row] as number;
    const end = this.offsets[row + 1] as number;
    // (Bytes left in the snapshot file are read a row at a time: a question reads a few hundred contexts.)
    if (stored.utf8 instanceof DeferredBytes) return stored.utf8.read(start, end).toString('utf8');
    this.bytes ??= Buffer.from(stored.utf8.buffer, stored.utf8.byteOffset, stored.utf8.byteLength);
    return this.bytes.toString('utf8', start, end);
  }
}

/**
 * Each row's start in the UTF-8 bytes: from the stored ends, checked to rise to the end of the text, or else from
 * each row's length in UTF-16 units (a four-byte character is two of them).
 */
function byteOffsets({ utf8: stored, lengths, byteEnds }: PackedStrings): Uint32Array {
  if (byteEnds) {
    if (byteEnds.length !== lengths.length) throw new Error('snapshot: string ends do not match their lengths');
    const offsets = new Uint32Array(lengths.length + 1);
    offsets.set(byteEnds, 1);
    for (let row = 0; row < lengths.length; row++) if ((offsets[row + 1] as number) < (offsets[row] as number)) throw new Error('snapshot: string ends go backwards');
    if (offsets[lengths.length] !== stored.byteLength) throw new Error('snapshot: string lengths do not match their text');
    return offsets;
  }
  const utf8 = stored instanceof DeferredBytes ? allBytes(stored) : stored;
  const offsets = new Uint32Array(lengths.length + 1);
  let at = 0;
  for (let row = 0; row < lengths.length; row++) {
    offsets[row] = at;
    for (let units = lengths[row] as number; units > 0; ) {
      const lead = utf8[at] as number;
      const bytes = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
      at += bytes;
      units -= bytes === 4 ? 2 : 1;
    }
  }
  offsets[lengths.length] = at;
  if (at !== utf8.length) throw new Error('snapshot: string lengths do not match their text');
  return offsets;
}
