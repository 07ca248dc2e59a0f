// What a headline attributes: "Ruiz: …", "Mayor Ruiz urges …", "…, Ruiz says". Every article here is written for
// the test; none is copied from a data set. Articles go through the loader, as a corpus file would.
import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../src/corpus/load.ts';
import { extractStatements } from '../src/extract/statements.ts';
import type { Document } from '../src/model.ts';

/** A corpus file whose text carries its headline as the first line, as news pages and exports do. */
function article(headline: string, body: string, language: 'en' | 'nl' = 'en'): Document {
  const text = `---\ntitle: "${headline}"\npublished: 2024-03-08\nlanguage: ${language}\n---\n${headline}\n\n${body}\n`;
  const { document } = parseCorpusFile({ file: 'a.md', bytes: Buffer.from(text), mtime: new Date(0), mtimeMs: 0 });
  if (!document) throw new Error('not loaded');
  return document;
}

/** The headline's statements: speaker, cue, kind and words, each checked to be a verbatim span of the article. */
function headline(headlineText: string, body: string, language: 'en' | 'nl' = 'en'): Array<[string, string, string, string]> {
  const doc = article(headlineText, body, language);
  const first = doc.paragraphs[0];
  expect(first?.kind).toBe('headline');
  return extractStatements(doc, () => undefined)
    .filter((s) => first !== undefined && s.start >= first.start && s.end <= first.end)
    .map((s) => [s.speaker.name, s.cue, s.kind, doc.text.slice(s.start, s.end)]);
}

const BODY = 'Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May.\n\n“We owe the city a working bridge,” Ruiz said.';
const DUTCH_BODY = 'Minister Piet Jansen zei dinsdag dat de brug in mei weer opengaat.';

describe('GIVEN a headline that names someone the story quotes', () => {
  it('THEN "Name: words" gives the words to that person, quoted words as a direct quote without their marks', () => {
    expect(headline('Ruiz: Bridge Will Reopen in May', BODY)).toEqual([['Ana Ruiz', ':', 'indirect', 'Bridge Will Reopen in May']]);
    expect(headline('Ruiz: ‘We Owe the City a Working Bridge’', BODY)).toEqual([['Ana Ruiz', ':', 'direct', 'We Owe the City a Working Bridge']]);
  });

  it('THEN "Name urges …" and "…, Name says" read the verb, with its particle, and what follows or precedes it', () => {
    expect(headline('Mayor Ruiz urges calm in the city', BODY)).toEqual([['Ana Ruiz', 'urges', 'indirect', 'calm in the city']]);
    expect(headline('Ruiz calls for patience over the bridge', BODY)).toEqual([['Ana Ruiz', 'calls for', 'indirect', 'patience over the bridge']]);
    expect(headline('Bridge will reopen in May, Ruiz says', BODY)).toEqual([['Ana Ruiz', 'says', 'indirect', 'Bridge will reopen in May']]);
    expect(headline('The Latest: Ruiz vows to ‘fix the bridge’', BODY)).toEqual([['Ana Ruiz', 'vows', 'partial', 'to ‘fix the bridge’']]);
  });

  it('THEN the words end before another event, a clause about someone else, or the speaker’s next act', () => {
    expect(headline('Ruiz urges patience on the bridge as Lee calls for a vote', BODY)).toEqual([['Ana Ruiz', 'urges', 'indirect', 'patience on the bridge']]);
    expect(headline('Ruiz praises the council, but warns of delays', BODY)).toEqual([['Ana Ruiz', 'praises', 'indirect', 'the council']]);
    expect(headline('Ruiz Says Bridge Will Reopen, Calls Delay ‘Shameful’', BODY)).toEqual([['Ana Ruiz', 'says', 'indirect', 'Bridge Will Reopen']]);
    // In Title Case, "As" is just another capitalised word.
    expect(headline('Ruiz Promises Bridge Repairs In First Month As Mayor', BODY)).toEqual([['Ana Ruiz', 'promises', 'indirect', 'Bridge Repairs In First Month As Mayor']]);
  });

  it('THEN a Dutch headline is read the same way', () => {
    expect(headline('Jansen: ‘Brug gaat in mei weer open’', DUTCH_BODY, 'nl')).toEqual([['Piet Jansen', ':', 'direct', 'Brug gaat in mei weer open']]);
    expect(headline('Brug gaat in mei weer open, zegt Jansen', DUTCH_BODY, 'nl')).toEqual([['Piet Jansen', 'zegt', 'indirect', 'Brug gaat in mei weer open']]);
    expect(headline('Bridge will reopen in May, says Mayor Ruiz', BODY)).toEqual([['Ana Ruiz', 'says', 'indirect', 'Bridge will reopen in May']]);
  });
});

describe('GIVEN a headline that names no one the story quotes, or sets a scene', () => {
  it('THEN it attributes nothing: no label, office or clause is taken for a speaker', () => {
    expect(headline('Stealth Over Health: Council Hid the Costs', BODY)).toEqual([]);
    expect(headline('Lawmakers urge calm in the city', BODY)).toEqual([]);
    expect(headline('As Ruiz urges calm, protesters gather at the bridge', BODY)).toEqual([]);
    // "tells" has its addressee run into the words: left alone.
    expect(headline('Ruiz tells drivers the bridge will reopen', BODY)).toEqual([]);
  });

  it('THEN the body’s statements come after it, and the headline’s words are dated as the story first dated the speaker’s', () => {
    const doc = article('Ruiz urges calm in the city', BODY);
    const found = extractStatements(doc, () => undefined);
    expect(found.map((s) => doc.text.slice(s.start, s.end))).toEqual(['calm in the city', 'that the bridge would reopen in May', 'We owe the city a working bridge']);
    expect(found[0]?.saidOn).toEqual({ date: '2024-03-05', precision: 'day', basis: 'event' });
    expect(found[1]?.saidOn).toMatchObject({ date: '2024-03-05', precision: 'day' });
    // Words the story does not date: the headline's are not dated either.
    const undated = article('Ruiz urges calm in the city', 'Mayor Ana Ruiz says the bridge will reopen in May.');
    expect(extractStatements(undated, () => undefined)[0]?.saidOn).toEqual({ date: '2024-03-08', precision: 'day', basis: 'published' });
  });
});
