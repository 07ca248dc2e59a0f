// The index of a whole corpus is built straight into packed arrays; it must be the index MiniSearch's own add()
// makes of the same statements, or answers after a fresh build would differ from answers after a restart.
import { describe, expect, it } from 'vitest';
import { LazyStrings, readStrings, storeStrings } from '../src/index/packed-strings.ts';
import { type PackedIndex, StatementIndex } from '../src/index/search-index.ts';
import { seedCorpus } from './helpers/corpus.ts';

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
