// Article files are read in worker threads under a time budget: a slow file never delays answers, and a file
// over budget is skipped with a warning naming it while the rest of the corpus loads.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Whosaid } from '../src/core.ts';
import { ArticleReaderPool } from '../src/ingest/pool.ts';
import { ARTICLE, SEED_CORPUS, corpusFolder } from './helpers/corpus.ts';

/** About 2.5 MB of real news text: several seconds of extraction on one core. */
async function largeArticle(): Promise<string> {
  const names = (await readdir(SEED_CORPUS)).filter((name) => name.endsWith('.md') && !name.startsWith('004'));
  const bodies = await Promise.all(names.map(async (name) => (await readFile(join(SEED_CORPUS, name), 'utf8')).replace(/^---[\s\S]*?\n---\n/, '')));
  const body = bodies.join('\n\n');
  return ARTICLE('title: A very long digest\npublished: 2024-08-01\nlanguage: en', Array.from({ length: Math.ceil(2_500_000 / body.length) }, () => body).join('\n\n'));
}

const SHORT = ARTICLE('title: Short\npublished: 2024-08-02\nlanguage: en', 'The minister said that the bridge over the river would reopen in spring.');

const pools: ArticleReaderPool[] = [];
afterAll(async () => Promise.all(pools.map((pool) => pool.close())));

describe('GIVEN a file that takes longer than the per-file time budget', () => {
  it('THEN it is skipped with one warning naming it, and every other article loads and answers', async () => {
    const readers = new ArticleReaderPool({ threads: 2, budgetMs: 1_000 });
    pools.push(readers);
    const dir = await corpusFolder({ 'huge-digest.md': await largeArticle(), 'short.md': SHORT });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-data-')), snapshots: false, readers });
    const warnings = core.warnings.filter((w) => w.file === 'huge-digest.md');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ skipped: true, message: expect.stringContaining('took longer than 1 s') });
    const answer = core.whoSaid('the bridge over the river would reopen');
    expect(answer.kind === 'who-said' && answer.results[0]?.doc).toBe('short');
    expect(core.stats.documents).toBe(1);
  }, 60_000);
});

describe('GIVEN a large article added while the bot runs', () => {
  it('THEN questions asked meanwhile are answered before it is indexed, and then it is indexed', async () => {
    const readers = new ArticleReaderPool({ threads: 1, budgetMs: 60_000 });
    pools.push(readers);
    const dir = await corpusFolder({ 'short.md': SHORT });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-data-')), snapshots: false, readers });
    await writeFile(join(dir, 'huge-digest.md'), await largeArticle());

    const order: string[] = [];
    const indexing = core.updateFile('huge-digest.md').then((update) => {
      order.push('indexed');
      return update;
    });
    // A question 50 ms later, as a chat user would ask while the file is being read.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const answer = core.whoSaid('the bridge over the river would reopen');
    order.push('answered');
    expect(answer.kind === 'who-said' && answer.results[0]?.doc).toBe('short');

    const update = await indexing;
    expect(order).toEqual(['answered', 'indexed']);
    expect(update).toMatchObject({ status: 'added', doc: 'huge-digest' });
    expect(update.status === 'added' && update.statements).toBeGreaterThan(100);
  }, 120_000);
});

describe('GIVEN reading threads with nothing to read', () => {
  it('THEN they end after their idle time, giving their memory back, and the next file starts a fresh one', async () => {
    const readers = new ArticleReaderPool({ threads: 1, idleMs: 200 });
    pools.push(readers);
    const raw = { file: 'short.md', bytes: Buffer.from(SHORT), mtime: new Date(), mtimeMs: 0 };
    expect((await readers.read(raw, null)).document?.id).toBe('short');
    expect(readers.threadsAlive).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(readers.threadsAlive).toBe(0);
    expect((await readers.read(raw, null)).raws.length).toBeGreaterThan(0);
  }, 30_000);
});

