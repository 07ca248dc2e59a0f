// Corrections by the people who use the bot: "Wrong?" reports are kept durably for the corpus keeper, and the
// keeper's corrections.yaml fixes speakers, dates and polarity (or drops a statement) in a way that survives
// re-extraction, restarts and edits made while the bot runs.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Whosaid } from '../src/core.ts';
import { watchCorpus } from '../src/corpus-watcher.ts';
import { createLogger } from '../src/log.ts';
import type { WhoSaidAnswer } from '../src/model.ts';
import { answerToText } from '../src/render/text.ts';
import { waitUntil } from './fakes/http.ts';
import { consoleSession } from './helpers/console.ts';
import { ARTICLE, corpusFolder } from './helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

const ARTICLE_A = ARTICLE(
  'title: Port talks\npublished: 2024-05-10\nlanguage: en',
  'The harbour master said on Tuesday that the port would reopen in June.\n\nThe mayor said the fishing fleet had lost a season.',
);

const dataDir = () => mkdtemp(join(tmpdir(), 'whosaid-feedback-'));

function ask(core: Whosaid, phrase: string): WhoSaidAnswer {
  const answer = core.whoSaid(phrase);
  if (answer.kind !== 'who-said') throw new Error('usage');
  return answer;
}

const corrections = (yaml: string) => `corrections:\n${yaml}`;

describe('GIVEN a user who reports an answer entry as wrong', () => {
  it('THEN the report is stored with the statement, its words and the user, and survives a restart', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE_A });
    const data = await dataDir();
    const core = await Whosaid.open({ corpusDir: dir, dataDir: data });
    const [hit] = ask(core, 'port would reopen in June').results;
    const result = await core.reportWrong({ statement: hit?.id ?? '', reason: 'speaker', note: 'It was the port authority', user: 'U123', platform: 'slack' });
    expect(result).toMatchObject({ ok: true, report: { doc: 'a', text: hit?.text, speaker: 'harbour master', reason: 'speaker', user: 'U123', platform: 'slack' } });

    const restarted = await Whosaid.open({ corpusDir: dir, dataDir: data });
    const { reports } = await restarted.listReports();
    expect(reports).toEqual([expect.objectContaining({ statement: hit?.id, note: 'It was the port authority', settled: false })]);
  });

  it('WHEN the statement is gone THEN the user is told, and nothing is stored', async () => {
    const core = await Whosaid.open({ corpusDir: await corpusFolder({ 'a.md': ARTICLE_A }), dataDir: await dataDir() });
    expect(await core.reportWrong({ statement: 'a#99', reason: 'date', user: 'U1', platform: 'discord' })).toMatchObject({ ok: false, message: expect.stringMatching(/no longer/) });
    expect((await core.listReports()).reports).toEqual([]);
  });

  it('THEN `cli reports` lists it with the corrections.yaml entry that would settle it', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE_A });
    const data = await dataDir();
    const core = await Whosaid.open({ corpusDir: dir, dataDir: data });
    const [hit] = ask(core, 'fishing fleet had lost').results;
    await core.reportWrong({ statement: hit?.id ?? '', reason: 'date', user: 'alice', platform: 'console' });
    const { stdout } = await promisify(execFile)(TSX, [join(ROOT, 'src', 'cli.ts'), 'reports', '--corpus', dir, '--data', data], { cwd: ROOT });
    expect(stdout).toMatch(/1 report\(s\) .* 1 shown open/);
    expect(stdout).toContain('Wrong date · open');
    expect(stdout).toContain('- doc: "a"');
    expect(stdout).toContain(`text: ${JSON.stringify(hit?.text)}`);
  });
});

