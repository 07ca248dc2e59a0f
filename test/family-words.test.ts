// "Also reported by" looks for the same statement among one speaker family's statements through their shared word
// keys. The lists made for a whole family at once (counted out for a large family, sorted for a small one) must
// offer exactly the candidates that lists grown one statement at a time offer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FamilyWords, WordKeyNumbers } from '../src/answer/same-statement.ts';
import type { Speaker, Statement } from '../src/model.ts';

const SPEAKER: Speaker = { name: 'Ana Ruiz', canonical: 'Ana Ruiz', aliases: ['Ana Ruiz'], kind: 'person', parents: [] };

function statement(n: number, words: string[]): Statement {
  const text = words.join(' ');
  return { id: `d${n}#1`, doc: `d${n}`, speaker: SPEAKER, kind: 'indirect', text, start: 0, end: text.length, cue: 'said', polarity: 'asserted', saidOn: null, context: text };
}

function candidateIds(words: FamilyWords, of: Statement): string[] {
  const found = new Set<Statement>();
  words.candidates(of, found, () => true);
  return [...found].map((s) => s.id).sort();
}

/** Statements of 3 to 12 words from a vocabulary of `size` words. */
const family = (size: number, count: number) =>
  fc.array(fc.array(fc.integer({ min: 0, max: size - 1 }).map((i) => `word${i}x`), { minLength: 3, maxLength: 12 }), { minLength: 1, maxLength: count }).map((texts) => texts.map((words, n) => statement(n, words)));

describe('GIVEN a speaker family\'s statements', () => {
  // (Key numbers count from those a snapshot numbered: after many, a small family's keys are few among them.)
  const numbered = Array.from({ length: 100_000 }, (_, i) => `known${i}`);
  for (const [regime, size, count, known] of [['many statements, few words (counted out)', 12, 60, []], ['few statements, many words (sorted)', 5_000, 6, numbered]] as const) {
    const keyNumbers = new WordKeyNumbers(known);
    it(`WHEN they are ${regime} THEN the family's lists offer the candidates lists grown one by one offer`, () => {
      fc.assert(
        fc.property(family(size, count), (members) => {
          const atOnce = new FamilyWords(members, keyNumbers);
          const oneByOne = new FamilyWords([], keyNumbers);
          for (const member of members) oneByOne.add(member);
          for (const member of members) expect(candidateIds(atOnce, member)).toEqual(candidateIds(oneByOne, member));
        }),
        { numRuns: 300 },
      );
    });
  }
});
