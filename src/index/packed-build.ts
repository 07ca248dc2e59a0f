// A whole corpus's index built straight into the packed arrays a snapshot stores, instead of through MiniSearch's
// add(): the same terms, frequencies and field lengths, without a Map per term and field per statement on the way
// (about 2 GB of them at 300,000 statements, and most of the indexing time). MiniSearch then opens it as it opens a
// snapshot, and takes every later article through its own add().
import type { PackedIndex } from './search-index.ts';
import { storeStrings } from './packed-strings.ts';

/**
 * A growable array of unsigned numbers kept in fixed chunks: growing never copies, so building 18 million postings
 * (300,000 statements) needs their size once, not up to three times while a doubled array is filled from the old.
 */
class Chunked {
  private readonly chunks: Array<Uint32Array | Uint8Array> = [];
  length = 0;

  constructor(
    private readonly make: (length: number) => Uint32Array | Uint8Array,
    private readonly chunk: number,
  ) {}

  push(value: number): void {
    const offset = this.length % this.chunk;
    if (offset === 0) this.chunks.push(this.make(this.chunk));
    (this.chunks[this.chunks.length - 1] as Uint32Array | Uint8Array)[offset] = value;
    this.length++;
  }

  at(index: number): number {
    return (this.chunks[Math.floor(index / this.chunk)] as Uint32Array | Uint8Array)[index % this.chunk] as number;
  }
}

export interface PackedBuildOptions {
  /** Field names in MiniSearch's field-id order. */
  fields: readonly string[];
  /** MiniSearch's tokenize and processTerm options, applied as its add() applies them. */
  tokenize: (text: string, field: string) => string[];
  processTerm: (term: string, field: string) => string | null | undefined | false;
  /** Postings per chunk of the growing arrays (tests make it small, to cross chunk boundaries). */
  chunkLength?: number;
}

/**
 * The index of `documents` (id and field texts) as MiniSearch would hold it after adding them in this order: short
 * ids 0, 1, 2 …; per field, the number of distinct tokens; per term and field, the statements holding it, with how
 * often; the running average of each field's length.
 */
export function buildPackedIndex(documents: ReadonlyArray<{ id: string; fields: readonly string[] }>, options: PackedBuildOptions): PackedIndex {
  const fieldCount = options.fields.length;
  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  // One posting per (term, field, statement), in statement order: its slot (term × fields + field) and count (at
  // most 255, as stored); statement `doc`'s postings are those from firstPosting[doc] on.
  const chunk = options.chunkLength ?? 1 << 20;
  const slots = new Chunked((length) => new Uint32Array(length), chunk);
  const counts = new Chunked((length) => new Uint8Array(length), chunk);
  const firstPosting = new Uint32Array(documents.length + 1);
  const fieldLengths = new Uint32Array(documents.length * fieldCount);
  const averageFieldLength = new Array<number>(fieldCount).fill(0);
  const inField = new Map<number, number>();
  documents.forEach((document, doc) => {
    firstPosting[doc] = slots.length;
    for (let field = 0; field < fieldCount; field++) {
      const name = options.fields[field] as string;
      const tokens = options.tokenize(document.fields[field] ?? '', name);
      const length = new Set(tokens).size;
      fieldLengths[doc * fieldCount + field] = length;
      // MiniSearch's own running mean, step by step, so the stored average is the one it would have.
      averageFieldLength[field] = ((averageFieldLength[field] as number) * doc + length) / (doc + 1);
      inField.clear();
      for (const token of tokens) {
        const term = options.processTerm(token, name);
        if (!term) continue;
        let number = termNumbers.get(term);
        if (number === undefined) {
          number = terms.push(term) - 1;
          termNumbers.set(term, number);
        }
        inField.set(number, (inField.get(number) ?? 0) + 1);
      }
      for (const [number, count] of inField) {
        slots.push(number * fieldCount + field);
        counts.push(Math.min(count, 0xff));
      }
    }
  });
  firstPosting[documents.length] = slots.length;
  // A counting sort by slot keeps each list in statement order, as questions read them.
  const slotCount = terms.length * fieldCount;
  const starts = new Uint32Array(slotCount + 1);
  for (let i = 0; i < slots.length; i++) starts[slots.at(i) + 1] = (starts[slots.at(i) + 1] as number) + 1;
  for (let slot = 0; slot < slotCount; slot++) starts[slot + 1] = (starts[slot + 1] as number) + (starts[slot] as number);
  const next = starts.slice(0, slotCount);
  const packedDocs = new Uint32Array(slots.length);
  const freqs = new Uint8Array(slots.length);
  for (let doc = 0; doc < documents.length; doc++) {
    for (let i = firstPosting[doc] as number; i < (firstPosting[doc + 1] as number); i++) {
      const at = (next[slots.at(i)] as number)++;
      packedDocs[at] = doc;
      freqs[at] = counts.at(i);
    }
  }
  return {
    fieldIds: Object.fromEntries(options.fields.map((name, id) => [name, id])),
    nextId: documents.length,
    averageFieldLength,
    ids: storeStrings(documents.map((document) => document.id)),
    shortIds: Uint32Array.from(documents, (_, doc) => doc),
    fieldLengths,
    postings: { fields: fieldCount, terms: storeStrings(terms), starts, docs: packedDocs, freqs },
  };
}
