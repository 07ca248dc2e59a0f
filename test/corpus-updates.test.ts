// Articles added, changed and removed while the bot runs: each is indexed on its own, nothing else is lost, and
// the snapshot follows so a restart starts from the same corpus.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Whosaid } from '../src/core.ts';
import { watchCorpus } from '../src/corpus-watcher.ts';
import { createLogger } from '../src/log.ts';
import { waitUntil } from './fakes/http.ts';
import { ARTICLE, corpusFolder } from './helpers/corpus.ts';

const A = ARTICLE('title: A\npublished: 2024-01-10\nlanguage: en', 'The minister said that the talks would resume next month.');
const B = ARTICLE('title: B\npublished: 2024-01-11\nlanguage: en', 'The envoy said that a ceasefire was within reach.');

const until = (probe: () => boolean, what: string) => waitUntil(probe, what, 10_000);

const found = (core: Whosaid, phrase: string) => {
  const answer = core.whoSaid(phrase);
  return answer.kind === 'who-said' ? answer.results.map((r) => r.doc) : [];
};

describe('GIVEN a running core', () => {
  it('WHEN a file is added, changed or removed THEN updateFile indexes just that file', async () => {
    const dir = await corpusFolder({ 'a.md': A });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-upd-')) });
    await writeFile(join(dir, 'b.md'), B);
    expect(await core.updateFile('b.md')).toMatchObject({ status: 'added', doc: 'b', statements: 1 });
    expect(found(core, 'ceasefire was within reach')).toEqual(['b']);
    expect(core.timeline({ query: 'envoy' })).toMatchObject({ entries: [expect.objectContaining({ doc: 'b' })] });

    await writeFile(join(dir, 'b.md'), B.replace('a ceasefire was within reach', 'the border would stay closed'));
    expect(await core.updateFile('b.md')).toMatchObject({ status: 'updated', statements: 1 });
    expect(found(core, 'ceasefire was within reach')).toEqual([]);
    expect(found(core, 'border would stay closed')).toEqual(['b']);
    expect(await core.updateFile('b.md')).toMatchObject({ status: 'unchanged' });

    await unlink(join(dir, 'b.md'));
    expect(await core.updateFile('b.md')).toMatchObject({ status: 'removed', statements: 1 });
    expect(found(core, 'border would stay closed')).toEqual([]);
    expect(core.timeline({ query: 'envoy' })).toMatchObject({ entries: [] });
    expect(found(core, 'talks would resume')).toEqual(['a']);
    expect(core.stats).toMatchObject({ documents: 1, statements: 1 });
  });

  it('WHEN articles are changed and removed one after another THEN speaker suggestions and timelines follow each step', async () => {
    const envoy = (n: number) => ARTICLE(`title: E${n}\npublished: 2024-01-1${n}\nlanguage: en`, `Envoy Ana Ruiz said that round ${n} of the talks had ended.`);
    const dir = await corpusFolder({ 'a.md': A, 'e1.md': envoy(1), 'e2.md': envoy(2) });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-upd-')) });
    const ruiz = () => core.suggestSpeakers('Ana').map((s) => s.name);
    expect(ruiz()).toEqual(['Ana Ruiz']);
    await writeFile(join(dir, 'e1.md'), envoy(1).replace('Envoy Ana Ruiz', 'Envoy Tom Hale'));
    expect(await core.updateFile('e1.md')).toMatchObject({ status: 'updated' });
    await unlink(join(dir, 'e2.md'));
    expect(await core.updateFile('e2.md')).toMatchObject({ status: 'removed' });
    // Ana Ruiz said nothing any more; Tom Hale speaks, and the minister of the first article still does.
    expect(ruiz()).toEqual([]);
    expect(core.timeline({ query: 'Ana Ruiz' })).toMatchObject({ entries: [] });
    expect(core.timeline({ query: 'Tom Hale' })).toMatchObject({ entries: [expect.objectContaining({ doc: 'e1' })] });
    await writeFile(join(dir, 'e2.md'), envoy(2));
    expect(await core.updateFile('e2.md')).toMatchObject({ status: 'added' });
    expect(ruiz()).toEqual(['Ana Ruiz']);
  });

  it('WHEN the core gets ready for updates in the background THEN an article added later names its speakers as it would have', async () => {
    const first = ARTICLE('title: First\npublished: 2024-01-10\nlanguage: en', 'Foreign Minister Ann Lee said that the talks would resume next month.');
    const later = ARTICLE('title: Later\npublished: 2024-01-12\nlanguage: en', 'Lee said that a ceasefire was within reach.');
    const speakerOf = async (readyForUpdates: boolean) => {
      const dir = await corpusFolder({ 'first.md': first });
      const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-upd-')), readyForUpdates });
      // (Past the registry's start in the background: the update then finds it made, not makes it.)
      if (readyForUpdates) await new Promise((resolve) => setTimeout(resolve, 3_000));
      await writeFile(join(dir, 'later.md'), later);
      expect(await core.updateFile('later.md')).toMatchObject({ status: 'added', statements: 1 });
      const answer = core.whoSaid('a ceasefire was within reach');
      return answer.kind === 'who-said' ? answer.results[0]?.speaker.canonical : undefined;
    };
    const made = await speakerOf(false);
    expect(made).toBe('Ann Lee');
    expect(await speakerOf(true)).toBe(made);
  }, 20_000);

  it('WHEN a misspelt word was asked before the article using it arrived THEN asking again finds it', async () => {
    const dir = await corpusFolder({ 'a.md': A });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-upd-')) });
    // "cesefire": a typo of a word the corpus does not hold yet, so nothing near it is found.
    expect(found(core, 'cesefire within reach')).toEqual([]);
    await writeFile(join(dir, 'b.md'), B);
    await core.updateFile('b.md');
    expect(found(core, 'cesefire within reach')).toEqual(['b']);
  });

  it('WHEN a known file is saved broken THEN it is skipped with a warning naming it, and its earlier statements stay', async () => {
    const dir = await corpusFolder({ 'a.md': A, 'b.md': B });
    const lines: string[] = [];
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-upd-')), log: createLogger('warn', (line) => lines.push(line)) });
    await writeFile(join(dir, 'b.md'), '---\ntitle: [unclosed\n---\nbody');
    expect(await core.updateFile('b.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/YAML|front matter/i) });
    expect(lines.some((line) => line.includes('b.md'))).toBe(true);
    expect(found(core, 'ceasefire was within reach')).toEqual(['b']);
    expect(found(core, 'talks would resume')).toEqual(['a']);
  });
});

describe('GIVEN a new file with the id of a loaded one', () => {
  it('THEN it is skipped as a duplicate id, and the loaded article stays', async () => {
    const dir = await corpusFolder({ 'a.md': A });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-upd-')) });
    await writeFile(join(dir, 'a.txt'), 'The envoy said that a ceasefire was within reach.');
    expect(await core.updateFile('a.txt')).toMatchObject({ status: 'skipped', reason: 'duplicate id "a" (already loaded from a.md)' });
    expect(found(core, 'talks would resume')).toEqual(['a']);
    expect(found(core, 'ceasefire was within reach')).toEqual([]);
  });
});

describe('GIVEN the corpus folder is watched', () => {
  it('THEN new, changed and deleted articles and a new aliases.yaml apply without a restart, and the snapshot follows', async () => {
    const dir = await corpusFolder({ 'a.md': A });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-watch-'));
    const core = await Whosaid.open({ corpusDir: dir, dataDir: data });
    const watcher = watchCorpus(core, dir, createLogger('silent'), { settleMs: 50, saveAfterMs: 50 });
    try {
      await writeFile(join(dir, 'b.md'), B);
      await until(() => found(core, 'ceasefire was within reach').length === 1, 'b.md indexed');
      await writeFile(join(dir, 'a.md'), A.replace('the talks would resume next month', 'the harvest would be late'));
      await until(() => found(core, 'harvest would be late').length === 1, 'a.md re-indexed');
      expect(found(core, 'talks would resume')).toEqual([]);
      await unlink(join(dir, 'b.md'));
      await until(() => found(core, 'ceasefire was within reach').length === 0, 'b.md removed');

      await writeFile(join(dir, 'aliases.yaml'), 'entities:\n  - name: Ministry of Agriculture\n    aliases: [the minister]\n');
      await until(() => core.timeline({ query: 'Ministry of Agriculture' }).kind === 'timeline' && (core.timeline({ query: 'Ministry of Agriculture' }) as { entries: unknown[] }).entries.length === 1, 'the rebuild with aliases');
      await watcher.idle();
    } finally {
      await watcher.close();
    }
    const reopened = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(reopened.stats).toMatchObject({ fromSnapshot: true, extracted: 0, documents: 1 });
    expect(found(reopened, 'harvest would be late')).toEqual(['a']);
  });
});

describe('GIVEN a restart after files changed while the bot was down', () => {
  it('WHEN opened to catch up in the background THEN it answers from the snapshot at once and catches up', async () => {
    const dir = await corpusFolder({ 'a.md': A });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-bg-'));
    await Whosaid.open({ corpusDir: dir, dataDir: data });
    await writeFile(join(dir, 'b.md'), B);
    const core = await Whosaid.open({ corpusDir: dir, dataDir: data, reconcile: 'background' });
    expect(core.stats.fromSnapshot).toBe(true);
    expect(found(core, 'talks would resume')).toEqual(['a']);
    expect(await core.caughtUp).toEqual([expect.objectContaining({ file: 'b.md', status: 'added' })]);
    expect(found(core, 'ceasefire was within reach')).toEqual(['b']);
  });
});

describe('GIVEN links, folders and pipes named like articles, and a file name with a line break', () => {
  it('THEN each is skipped with a warning naming it, the same at start and while watching; nothing outside the corpus is read; log lines stay one line each', async () => {
    const outside = await corpusFolder({ 'secret.md': B });
    const dir = await corpusFolder({ 'a.md': A });
    await symlink(join(outside, 'secret.md'), join(dir, 'linked.md'));
    await mkdir(join(dir, 'folder.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await writeFile(join(dir, 'two\nlines.md'), ARTICLE('title: C\npublished: 2024-01-12\nlanguage: en', 'The mayor said that the bridge would reopen in spring.'));
    const lines: string[] = [];
    const log = createLogger('info', (line) => lines.push(line));

    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-links-')), log });
    const skipped = Object.fromEntries(core.warnings.filter((w) => w.skipped).map((w) => [w.file, w.message]));
    expect(skipped['linked.md']).toMatch(/symbolic link/);
    expect(skipped['folder.md']).toMatch(/not a regular file/);
    expect(skipped['pipe.md']).toMatch(/not a regular file/);
    expect(found(core, 'ceasefire was within reach')).toEqual([]);
    expect(found(core, 'the bridge would reopen')).toEqual(['two\nlines']);
    expect(lines.some((line) => line.includes('corpus: skipped linked.md: is a symbolic link'))).toBe(true);
    expect(lines.every((line) => !line.includes('two\nlines'))).toBe(true);

    const watcher = watchCorpus(core, dir, log, { settleMs: 50, saveAfterMs: 50 });
    try {
      await symlink(join(outside, 'secret.md'), join(dir, 'linked-later.md'));
      await until(() => core.warnings.some((w) => w.file === 'linked-later.md'), 'the watcher to see the new link');
      expect(core.warnings.find((w) => w.file === 'linked-later.md')).toMatchObject({ skipped: true, message: expect.stringMatching(/symbolic link/) });
      expect(found(core, 'ceasefire was within reach')).toEqual([]);
      await watcher.idle();
    } finally {
      await watcher.close();
    }
  });
});
