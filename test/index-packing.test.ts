// The index of a whole corpus is built straight into packed arrays; it must be the index MiniSearch's own add()
// makes of the same statements, or answers after a fresh build would differ from answers after a restart.
import { describe, expect, it } from 'vitest';
import { LazyStrings, readStrings, sameStrings, storeStrings } from '../src/index/packed-strings.ts';
import { type PackedIndex, StatementIndex } from '../src/index/search-index.ts';
import { seedCorpus } from './helpers/corpus.ts';
import { DeferredBytes, readSections, readSectionsFromFile, writeSections } from '../src/index/sections.ts';
import { mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DenseIds } from '../src/index/dense-ids.ts';
import { buildPackedIndex } from '../src/index/packed-build.ts';

/** Each term's postings per field as text, whatever order the terms were packed in. */
function postingsByTerm(packed: PackedIndex): Map<string, string> {
  const { fields, starts, docs, freqs } = packed.postings;
  const byTerm = new Map<string, string>();
  readStrings(packed.postings.terms).forEach((term, number) => {
    const lists: string[] = [];
    for (let field = 0; field < fields; field++) {
      const from = starts[number * fields + field] as number;
      const to = starts[number * fields + field + 1] as number;
      lists.push(`${[...docs.subarray(from, to)].join(',')}:${[...freqs.subarray(from, to)].join(',')}`);
    }
    byTerm.set(term, lists.join('|'));
  });
  return byTerm;
}

describe('GIVEN the statements of the seed articles', () => {
  it('WHEN indexed in one go THEN the index is the one MiniSearch adds statement by statement', async () => {
    const { statements } = await seedCorpus();
    const built = StatementIndex.build(statements).pack();
    const added = StatementIndex.unpack(StatementIndex.build([]).pack());
    added.add(statements);
    const expected = added.pack();
    expect(readStrings(built.ids)).toEqual(readStrings(expected.ids));
    expect([...built.fieldLengths]).toEqual([...expected.fieldLengths]);
    expect(built.averageFieldLength).toEqual(expected.averageFieldLength);
    expect(built.nextId).toBe(expected.nextId);
    expect(postingsByTerm(built)).toEqual(postingsByTerm(expected));
    expect(postingsByTerm(built).size).toBeGreaterThan(500);
  });

  it('WHEN its postings fill many chunks THEN the index is the same, and a word said 300 times counts 255 (as stored)', async () => {
    const { statements } = await seedCorpus();
    const documents = [...statements.map((s) => ({ id: s.id, fields: [s.text, s.context] })), { id: 'chant', fields: [Array(300).fill('again').join(' '), ''] }];
    const options = { fields: ['text', 'context'], tokenize: (text: string) => text.split(/\W+/).filter(Boolean), processTerm: (term: string) => term.toLowerCase() };
    const whole = buildPackedIndex(documents, options);
    const chunked = buildPackedIndex(documents, { ...options, chunkLength: 7 });
    expect(postingsByTerm(chunked)).toEqual(postingsByTerm(whole));
    expect([...chunked.fieldLengths]).toEqual([...whole.fieldLengths]);
    expect(chunked.postings.docs.length).toBeGreaterThan(7 * 100);
    expect(postingsByTerm(chunked).get('again')).toBe(`${documents.length - 1}:255|:`);
  });

  it('WHEN duplicate ids are indexed THEN it refuses, as MiniSearch does', async () => {
    const { statements } = await seedCorpus();
    expect(() => StatementIndex.build([...statements, statements[0] as (typeof statements)[number]])).toThrow(/duplicate ID/);
  });
});

describe('GIVEN stored strings read one at a time', () => {
  it('THEN each row reads back as written, whatever its characters', () => {
    const rows = ['plain', '', 'curly “quotes” and é', 'a 🚢 ship and 𝔘', 'last'];
    const lazy = new LazyStrings(storeStrings(rows));
    expect(lazy.length).toBe(rows.length);
    expect(rows.map((_, row) => lazy.at(row))).toEqual(rows);
    expect(lazy.at(rows.length)).toBeUndefined();
  });
});

