// Properties of the extractor on arbitrary text: it never throws, and every statement is a verbatim span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../src/corpus/clean.ts';
import { EntityRegistry } from '../src/entities/registry.ts';
import { extractStatements } from '../src/extract/statements.ts';
import type { Document } from '../src/model.ts';

const PIECES = [' - ', ' — ', ' – ', 'speaking on Friday', ' rejected an accusation from ', 'Biden', ' that ', '中国说', 'Россия заявила', 'قال', '«', '»', '„', '""', "''", 'He said: "', '"', '“', '”', '‘', '’', ', aldus ', 'zei ', ' said that ', 'Zelensky', 'the proposal', ' on Thursday', '. ', '\n', 'It ', 'reads', ' volgens ', 'China', ' and ', "'", 'Mr Price added that ', '(AP)', ' — gript (@griptmedia) February 22, 2023\n'];

function document(body: string, language: 'en' | 'nl'): Document {
  const cleaned = cleanBody(body, null);
  return { id: 'x', file: 'x.md', title: 'x', outlet: null, author: null, url: null, published: { date: '2023-02-24', precision: 'day' }, language, text: cleaned.text, paragraphs: cleaned.paragraphs };
}

describe('GIVEN an attribution set off by dashes', () => {
  it('THEN no statement is empty: "The Kremlin - speaking on Friday - rejected an accusation from Biden that …"', () => {
    const doc = document('The Kremlin - speaking on Friday - rejected an accusation from Biden that Russia had lied.', 'en');
    for (const statement of extractStatements(doc, new EntityRegistry([]).kindOf)) expect(doc.text.slice(statement.start, statement.end).trim()).not.toBe('');
  });
});

describe('GIVEN any text, however broken', () => {
  it('THEN extraction never throws and every statement is a verbatim span of the cleaned text', () => {
    const registry = new EntityRegistry([]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 40 }), fc.constantFrom('en', 'nl'), (parts, language) => {
        const doc = document(parts.join(''), language as 'en' | 'nl');
        for (const statement of extractStatements(doc, registry.kindOf)) {
          expect(statement.start).toBeGreaterThanOrEqual(0);
          expect(statement.end).toBeLessThanOrEqual(doc.text.length);
          expect(statement.end).toBeGreaterThan(statement.start);
          // A snippet has words in it: never empty, never only quotation marks or dashes.
          expect(doc.text.slice(statement.start, statement.end)).toMatch(/[\p{L}\p{N}]/u);
          registry.speaker(statement.speaker, registry.register(statement.speaker, 'x'));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('GIVEN one paragraph far longer than the sentence reader reads at a time (it reads 4 KB windows)', () => {
  it.each([
    ['en', (n: number) => `Minister Smith said that plan number ${n} was fine.`, (n: number) => `that plan number ${n} was fine`],
    ['nl', (n: number) => `Minister De Jong zei dat plan nummer ${n} goed was.`, (n: number) => `dat plan nummer ${n} goed was`],
  ] as const)('THEN every sentence is still read whole (%s): each of 400 statements is found, with its own number', (language, sentence, said) => {
    const body = Array.from({ length: 400 }, (_, n) => sentence(n + 1)).join(' ');
    const doc = document(body, language);
    const texts = extractStatements(doc, new EntityRegistry([]).kindOf).map((s) => doc.text.slice(s.start, s.end));
    expect(texts).toEqual(Array.from({ length: 400 }, (_, n) => said(n + 1)));
  });
});

describe('GIVEN an article read after others that wrote a possessive before a comma ("It was Hale\'s, not Lee\'s")', () => {
  it('THEN it yields exactly what it yields when read first: the tagger does not keep "Hale\'s" whole from then on', () => {
    const kindOf = new EntityRegistry([]).kindOf;
    const article = document('Ann Lee, a former state official who also sits on the board of the Farmers Union Coalition, said Hale\'s seemingly confused messages have given voters reasons to doubt him.', 'en');
    const read = () => extractStatements(article, kindOf).map((s) => `${s.speaker.name}: ${article.text.slice(s.start, s.end)}`);
    const first = read();
    expect(first).toEqual(["Ann Lee: Hale's seemingly confused messages have given voters reasons to doubt him"]);
    extractStatements(document("The idea was Hale's, not Lee's. “It is mine,” Ann Lee said of Hale's plan.", 'en'), kindOf);
    expect(read()).toEqual(first);
  });
});
