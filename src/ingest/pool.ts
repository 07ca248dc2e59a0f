// Reads article files in worker threads, as many at once as there are threads, each file under a time budget.
// A file over budget is skipped with one warning naming it: its thread is ended (the only way to stop a
// runaway regular expression or parser) and a fresh one takes its place; the other files still load.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawCorpusFile } from '../corpus/load.ts';
import type { ArticleRead } from '../pipeline.ts';
import { READY, type ReadJob, ReadResultSchema } from './messages.ts';

/**
 * While the bot answers, one core stays with the main thread (acks, answers, indexing): on 2 cores one reading
 * thread, at most three.
 */
function defaultThreads(): number {
  return Math.max(1, Math.min(3, availableParallelism() - 1));
}

/**
 * A whole folder read at start has no answers to wait for: the main thread only gathers results, so every core
 * reads (3,000 quote-dense articles on this project's 2 cores: 31.9 s on one thread, 22.7 s on two). The threads
 * beyond the usual number end as soon as the folder is read, giving their memory (about 110 MB each: a tagger and a
 * date parser) back.
 */
function defaultBulkThreads(threads: number): number {
  return Math.max(threads, Math.min(4, availableParallelism()));
}

/**
 * Below this many files another thread's start (loading its tagger and date parser, about 2 s of a shared core)
 * costs what it saves: 1,000 quote-dense articles read in the same 14 s either way, 1,000 Reuters stories in 6.2 s
 * instead of 4.7 s.
 */
const BULK_MIN_FILES = 2_000;

const MAX_FAILED_STARTS = 3;

/** A thread idle this long is ended, giving its memory back; the next file starts a fresh one (about 1.5 s more). */
const IDLE_MS = 10 * 60_000;

/**
 * A standby thread starts this long after it is asked for: by then a first start's full collection has given back
 * what extraction left, so the thread's memory (about 100 MB) never adds to the start's peak.
 */
const STANDBY_DELAY_MS = 2_000;

/** Long enough for a 5 MB article on a busy machine (≈ 3 s idle), short enough that a stuck file is dropped soon. */
export const DEFAULT_FILE_BUDGET_MS = 30_000;

const SHUTTING_DOWN = 'not read: the bot is shutting down';

export interface PoolOptions {
  threads?: number;
  /** Threads while `readAll` reads a whole folder (default: one per core, at most four). */
  bulkThreads?: number;
  /** Folders of fewer files are read on the usual threads. */
  bulkMinFiles?: number;
  /** How long one file may take. */
  budgetMs?: number;
  /** How long a thread may sit idle before it is ended. */
  idleMs?: number;
  /** How long after `standBy()` its thread starts. */
  standbyDelayMs?: number;
  /** The module a thread runs (tests point it at a broken one). */
  entry?: string;
}

interface Pending {
  job: ReadJob;
  resolve: (read: ArticleRead) => void;
}

interface Reader {
  worker: Worker;
  ready: boolean;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
  idle: NodeJS.Timeout | null;
}