describe('GIVEN a snapshot written as a skeleton and raw sections', () => {
  it('THEN every value reads back equal, its typed arrays in place in the buffer read, wherever they sat before', () => {
    const backing = new Uint8Array(64).map((_, i) => i);
    const value = {
      format: 42,
      names: ['a', 'b'],
      // Views at offsets V8 would have to copy: one byte in, and a slice of a larger array.
      bytes: backing.subarray(1, 6),
      nested: { starts: new Uint32Array([3, 1, 4, 1, 5]), signed: new Int32Array([-1, 7]), rows: [{ at: new Uint32Array([9]) }] },
      empty: new Uint32Array(0),
    };
    const file = writeSections(value);
    const read = readSections(file) as typeof value;
    expect(read).toEqual(value);
    expect(read.nested.starts.buffer).toBe(file.buffer);
    expect(read.nested.rows[0]?.at).toBeInstanceOf(Uint32Array);
  });

  it('THEN a Buffer is a section too, and a deferred one is read from the file it was opened from, even once replaced', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-sections-'));
    const path = join(dir, 'snap.bin');
    const text = Buffer.from('first context · second context');
    const value = { ids: Buffer.from('a#1a#2'), contexts: { utf8: text, lengths: new Uint32Array([13, 16]) } };
    await writeFile(path, writeSections(value, (at) => at.join('.') === 'contexts.utf8'));
    const read = (await readSectionsFromFile(path)) as { ids: Uint8Array; contexts: { utf8: DeferredBytes } };
    expect(Buffer.from(read.ids).toString()).toBe('a#1a#2');
    expect(read.contexts.utf8).toBeInstanceOf(DeferredBytes);
    // A newer snapshot renamed over the file: what was opened still reads its own bytes.
    await writeFile(`${path}.new`, writeSections({ ids: Buffer.from('other'), contexts: { utf8: Buffer.from('x'.repeat(40)), lengths: new Uint32Array([40]) } }));
    await rename(`${path}.new`, path);
    expect(read.contexts.utf8.read(0, text.length).toString()).toBe('first context · second context');
    expect(() => read.contexts.utf8.read(0, text.length + 1)).toThrow(RangeError);
    // Read whole, the same file's deferred section is a view like any other.
    const whole = readSections(writeSections(value, (at) => at.join('.') === 'contexts.utf8')) as typeof value;
    expect(Buffer.from(whole.contexts.utf8).toString()).toBe('first context · second context');
  });

  it('THEN sections larger than one read (read in parallel pieces) come back byte for byte, and a file cut short is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-sections-'));
    const path = join(dir, 'big.bin');
    const postings = new Uint32Array(5_000_000).map((_, i) => (i * 2_654_435_761) >>> 0);
    const value = { head: new Uint8Array([1, 2, 3]), postings, tail: new Float64Array([0.5, 1.5]) };
    const file = writeSections(value);
    await writeFile(path, file);
    const read = (await readSectionsFromFile(path)) as typeof value;
    expect([...read.head, ...read.tail]).toEqual([1, 2, 3, 0.5, 1.5]);
    expect(Buffer.from(read.postings.buffer, read.postings.byteOffset, read.postings.byteLength).equals(Buffer.from(postings.buffer))).toBe(true);
    await writeFile(path, file.subarray(0, file.length - 1_000_000));
    await expect(readSectionsFromFile(path)).rejects.toThrow();
  });

  it('THEN a file cut short or of another shape is refused, not read past its end', () => {
    const file = writeSections({ starts: new Uint32Array(100).fill(7) });
    expect(() => readSections(file.subarray(0, file.length - 8))).toThrow(/past the end/);
    expect(() => readSections(Buffer.from('{ not a snapshot'))).toThrow(/not a sectioned snapshot/);
  });

  it('THEN two stored lists are the same only when every string is, in the same order', () => {
    expect(sameStrings(storeStrings(['a#1', 'b#2']), storeStrings(['a#1', 'b#2']))).toBe(true);
    expect(sameStrings(storeStrings(['a#1', 'b#2']), storeStrings(['b#2', 'a#1']))).toBe(false);
    expect(sameStrings(storeStrings(['a#1', 'b#2']), storeStrings(['a#1b', '#2']))).toBe(false);
  });

  it('THEN stored strings whose byte ends do not fit their text are refused when read', () => {
    const stored = storeStrings(['one', 'two']) as { utf8: Uint8Array; lengths: Uint32Array; byteEnds: Uint32Array };
    expect(stored.byteEnds).toEqual(new Uint32Array([3, 6]));
    expect(() => new LazyStrings({ ...stored, byteEnds: new Uint32Array([3, 5]) }).at(0)).toThrow(/do not match/);
  });
});

describe('GIVEN the short-id table of an index opened from a snapshot', () => {
  it('THEN it answers every Map question as a Map holding the same entries would, through updates', () => {
    const dense = new DenseIds(['a#1', undefined, 'b#1']);
    const map = new Map<number, string>([
      [0, 'a#1'],
      [2, 'b#1'],
    ]);
    const same = () => {
      expect(dense.size).toBe(map.size);
      expect([...dense]).toEqual([...map].sort((x, y) => x[0] - y[0]));
      for (const shortId of [0, 1, 2, 3, 7]) expect([dense.has(shortId), dense.get(shortId)]).toEqual([map.has(shortId), map.get(shortId)]);
    };
    same();
    dense.set(7, 'c#1');
    map.set(7, 'c#1');
    expect([dense.delete(0), dense.delete(1)]).toEqual([map.delete(0), map.delete(1)]);
    same();
    expect([...dense.keys()]).toEqual([2, 7]);
    expect([...dense.values()]).toEqual(['b#1', 'c#1']);
    expect(() => dense.set(-1, 'x')).toThrow(RangeError);
  });
});