describe('GIVEN corrections.yaml', () => {
  it('THEN a corrected speaker, date and polarity show in answers, marked as corrected; a dropped statement is gone', async () => {
    const dir = await corpusFolder({
      'a.md': ARTICLE_A,
      'corrections.yaml': corrections(
        '  - doc: a\n    text: "the port would reopen in June"\n    speaker: Port Authority\n    saidOn: 2024-05-06\n    polarity: denied\n    note: the master read out the authority\'s statement\n' +
          '  - doc: a\n    text: "the fishing fleet had lost a season"\n    drop: true\n',
      ),
    });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await dataDir() });
    const answer = ask(core, 'does not reopen in June');
    const [hit] = answer.results;
    expect(hit).toMatchObject({ speaker: { canonical: 'Port Authority' }, saidOn: { date: '2024-05-06', precision: 'day' }, polarity: 'denied', corrected: { fields: ['speaker', 'polarity', 'saidOn'] } });
    expect(answerToText(answer)).toMatch(/Corrected by the corpus keeper \(speaker, polarity, date\): the master read out/);
    expect(ask(core, 'fishing fleet had lost a season').results).toEqual([]);
    expect(core.timeline({ query: 'Port Authority' })).toMatchObject({ entries: [expect.objectContaining({ doc: 'a' })] });
  });

  it('WHEN the article is re-extracted, or the bot restarts from its snapshot THEN the correction still holds', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE_A, 'corrections.yaml': corrections('  - doc: a\n    text: the port would reopen in June\n    speaker: Port Authority\n') });
    const data = await dataDir();
    const core = await Whosaid.open({ corpusDir: dir, dataDir: data });
    await writeFile(join(dir, 'a.md'), ARTICLE_A.replace('The mayor said', 'The deputy mayor said'));
    expect(await core.updateFile('a.md')).toMatchObject({ status: 'updated' });
    expect(ask(core, 'port would reopen').results[0]?.speaker.canonical).toBe('Port Authority');
    await core.save();
    const restarted = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(restarted.stats.fromSnapshot).toBe(true);
    expect(ask(restarted, 'port would reopen').results[0]?.speaker.canonical).toBe('Port Authority');

    // Withdrawn while the bot was down: the next start indexes the article as extracted again.
    await writeFile(join(dir, 'corrections.yaml'), 'corrections: []\n');
    const again = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(ask(again, 'port would reopen').results[0]).toMatchObject({ speaker: { canonical: 'harbour master' } });
    expect(ask(again, 'port would reopen').results[0]?.corrected).toBeUndefined();
    expect(again.timeline({ query: 'Port Authority' })).toMatchObject({ speaker: null });
  });

  it('WHEN it is edited while the bot runs THEN the watcher applies it; a broken edit keeps the last good corrections', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE_A });
    const lines: string[] = [];
    const log = { ...createLogger('error'), warn: (line: string) => lines.push(line) };
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await dataDir(), log });
    const watcher = watchCorpus(core, dir, log, { settleMs: 50, saveAfterMs: 60_000 });
    try {
      await writeFile(join(dir, 'corrections.yaml'), corrections('  - doc: a\n    text: the port would reopen in June\n    speaker: Port Authority\n'));
      await waitUntil(() => ask(core, 'port would reopen').results[0]?.speaker.canonical === 'Port Authority', 'the correction applied', 10_000);

      await writeFile(join(dir, 'corrections.yaml'), 'corrections:\n  - doc: a\n    text: [unclosed\n');
      await waitUntil(() => lines.some((line) => /corrections\.yaml.*earlier corrections stay/.test(line)), 'a warning', 10_000);
      expect(ask(core, 'port would reopen').results[0]?.speaker.canonical).toBe('Port Authority');

      await writeFile(join(dir, 'corrections.yaml'), corrections('  - doc: a\n    text: words nobody wrote in this article\n    drop: true\n'));
      await waitUntil(() => ask(core, 'port would reopen').results[0]?.speaker.canonical === 'harbour master', 'the correction withdrawn', 10_000);
      expect(lines.some((line) => /no statement of "a" reads "words nobody wrote/.test(line))).toBe(true);
    } finally {
      await watcher.close();
    }
  });

  it('WHEN a correction names a speaker the corpus knows by another name THEN it joins that speaker', async () => {
    const dir = await corpusFolder({
      'a.md': ARTICLE('title: A\npublished: 2024-05-10\nlanguage: en', 'Prime Minister Anna Berg said the budget was balanced.\n\nOfficials said the deficit would grow.'),
      'corrections.yaml': corrections('  - doc: a\n    text: the deficit would grow\n    speaker: Berg\n'),
    });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await dataDir() });
    const [hit] = ask(core, 'deficit would grow').results;
    expect(hit?.speaker).toMatchObject({ canonical: 'Anna Berg', name: 'Berg' });
    expect(core.timeline({ query: 'Anna Berg' })).toMatchObject({ entries: [expect.anything(), expect.anything()] });
  });
});

describe('GIVEN the console', () => {
  it('WHEN the user types /wrong after an answer THEN the entry is reported; a bad /wrong gets its usage', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE_A });
    const data = await dataDir();
    const core = await Whosaid.open({ corpusDir: dir, dataDir: data });
    const said = await consoleSession(core, ['/wrong 1 speaker', '/who-said port would reopen', '/wrong 3 speaker', '/wrong 1 wrongish', '/wrong 1 speaker the port authority said it', '/quit']);
    expect(said).toContain('Ask something first');
    expect(said).toContain('The last answer has entries 1–1.');
    expect(said).toMatch(/Usage: \/wrong <entry number> <speaker\|date\|opposite\|not-a-statement> \[note\]/);
    expect(said).toContain('your report is recorded');
    const { reports } = await (await Whosaid.open({ corpusDir: dir, dataDir: data })).listReports();
    expect(reports).toEqual([expect.objectContaining({ platform: 'console', reason: 'speaker', note: 'the port authority said it' })]);
  });
});