/**
 * From the sources (tsx, tests) a thread registers tsx, then imports the TypeScript entry; from the bundle that
 * `npm start` runs, this module is a chunk beside the bundled `worker.mjs`, which a thread runs as it is.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL(FROM_SOURCES ? './worker.ts' : './worker.mjs', import.meta.url).href;

function skipped(file: string, message: string): ArticleRead {
  return { file, document: null, raws: [], warnings: [{ file, message, skipped: true }] };
}

export class ArticleReaderPool {
  private readonly readers: Reader[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Threads in a row that died before they were ready: past a few, starting more would only loop. */
  private failedStarts = 0;
  private startError: string | null = null;

  private readonly threads: number;
  private readonly bulkThreads: number;
  private readonly bulkMinFiles: number;
  /** Folders being read by `readAll`: while any is, up to `bulkThreads` threads read. */
  private bulkReads = 0;
  private readonly budgetMs: number;
  private readonly idleMs: number;
  private readonly standbyDelayMs: number;
  private readonly entry: string;
  /** Whether one thread is kept ready for the next file however long it idles (see `standBy`). */
  private standby = false;

  constructor(options: PoolOptions = {}) {
    this.threads = options.threads ?? defaultThreads();
    this.bulkThreads = options.bulkThreads ?? defaultBulkThreads(this.threads);
    this.bulkMinFiles = options.bulkMinFiles ?? BULK_MIN_FILES;
    this.budgetMs = options.budgetMs ?? DEFAULT_FILE_BUDGET_MS;
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.standbyDelayMs = options.standbyDelayMs ?? STANDBY_DELAY_MS;
    this.entry = options.entry ?? ENTRY;
  }

  /** One file read and extracted off the main thread; never rejects (a failure is a skipped file's warning). */
  read(raw: RawCorpusFile, aliasText: string | null): Promise<ArticleRead> {
    if (this.closed) return Promise.resolve(skipped(raw.file, SHUTTING_DOWN));
    if (this.startError) return Promise.resolve(skipped(raw.file, this.startError));
    return new Promise((resolve) => {
      const job: ReadJob = { id: this.nextId++, file: raw.file, bytes: raw.bytes, mtimeMs: raw.mtimeMs, aliasText };
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  /** Reading threads alive now (started or working). */
  get threadsAlive(): number {
    return this.readers.length;
  }

  /**
   * From now on one thread stays started and ready, however long it idles: a file added to the folder is read at
   * once instead of after a thread's start (about 1.3 s of loading the tagger and the date parser: an article added
   * to 10,000 took 1.4–2.1 s, against 0.1 s with a thread ready). The bot asks for it once its corpus is open; a
   * one-off run does not. A whole folder read later still ends every thread (their memory goes back before
   * indexing), and the standby starts again after it.
   */
  standBy(): void {
    this.standby = true;
    this.startStandbyLater();
  }

  private startStandbyLater(): void {
    const timer = setTimeout(() => {
      // (Unreferenced, as an idle thread is: a standby must not keep the process alive.)
      if (!this.closed && !this.startError && this.readers.length === 0) this.spawn().worker.unref();
    }, this.standbyDelayMs);
    timer.unref();
  }

  /** Every file, in the order given; a folder of `bulkMinFiles` files or more on every core. */
  async readAll(raws: readonly RawCorpusFile[], aliasText: string | null): Promise<ArticleRead[]> {
    const bulk = raws.length >= this.bulkMinFiles;
    if (bulk) this.bulkReads++;
    try {
      return await Promise.all(raws.map((raw) => this.read(raw, aliasText)));
    } finally {
      if (bulk) this.bulkReads--;
      this.endSurplus(bulk);
      if (bulk && this.standby) this.startStandbyLater();
    }
  }

  private get limit(): number {
    return this.bulkReads > 0 ? this.bulkThreads : this.threads;
  }

  /**
   * Once no folder is being read, idle threads beyond the usual number end now rather than after the idle time;
   * after a whole folder, every idle thread does: each holds what reading thousands of articles left in its heap
   * (about 130 MB after 5,000 quote-dense articles, measured), just when the main thread needs the most memory to index and save
   * them. The next file starts a fresh thread.
   */
  private endSurplus(afterBulk: boolean): void {
    if (this.bulkReads > 0) return;
    // (After a folder, a thread still starting for work another took ends too: it would sit idle.)
    for (const reader of this.readers.filter((r) => (r.ready || afterBulk) && !r.busy)) {
      if (!afterBulk && this.readers.length <= this.threads) return;
      this.retire(reader);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve(skipped(pending.job.file, SHUTTING_DOWN));
    const readers = this.readers.splice(0);
    // A file being read when the pool closes is answered too: a caller awaiting it must not wait for ever.
    for (const reader of readers) {
      if (reader.timer) clearTimeout(reader.timer);
      reader.busy?.resolve(skipped(reader.busy.job.file, SHUTTING_DOWN));
      reader.busy = null;
    }
    await Promise.all(readers.map((reader) => reader.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const reader = this.readers.find((r) => r.ready && !r.busy);
      if (!reader) {
        // Threads still starting ask for work when they are ready; start more only for work none will take.
        const starting = this.readers.filter((r) => !r.ready).length;
        for (let n = starting; n < this.queue.length && this.readers.length < this.limit; n++) this.spawn();
        return;
      }
      this.start(reader, this.queue.shift() as Pending);
    }
  }

  private spawn(): Reader {
    const worker = FROM_SOURCES ? new Worker(BOOT, { workerData: { entry: this.entry } }) : new Worker(new URL(this.entry));
    const reader: Reader = { worker, ready: false, busy: null, timer: null, idle: null };
    worker.on('message', (message: unknown) => {
      if (message === READY) {
        reader.ready = true;
        this.failedStarts = 0;
        this.dispatch();
        // Started for work another thread took meanwhile: idle, it must not keep the process alive.
        if (!reader.busy) this.rest(reader);
        return;
      }
      const result = ReadResultSchema.safeParse(message);
      const pending = reader.busy;
      if (!result.success || !pending || result.data.id !== pending.job.id) return;
      this.finish(reader, result.data.error !== undefined ? skipped(pending.job.file, `could not be parsed: ${result.data.error}`) : (result.data.read as ArticleRead));
    });
    // A thread that dies (out of memory, a crash) fails only the file it was reading.
    worker.on('error', (error) => this.replace(reader, `could not be read: ${error.message}`));
    worker.on('exit', () => this.replace(reader, 'could not be read: its reading thread stopped'));
    this.readers.push(reader);
    return reader;
  }

  private start(reader: Reader, pending: Pending): void {
    reader.busy = pending;
    if (reader.idle) clearTimeout(reader.idle);
    reader.idle = null;
    reader.worker.ref();
    reader.timer = setTimeout(() => {
      const limit = this.budgetMs >= 1000 ? `${Math.round(this.budgetMs / 1000)} s` : `${this.budgetMs} ms`;
      this.replace(reader, `took longer than ${limit} to read; skipped (the rest of the corpus loads without it)`);
      void reader.worker.terminate();
    }, this.budgetMs);
    reader.worker.postMessage(pending.job);
  }

  private finish(reader: Reader, read: ArticleRead): void {
    const pending = reader.busy;
    if (reader.timer) clearTimeout(reader.timer);
    reader.timer = null;
    reader.busy = null;
    this.rest(reader);
    pending?.resolve(read);
    this.dispatch();
    if (!reader.busy && this.readers.length > this.limit) this.retire(reader);
  }

  /** Ends an idle thread without a word: nothing was waiting on it. */
  private retire(reader: Reader): void {
    this.replace(reader, 'not read: its thread was ended while idle', false);
    void reader.worker.terminate();
  }

  /** An idle thread must not keep the process alive (a CLI run ends when its work does), nor its memory for ever. */
  private rest(reader: Reader): void {
    reader.worker.unref();
    if (reader.idle) clearTimeout(reader.idle);
    reader.idle = setTimeout(() => {
      if (reader.busy) return;
      // (The standby is kept: it is the last thread. Its timer runs again, should another thread start meanwhile.)
      if (this.standby && this.readers.length === 1) this.rest(reader);
      else this.retire(reader);
    }, this.idleMs);
    reader.idle.unref();
  }

  /** Drops a thread that failed or ran out of time; its file is skipped with `message`, the queue goes on. */
  private replace(reader: Reader, message: string, failed = true): void {
    const index = this.readers.indexOf(reader);
    if (index < 0) return;
    this.readers.splice(index, 1);
    if (reader.timer) clearTimeout(reader.timer);
    if (reader.idle) clearTimeout(reader.idle);
    reader.worker.removeAllListeners('exit');
    reader.worker.on('error', () => {});
    const pending = reader.busy;
    reader.busy = null;
    pending?.resolve(skipped(pending.job.file, message));
    // (A thread ended on purpose before it was ready did not fail to start.)
    if (failed && !reader.ready && ++this.failedStarts >= MAX_FAILED_STARTS) {
      // The threads cannot start at all (a broken install): every file waiting, and every later one, says why.
      this.startError = `not read: no reading thread could start (${message.replace(/^could not be read: /, '')})`;
      for (const waiting of this.queue.splice(0)) waiting.resolve(skipped(waiting.job.file, this.startError));
      // Threads still starting from the same install will fail the same way.
      for (const starting of this.readers.filter((r) => !r.ready)) this.retire(starting);
      return;
    }
    if (!this.closed) this.dispatch();
  }
}

let shared: ArticleReaderPool | null = null;

/** The process's reading threads, started on first use and shared by every corpus the process opens. */
export function sharedReaderPool(): ArticleReaderPool {
  shared ??= new ArticleReaderPool();
  return shared;
}
