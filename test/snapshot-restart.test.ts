// A restart from the snapshot must answer exactly as the bot that wrote it, and go on answering exactly as a fresh
// bot does after articles change: the snapshot stores the index in arrays and builds each word's postings only
// when a question or an update first touches it.
import { cp, mkdtemp, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Whosaid } from '../src/core.ts';
import { createLogger } from '../src/log.ts';
import { DeferredBytes } from '../src/index/sections.ts';
import { loadSnapshot, snapshotPath, unpackStatements } from '../src/index/snapshot.ts';
import { ARTICLE, SEED_CORPUS } from './helpers/corpus.ts';

/** Questions a user could ask of these statements: their opening words, a misspelt word, a speaker's timeline. */
function questionsFor(core: Whosaid): { phrases: string[]; people: string[] } {
  const phrases: string[] = [];
  for (const statement of core.statements()) {
    const words = statement.text.split(/\s+/).filter((word) => /^\p{L}{3,}$/u.test(word));
    if (words.length < 4) continue;
    phrases.push(words.slice(0, 4).join(' '));
    const long = words.find((word) => word.length >= 6);
    if (long) phrases.push(words.slice(0, 3).join(' ').replace(long, `${long.slice(0, 2)}${long[3]}${long[2]}${long.slice(4)}`));
  }
  const people = [...new Set(core.statements().map((s) => s.speaker.canonical))];
  return { phrases, people };
}

function answersOf(core: Whosaid, questions: { phrases: string[]; people: string[] }): string[] {
  return [...questions.phrases.map((phrase) => JSON.stringify(core.whoSaid(phrase))), ...questions.people.map((query) => JSON.stringify(core.timeline({ query })))];
}

const NEW_ARTICLE = ARTICLE(
  'title: Ceasefire talks\npublished: 2023-03-02\nlanguage: en',
  'Chinese Foreign Ministry spokesperson Wang Wenbin said on Thursday that the security of a region should not be achieved by strengthening military blocs, and that peace talks were the only way out.',
);

describe('GIVEN a bot started on its snapshot (saved on the first start, or restarted)', () => {
  it('THEN it answers every question as the bot that kept what it extracted; WHEN articles change THEN it answers as the bot that never restarted, and so does the next restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-restart-'));
    await cp(SEED_CORPUS, dir, { recursive: true });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-data-'));
    // The reference keeps what extraction made in memory; the first start saves its snapshot and answers from it.
    const built = await Whosaid.open({ corpusDir: dir, dataDir: data, snapshots: false });
    expect(built.stats).toMatchObject({ fromSnapshot: false, answersFrom: 'build' });
    const firstStart = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(firstStart.stats).toMatchObject({ fromSnapshot: false, answersFrom: 'snapshot' });
    const restarted = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(restarted.stats).toMatchObject({ fromSnapshot: true, answersFrom: 'snapshot' });
    const before = questionsFor(built);
    expect(before.phrases.length).toBeGreaterThan(50);
    for (const core of [firstStart, restarted]) {
      expect(answersOf(core, before)).toEqual(answersOf(built, before));
      // Every statement as the command line lists it: each field, in the same order, text and context included.
      expect(JSON.stringify(core.statements())).toBe(JSON.stringify(built.statements()));
    }
    expect(restarted.statements().every((s) => Object.keys(s).includes('text') && Object.keys(s).includes('context'))).toBe(true);

    // One article gone, one new: both bots take them in while running, one on postings read from the snapshot.
    await unlink(join(dir, '000_1b71991fc993a442.md'));
    await writeFile(join(dir, 'new.md'), NEW_ARTICLE);
    for (const core of [built, firstStart, restarted]) {
      await core.updateFile('000_1b71991fc993a442.md');
      await core.updateFile('new.md');
    }
    const all = { phrases: [...before.phrases, ...questionsFor(built).phrases], people: [...before.people, ...questionsFor(built).people] };
    const expected = answersOf(built, all);
    expect(expected.join()).toContain('Wang Wenbin');
    expect(expected.join()).not.toContain('000_1b71991fc993a442');
    expect(answersOf(restarted, all)).toEqual(expected);
    expect(answersOf(firstStart, all)).toEqual(expected);

    await restarted.save();
    const again = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(again.stats).toMatchObject({ fromSnapshot: true, extracted: 0 });
    expect(answersOf(again, all)).toEqual(expected);
  }, 60_000);
});

describe('GIVEN a data folder the bot cannot write to', () => {
  it('THEN the first start answers from what it extracted, and the operator is told the snapshot was not saved', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-nosave-'));
    await cp(SEED_CORPUS, dir, { recursive: true });
    const blocked = join(await mkdtemp(join(tmpdir(), 'whosaid-data-')), 'not-a-folder');
    await writeFile(blocked, 'a file where the data folder should be');
    const lines: string[] = [];
    const core = await Whosaid.open({ corpusDir: dir, dataDir: blocked, log: createLogger('warn', (line) => lines.push(line)) });
    expect(core.stats).toMatchObject({ fromSnapshot: false, answersFrom: 'build' });
    expect(lines.join('\n')).toContain('could not save a snapshot');
    const answer = core.whoSaid('year of our victory');
    expect(answer.kind).toBe('who-said');
    expect(JSON.stringify(answer)).toContain('Volodymyr Zelensky');
  }, 60_000);
});

describe('GIVEN a saved snapshot', () => {
  it('THEN the bytes only some answers read (statement contexts, content words) stay on disk until read, so a restart reads less', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-lazy-'));
    await cp(SEED_CORPUS, dir, { recursive: true });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-data-'));
    await Whosaid.open({ corpusDir: dir, dataDir: data });
    const snapshot = await loadSnapshot(snapshotPath(data, dir));
    expect(snapshot?.statements.contexts).toMatchObject({ utf8: expect.any(DeferredBytes) });
    expect(snapshot?.statements.words).toMatchObject({ utf8: expect.any(DeferredBytes) });
    // Read back a row at a time, the words are those stored.
    const { contentWords } = unpackStatements(snapshot?.statements as NonNullable<typeof snapshot>['statements']);
    expect(contentWords.at(0)).toMatch(/\p{L}/u);
  });
});
