// MiniSearch's posting lists as typed arrays, for snapshots. Written without an object per posting, and read back
// lazily: a term's Maps are made the first time a question or an update touches it, so a corpus of 300,000
// statements (18 million postings) opens in the time it takes to read the arrays.
import { type StoredStrings, storeStrings } from './packed-strings.ts';

/** Per term and field, the statements (MiniSearch short ids) holding the term there, and how often. */
export interface PackedPostings {
  fields: number;
  terms: StoredStrings;
  /** Where each (term, field)'s postings start in `docs` and `freqs`: terms × fields + 1 offsets. */
  starts: Uint32Array;
  docs: Uint32Array;
  /** Capped at 255: only MiniSearch's own ranking reads them, and a word said 255 times in one statement is rare. */
  freqs: Uint8Array;
}

/** Where one term's postings in one field lie in `docs` and `freqs`: [from, to). */
function rangeOf(source: PackedPostings, term: number, field: number): [number, number] {
  const slot = term * source.fields + field;
  return [source.starts[slot] as number, source.starts[slot + 1] as number];
}

/** MiniSearch's value for a term: field id → (short id → frequency). */
export type TermPostings = Map<number, Map<number, number>>;

/**
 * A Map whose entries are made on first use of any of its methods (from `fill`, or a subclass's `makeEntries`), so
 * code written for an ordinary Map reads it as one.
 */
export class LazyMap<K, V> extends Map<K, V> {
  private pending = true;

  constructor(private readonly fill: () => Iterable<[K, V]> = () => []) {
    super();
  }

  /** True until the entries are made. */
  protected get unread(): boolean {
    return this.pending;
  }

  /** The entries to make on first use. */
  protected makeEntries(): Iterable<[K, V]> {
    return this.fill();
  }

  private read(): void {
    if (!this.pending) return;
    this.pending = false;
    for (const [key, value] of this.makeEntries()) super.set(key, value);
  }

  override get(key: K): V | undefined {
    this.read();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.read();
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.read();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.read();
    return super.delete(key);
  }

  override clear(): void {
    this.pending = false;
    super.clear();
  }

