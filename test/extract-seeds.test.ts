// The statements the seed articles must yield: speaker, kind and the date the words were said.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from '../src/model.ts';
import { seedCorpus } from './helpers/corpus.ts';

const MIRROR = '000_1b71991fc993a442';
const STAR = '001_6b14e91150d624ea';
const GRIPT = '002_a3be16013144633c';
const KULEBA = '003_057618b551368884';
const STANDAARD = '004_b7b7089b5e6ae64c';

let statements: Statement[];
let documents: Awaited<ReturnType<typeof seedCorpus>>['documents'];

beforeAll(async () => {
  ({ statements, documents } = await seedCorpus());
});

function find(doc: string, words: string): Statement {
  const found = statements.find((s) => s.doc === doc && s.text.includes(words));
  if (!found) throw new Error(`no statement in ${doc} contains "${words}"`);
  return found;
}

describe('GIVEN the five seed articles', () => {
  it('THEN every statement is a verbatim span of its cleaned article and of the file as received', () => {
    expect(statements.length).toBeGreaterThanOrEqual(55);
    for (const statement of statements) {
      const document = documents.find((d) => d.id === statement.doc);
      expect(document?.text.slice(statement.start, statement.end)).toBe(statement.text);
      const received = readFileSync(join(import.meta.dirname, '..', 'corpus', `${statement.doc}.md`), 'utf8');
      expect(received).toContain(statement.text);
      expect(document?.text).toContain(statement.context);
    }
  });

  it.each([
    // doc, words, canonical speaker, kind, date said, precision, basis
    [MIRROR, 'On February 24, millions of us', 'Volodymyr Zelensky', 'direct', '2023-02-24', 'day', 'published'],
    [MIRROR, '(China) is in a position to do that', 'Ned Price', 'direct', '2023-02-23', 'day', 'event'],
    [MIRROR, 'We would like to see nothing more', 'Ned Price', 'direct', '2023-02-23', 'day', 'event'],
    [MIRROR, 'the US would reserve judgement', 'Ned Price', 'indirect', '2023-02-23', 'day', 'relative'],
    [MIRROR, 'it is not bad', 'Volodymyr Zelensky', 'direct', '2023-02-23', 'day', 'relative'],
    [MIRROR, 'It is important for us that all states', 'Volodymyr Zelensky', 'direct', '2023-02-23', 'day', 'relative'],
    [MIRROR, 'Dialogue and negotiation are the only viable', "China's 12-point peace plan", 'direct', '2023-02-24', 'day', 'event'],
    [MIRROR, 'China is willing to continue', "China's 12-point peace plan", 'partial', '2023-02-24', 'day', 'event'],
    [MIRROR, 'Cold War mentality', "China's 12-point peace plan", 'partial', '2023-02-24', 'day', 'event'],
    [MIRROR, 'not something it wishes to see', 'China', 'partial', '2023-02-24', 'day', 'published'],
    [MIRROR, 'all available means', 'Vladimir Putin', 'partial', '2023-02-24', 'day', 'published'],
    [STAR, 'The security of a region should not be achieved', "China's 12-point peace plan", 'direct', '2023-02-24', 'day', 'published'],
    [STAR, 'Russia started this war and Russia can end this war', 'G7 statement', 'direct', '2023-02-24', 'day', 'published'],
    [GRIPT, 'fully supports” China’s plan', 'Alexander Lukashenko', 'partial', '2023-03-01', 'day', 'published'],
    [GRIPT, 'all further decisions in the war', 'Alexander Lukashenko', 'partial', '2023-02-27', 'week', 'event'],
    [GRIPT, 'all Cold War mentality', 'Xi Jinping', 'partial', '2023-03-01', 'day', 'published'],
    [GRIPT, 'all parties should', 'Xi Jinping', 'partial', '2023-03-01', 'day', 'published'],
    [GRIPT, 'this warfare must not continue', 'Wang Yi', 'partial', '2023-02-20', 'week', 'relative'],
    [GRIPT, 'he agreed with some parts of the plan', 'Volodymyr Zelensky', 'indirect', '2023-03-01', 'day', 'published'],
    [GRIPT, 'he was glad that China was willing', 'Volodymyr Zelensky', 'indirect', '2023-03-01', 'day', 'published'],
    [GRIPT, 'Chinese leader Xi Jinping is planning a visit', 'gript', 'direct', '2023-02-22', 'day', 'explicit'],
    [GRIPT, 'China is considering selling combat drones', 'gript', 'direct', '2023-02-24', 'day', 'explicit'],
    [KULEBA, 'Kuleba’s visit was initiated by China’s foreign minister', 'Mao Ning', 'indirect', '2024-07-22', 'day', 'published'],
    [KULEBA, 'the search for ways to stop Russian aggression', "Ukraine's foreign ministry", 'partial', '2024-07-22', 'day', 'relative'],
    [KULEBA, 'genuine desire', 'Vladimir Putin', 'partial', '2024-05', 'month', 'relative'],
    [KULEBA, 'China was collaborating with Russia', 'Volodymyr Zelensky', 'indirect', '2024-06', 'month', 'event'],
    [STANDAARD, 'Alle partijen moeten Rusland en Oekraïne steunen', "China's foreign ministry", 'direct', '2023-02-24', 'day', 'event'],
    [STANDAARD, 'kernwapens niet mogen worden gebruikt', "China's foreign ministry", 'partial', '2023-02-24', 'day', 'event'],
    [STANDAARD, 'De dreiging met of het gebruik van kernwapens', "China's 12-point peace plan", 'direct', '2023-02-24', 'day', 'published'],
    [STANDAARD, 'de enige uitweg uit de Oekraïne-crisis', 'China', 'indirect', '2023-02-24', 'day', 'published'],
    [STANDAARD, 'mag de veiligheid van een land', 'China', 'indirect', '2023-02-24', 'day', 'published'],
    [STANDAARD, 'hij geen Chinees vredesplan had gezien', 'Volodymyr Zelensky', 'indirect', '2023-02-23', 'day', 'relative'],
    [STANDAARD, 'Ik denk dat het in het algemeen', 'Volodymyr Zelensky', 'direct', '2023-02-23', 'day', 'event'],
    [STANDAARD, 'We zullen een aantal conclusies trekken', 'Volodymyr Zelensky', 'direct', '2023-02-23', 'day', 'event'],
    [STANDAARD, 'zeer bezorgd', 'China', 'partial', '2023-02-20', 'week', 'relative'],
  ])('%s: "%s" → %s (%s), said %s', (doc, words, speaker, kind, date, precision, basis) => {
    const statement = find(doc, words);
    expect(statement.speaker.canonical).toBe(speaker);
    expect(statement.kind).toBe(kind);
    expect(statement.saidOn).toEqual({ date, precision, basis });
  });

  it('THEN "He wrote" resolves to the last named person, keeping the pronoun as written', () => {
    const tweet = find(MIRROR, 'On February 24, millions of us');
    expect(tweet.speaker.name).toBe('He');
    expect(tweet.cue).toBe('wrote');
  });

  it('THEN speakers are canonical across spellings, titles become roles', () => {
    const spellings = new Set(statements.filter((s) => s.speaker.canonical === 'Volodymyr Zelensky').map((s) => s.speaker.name));
    expect([...spellings]).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy', 'Zelenski', 'Ukrainian President Volodimir Zelensky']));
    const price = find(MIRROR, 'the US would reserve judgement').speaker;
    expect(price.role).toBe('US State Department spokesman');
    expect(price.aliases).toContain('Price');
    const zelensky = find(STANDAARD, 'Ik denk dat').speaker;
    expect(zelensky.aliases).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy', 'Zelenski', 'Volodimir Zelensky']));
  });

  it('THEN a document speaker belongs to its issuer and country, and a joint statement to both parties', () => {
    const plan = find(MIRROR, 'Dialogue and negotiation are the only viable').speaker;
    expect(plan.parents).toEqual(["China's foreign ministry", 'China']);
    const joint = find(GRIPT, 'expressed deep concern').speaker;
    expect(joint.parents).toEqual(expect.arrayContaining(['China', 'Belarus']));
  });

  it('THEN a negated cue is not a statement ("stopped short of calling for")', () => {
    expect(statements.some((s) => s.text.includes('Russian troops to exit Ukraine'))).toBe(false);
  });

  it('THEN a scare quote with no speaker and no cue is not a statement', () => {
    expect(statements.some((s) => s.text === 'sustainable' || s.text.startsWith('“sustainable”'))).toBe(false);
    expect(statements.some((s) => s.text.includes('Goed dat China over Oekraïne praat'))).toBe(false);
  });

  it('THEN photo captions and site chrome yield no statements', () => {
    for (const chrome of ['SERGEY DOLZHENKO', 'Sign up to read', 'Evgeniy Maloletka', 'Spencer Platt', 'Top stories']) {
      expect(statements.some((s) => s.context.includes(chrome))).toBe(false);
    }
  });
});