describe('GIVEN a whole folder to read at start', () => {
  it('THEN it is read on more threads than a single update gets, and every thread ends once it is read (their memory goes back before indexing)', async () => {
    const readers = new ArticleReaderPool({ threads: 1, bulkThreads: 2, bulkMinFiles: 10 });
    pools.push(readers);
    const raws = Array.from({ length: 12 }, (_, i) => ({ file: `short-${i}.md`, bytes: Buffer.from(SHORT.replace('Short', `Short ${i}`)), mtime: new Date(), mtimeMs: 0 }));
    const mostAliveWhile = async (files: typeof raws) => {
      let mostAlive = 0;
      const watch = setInterval(() => (mostAlive = Math.max(mostAlive, readers.threadsAlive)), 5);
      const reads = await readers.readAll(files, null);
      clearInterval(watch);
      expect(reads.every((read) => read.raws.length > 0)).toBe(true);
      return mostAlive;
    };
    expect(await mostAliveWhile(raws)).toBe(2);
    expect(readers.threadsAlive).toBe(0);
    // A folder too small to pay for another thread's start, and one file on its own, get the usual single thread.
    expect(await mostAliveWhile(raws.slice(0, 6))).toBe(1);
    await readers.read(raws[0] as (typeof raws)[0], null);
    expect(readers.threadsAlive).toBe(1);
  }, 30_000);
});

describe('GIVEN a bot that keeps a reading thread ready for articles added later', () => {
  it('THEN one thread starts before any file arrives, outlives the idle time, and starts again after a whole folder is read', async () => {
    const readers = new ArticleReaderPool({ threads: 1, idleMs: 200, standbyDelayMs: 0, bulkThreads: 2, bulkMinFiles: 10 });
    pools.push(readers);
    const raws = Array.from({ length: 12 }, (_, i) => ({ file: `short-${i}.md`, bytes: Buffer.from(SHORT.replace('Short', `Short ${i}`)), mtime: new Date(), mtimeMs: 0 }));
    const aliveSoon = async () => {
      for (let waited = 0; waited < 5_000 && readers.threadsAlive === 0; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      return readers.threadsAlive;
    };
    readers.standBy();
    expect(await aliveSoon()).toBe(1);
    // Idle for three times its idle time, a usual thread would have ended; the standby is the one thread left.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(readers.threadsAlive).toBe(1);
    expect((await readers.read(raws[0] as (typeof raws)[0], null)).raws.length).toBeGreaterThan(0);
    expect(readers.threadsAlive).toBe(1);
    // A whole folder ends every thread, as without a standby; the standby starts again after it.
    expect((await readers.readAll(raws, null)).every((read) => read.raws.length > 0)).toBe(true);
    expect(readers.threadsAlive).toBe(0);
    expect(await aliveSoon()).toBe(1);
  }, 30_000);
});

describe('GIVEN reading threads that cannot start (a broken install)', () => {
  it('THEN each file is skipped saying why, after a few tries, instead of starting threads for ever', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-broken-'));
    const entry = join(dir, 'broken.mjs');
    await writeFile(entry, "throw new Error('the tagger model is missing');\n");
    const readers = new ArticleReaderPool({ threads: 1, entry: new URL(`file://${entry}`).href });
    pools.push(readers);
    const raw = { file: 'short.md', bytes: Buffer.from(SHORT), mtime: new Date(), mtimeMs: 0 };
    const reads = await readers.readAll([raw, { ...raw, file: 'other.md' }], null);
    for (const read of reads) expect(read.warnings[0]?.message).toMatch(/the tagger model is missing/);
    expect((await readers.read(raw, null)).warnings[0]?.message).toMatch(/no reading thread could start/);
    expect(readers.threadsAlive).toBe(0);
  }, 30_000);
});

describe('GIVEN the pool closes while a file is being read', () => {
  it('THEN that read is answered as skipped at once, not left waiting for ever', async () => {
    const readers = new ArticleReaderPool({ threads: 1, budgetMs: 60_000 });
    const dir = await corpusFolder({ 'huge-digest.md': await largeArticle() });
    const bytes = await readFile(join(dir, 'huge-digest.md'));
    const reading = readers.read({ file: 'huge-digest.md', bytes, mtime: new Date(), mtimeMs: Date.now() }, null);
    // Long enough for the thread to start and take the file.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await readers.close();
    const outcome = await Promise.race([reading, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000))]);
    expect(outcome).toMatchObject({ document: null, warnings: [expect.objectContaining({ skipped: true, message: expect.stringContaining('shutting down') })] });
  }, 30_000);
});