  override get size(): number {
    this.read();
    return super.size;
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.read();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[K, V]> {
    this.read();
    return super.entries();
  }

  override keys(): MapIterator<K> {
    this.read();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.read();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/**
 * A term's postings as MiniSearch keeps them, built from the packed arrays on first access. Every Map method reads
 * first, so MiniSearch's own code (adding, discarding, vacuuming) sees an ordinary Map.
 */
export class LazyTermPostings extends LazyMap<number, Map<number, number>> {
  /** Postings added while the term is not built (field → statement → count): kept beside the packed ones. */
  private added: Map<number, Map<number, number>> | null = null;

  constructor(
    private readonly source: PackedPostings,
    private readonly term: number,
  ) {
    super();
  }

  /** The packed arrays, this term's number and what was added since, while its Maps are not built yet. */
  get packed(): { source: PackedPostings; term: number; added: ReadonlyMap<number, ReadonlyMap<number, number>> | null } | null {
    return this.unread ? { source: this.source, term: this.term, added: this.added } : null;
  }

  /**
   * One more occurrence of the term in a statement's field, without building the term's Maps: an article added to a
   * corpus of 300,000 statements touches words whose postings run to tens of thousands.
   */
  addPosting(field: number, doc: number): void {
    const byField: Map<number, Map<number, number>> = this.unread ? (this.added ??= new Map()) : this;
    const docs = byField.get(field) ?? new Map<number, number>();
    docs.set(doc, (docs.get(doc) ?? 0) + 1);
    byField.set(field, docs);
  }

  protected override makeEntries(): Array<[number, Map<number, number>]> {
    const { source, term, added } = this;
    this.added = null;
    const entries: Array<[number, Map<number, number>]> = [];
    for (let field = 0; field < source.fields; field++) {
      const [from, to] = rangeOf(source, term, field);
      const more = added?.get(field);
      if (from === to && !more) continue;
      const docs = new Map<number, number>();
      for (let at = from; at < to; at++) docs.set(source.docs[at] as number, source.freqs[at] as number);
      for (const [doc, count] of more ?? []) docs.set(doc, (docs.get(doc) ?? 0) + count);
      entries.push([field, docs]);
    }
    return entries;
  }

  override clear(): void {
    this.added = null;
    super.clear();
  }
}

/** A term's statements in one field, as a question reads them: a Map, or a sorted array searched by halves. */
export interface DocSet {
  readonly size: number;
  has(doc: number): boolean;
  keys(): Iterable<number>;
}

class SortedDocs implements DocSet {
  constructor(private readonly docs: Uint32Array) {}

  get size(): number {
    return this.docs.length;
  }

  keys(): Iterable<number> {
    return this.docs;
  }

  has(doc: number): boolean {
    const { docs } = this;
    let low = 0;
    let high = docs.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = docs[middle] as number;
      if (at === doc) return true;
      if (at < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/**
 * The term's statements in the field, read from the packed arrays while the term's Maps are not built: a question
 * touching a word of 100,000 statements then costs lookups, not a Map of 100,000 entries.
 */
export function docsOf(postings: TermPostings, field: number): DocSet | undefined {
  const packed = postings instanceof LazyTermPostings ? postings.packed : null;
  if (!packed) return postings.get(field);
  const [from, to] = rangeOf(packed.source, packed.term, field);
  const added = packed.added?.get(field);
  const sorted = from === to ? undefined : new SortedDocs(packed.source.docs.subarray(from, to));
  if (!added) return sorted;
  return sorted ? new JoinedDocs(sorted, added) : added;
}

/**
 * Packed postings and those added since, as one set. Added statements have later short ids than every packed one,
 * so reading the packed ones first keeps statement order.
 */
class JoinedDocs implements DocSet {
  constructor(
    private readonly packed: DocSet,
    private readonly added: ReadonlyMap<number, number>,
  ) {}

  get size(): number {
    return this.packed.size + this.added.size;
  }

  has(doc: number): boolean {
    return this.added.has(doc) || this.packed.has(doc);
  }

  *keys(): Iterable<number> {
    yield* this.packed.keys();
    yield* this.added.keys();
  }
}

/** Calls `each` for every posting of the term in the field, without building Maps for a term not yet read. */
function forEachPosting(postings: TermPostings, field: number, each: (doc: number, freq: number) => void): void {
  const packed = postings instanceof LazyTermPostings ? postings.packed : null;
  if (!packed) {
    postings.get(field)?.forEach((freq, doc) => each(doc, freq));
    return;
  }
  const { source, term, added } = packed;
  const [from, to] = rangeOf(source, term, field);
  for (let at = from; at < to; at++) each(source.docs[at] as number, source.freqs[at] as number);
  added?.get(field)?.forEach((freq, doc) => each(doc, freq));
}

const MAX_FREQ = 0xff;

/** Puts one list's postings in statement order (MiniSearch adds them in that order, so this is seldom work). */
function sortPostings(docs: Uint32Array, freqs: Uint8Array, from: number, to: number): void {
  let sorted = true;
  for (let at = from + 1; at < to && sorted; at++) sorted = (docs[at - 1] as number) < (docs[at] as number);
  if (sorted) return;
  const pairs = Array.from({ length: to - from }, (_, i) => [docs[from + i] as number, freqs[from + i] as number] as const).sort((a, b) => a[0] - b[0]);
  pairs.forEach(([doc, freq], i) => {
    docs[from + i] = doc;
    freqs[from + i] = freq;
  });
}

/**
 * Packs every term's postings, leaving out statements no longer indexed (`live` is false: discarded, not yet
 * vacuumed) and terms left with none.
 */
export function packPostings(index: Iterable<[string, TermPostings]>, fields: number, live: (doc: number) => boolean): PackedPostings {
  const entries = [...index];
  let room = 0;
  for (const [, postings] of entries) for (let field = 0; field < fields; field++) room += docsOf(postings, field)?.size ?? 0;
  const docs = new Uint32Array(room);
  const freqs = new Uint8Array(room);
  const terms: string[] = [];
  const starts: number[] = [0];
  let filled = 0;
  for (const [term, postings] of entries) {
    const mark = filled;
    const termStarts: number[] = [];
    for (let field = 0; field < fields; field++) {
      const from = filled;
      forEachPosting(postings, field, (doc, freq) => {
        if (!live(doc)) return;
        docs[filled] = doc;
        freqs[filled] = Math.min(freq, MAX_FREQ);
        filled++;
      });
      sortPostings(docs, freqs, from, filled);
      termStarts.push(filled);
    }
    if (filled === mark) continue;
    terms.push(term);
    starts.push(...termStarts);
  }
  return { fields, terms: storeStrings(terms), starts: Uint32Array.from(starts), docs: docs.slice(0, filled), freqs: freqs.slice(0, filled) };
}

/** Why packed postings cannot be read (offsets out of order or out of range), or null when they can. */
export function postingsFault(packed: PackedPostings, termCount: number): string | null {
  const { fields, starts, docs, freqs } = packed;
  if (!Number.isInteger(fields) || fields < 1) return 'no fields';
  if (starts.length !== termCount * fields + 1 || starts[0] !== 0) return 'term offsets do not match the terms';
  if (docs.length !== freqs.length || starts[starts.length - 1] !== docs.length) return 'postings do not match their offsets';
  for (let slot = 1; slot < starts.length; slot++) {
    const from = starts[slot - 1] as number;
    const to = starts[slot] as number;
    if (to < from) return 'term offsets out of order';
    // Questions search each list by halves.
    for (let at = from + 1; at < to; at++) if ((docs[at - 1] as number) >= (docs[at] as number)) return 'postings out of statement order';
  }
  return null;
}
