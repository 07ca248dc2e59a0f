// The bot core: opens a corpus (from its snapshot, re-reading only the files that changed), answers who-said and
// timeline questions with plain data, and takes article files added, changed or removed while it runs. Knows
// nothing of Slack, Discord or terminals.
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SearchableCorpus } from './answer/searchable.ts';
import { contentWords, wordKeysOf } from './answer/same-statement.ts';
import { echoesIn } from './answer/echoes.ts';
import { type TimelineRequest, timeline } from './answer/timeline.ts';
import { whoSaid } from './answer/who-said.ts';
import { ALIAS_FILE, type CorpusWarning, type FileInfo, duplicateIdWarning, isWarning, readCorpusFile, shownFileName, statCorpusFiles } from './corpus/load.ts';
import { EntityRegistry } from './entities/registry.ts';
import { StatementIndex } from './index/search-index.ts';
import { type FileStamp, SNAPSHOT_FORMAT, type Snapshot, loadSnapshot, packStatements, saveSnapshot, sha256, snapshotPath, storedRowOf, unpackStatements } from './index/snapshot.ts';
import type { Logger } from './log.ts';
import { silentLogger } from './log.ts';
import { collectGarbage } from './collect-garbage.ts';
import { CORRECTIONS_FILE, type CorrectionEntry, applyCorrections, correctionsByDoc, correctsText, parseCorrections, unmatchedCorrections } from './feedback/corrections.ts';
import { MAX_NOTE_LENGTH, type Report, type ReportReason, ReportStore } from './feedback/reports.ts';
import { type Source, type Speaker, type Statement, type TimelineAnswer, type UsageAnswer, type WhoSaidAnswer, plainStatement } from './model.ts';
import { type ArticleRead, aliasEntries, assembleCorpus, readAliasText, readCorpusInput, registerArticle } from './pipeline.ts';
import { type ArticleReaderPool, sharedReaderPool } from './ingest/pool.ts';

export interface OpenOptions {
  corpusDir: string;
  dataDir: string;
  log?: Logger;
  /** Skip reading and writing snapshots (tests of extraction itself). */
  snapshots?: boolean;
  /**
   * After a snapshot load, files changed since are re-read before open() returns ('await', the default: the CLI
   * answers from the folder as it is), or while the bot already answers ('background': a chat bot is ready
   * within a second and catches up; `caughtUp` resolves when it has).
   */
  reconcile?: 'await' | 'background';
  /** The threads that read article files (default: the process's shared pool, 30 s per file). */
  readers?: ArticleReaderPool;
  /**
   * Once the corpus is open, keep one reading thread ready and restore the speaker registry in the background, so an
   * article added later is indexed at once (the bot does; tests and one-off runs need not pay a thread's start and
   * memory). See `ArticleReaderPool.standBy`.
   */
  readyForUpdates?: boolean;
}

export interface CoreStats {
  documents: number;
  statements: number;
  fromSnapshot: boolean;
  /** Where answers come from: the snapshot's columns (after a load, or once a full build is saved) or the build. */
  answersFrom: 'snapshot' | 'build';
  openMs: number;
  /** Articles extracted while opening: every one on a fresh build, only the changed ones after a snapshot. */
  extracted: number;
  /** Where the opening time went, in ms. */
  timings: { snapshotLoadMs: number; readMs: number; extractMs: number; indexMs: number; saveMs: number };
}

export type FileUpdate =
  | { file: string; status: 'added' | 'updated' | 'removed'; doc: string; statements: number; ms: number }
  | { file: string; status: 'unchanged'; ms: number }
  | { file: string; status: 'skipped'; reason: string; ms: number };

/** Everything a corpus folder turned into; replaced whole on a full rebuild. */
interface State {
  corpus: SearchableCorpus;
  /** The entity registry for incremental extraction; rebuilt from the statements on first need after a snapshot. */
  registry: EntityRegistry | null;
  aliasText: string | null;
  aliasSha: string;
  stamps: Map<string, FileStamp>;
  docOfFile: Map<string, string>;
  warnings: Map<string, CorpusWarning[]>;
  /** Each article's statements as extracted, before corrections: what snapshots keep and corrections apply to. */
  extracted: Map<string, Statement[]>;
}

/** What a user tells the bot about a wrong answer entry. */
export interface WrongReport {
  statement: string;
  reason: ReportReason;
  note?: string | null;
  user: string;
  platform: Report['platform'];
}

function byDoc(statements: readonly Statement[]): Map<string, Statement[]> {
  const grouped = new Map<string, Statement[]>();
  for (const statement of statements) {
    const list = grouped.get(statement.doc);
    if (list) list.push(statement);
    else grouped.set(statement.doc, [statement]);
  }
  return grouped;
}

const since = (start: number) => Math.round(performance.now() - start);

/** Speaker families this large have "also reported by" prepared in the background after opening. */
const LARGE_FAMILY = 1_000;

/** Statements looked through in one slice of restoring the registry in the background (a tenth as many speakers). */
const REGISTRY_SLICE = 20_000;

/** The registry is restored this long after opening, once a first start's collection has run (see the pool's standby). */
const REGISTRY_DELAY_MS = 2_000;

/** The first speaker object of each canonical name among statements [from, to), added to `into`. */
function speakersOf(statements: readonly Statement[], from: number, to: number, into: Map<string, Speaker>): Map<string, Speaker> {
  for (let i = from; i < Math.min(to, statements.length); i++) {
    const speaker = (statements[i] as Statement).speaker;
    if (!into.has(speaker.canonical)) into.set(speaker.canonical, speaker);
  }
  return into;
}

/** Files read ahead of the one being indexed while catching up: keeps both reading threads busy, memory bounded. */
const READ_AHEAD = 8;

/** A file as read for an update: gone, unreadable, unchanged, or read (document and raw statements). */
type FileRead = { started: number } & (
  | { gone: true }
  | { warnings: CorpusWarning[] }
  | { stamp: FileStamp; unchanged: true }
  | { stamp: FileStamp; read: ArticleRead }
);


function groupWarnings(warnings: readonly CorpusWarning[]): Map<string, CorpusWarning[]> {
  const byFile = new Map<string, CorpusWarning[]>();
  for (const warning of warnings) byFile.set(warning.file, [...(byFile.get(warning.file) ?? []), warning]);
  return byFile;
}

function logWarnings(log: Logger, warnings: Iterable<CorpusWarning>): void {
  for (const warning of warnings) log.warn(`corpus: ${warning.skipped ? 'skipped' : 'loaded'} ${shownFileName(warning.file)}: ${warning.message}`);
}

export class Whosaid {
  private dirty = false;
  /** corrections.yaml by article, as last read. */
  private corrections = new Map<string, CorrectionEntry[]>();
  private reportStore: ReportStore | null = null;
  /** Resolves once the corpus matches the folder as it was at open (at once unless reconciling in the background). */
  caughtUp: Promise<FileUpdate[]> = Promise.resolve([]);
  /** False while files changed since the snapshot are still being read (answers come from the snapshot meanwhile). */
  isCaughtUp = true;
  private readonly log: Logger;
  private readonly useSnapshots: boolean;

  private constructor(
    private state: State,
    private readonly options: OpenOptions,
    private readonly openStats: Omit<CoreStats, 'documents' | 'statements'>,
  ) {
    this.log = options.log ?? silentLogger;
    this.useSnapshots = options.snapshots ?? true;
  }

  get stats(): CoreStats {
    return { ...this.openStats, documents: this.state.corpus.documents.length, statements: this.state.corpus.statementCount };
  }

  get warnings(): CorpusWarning[] {
    return [...this.state.warnings.values()].flat();
  }

  /** What the first article added later would otherwise wait for: a reading thread, and the speaker registry. */
  private prepareForUpdates(): void {
    this.readers.standBy();
    this.prepareRegistryLater();
  }

  /**
   * Prepares "also reported by" for the much-quoted speakers while the bot waits for questions: a slice of at most
   * 50 ms per turn of the event loop, so a question arriving meanwhile waits no longer than that.
   */
  private prepareInBackground(): void {
    const { corpus } = this.state;
    const step = () => {
      if (this.state.corpus !== corpus) return; // rebuilt since: its families are prepared as asked
      if (!corpus.prepareLargeFamilies(LARGE_FAMILY, 50)) setImmediate(step);
    };
    setImmediate(step);
  }

  static async open(options: OpenOptions): Promise<Whosaid> {
    const log = options.log ?? silentLogger;
    const started = performance.now();
    const aliasWarnings: CorpusWarning[] = [];
    const aliasText = await readAliasText(options.corpusDir, aliasWarnings);
    const aliasSha = sha256(aliasText ?? '');
    const useSnapshots = options.snapshots ?? true;
    const path = snapshotPath(options.dataDir, options.corpusDir);

    let snapshot = useSnapshots ? await loadSnapshot(path) : null;
    if (snapshot && snapshot.aliasSha !== aliasSha) {
      log.info(`index: ${ALIAS_FILE} changed since the snapshot; reading the whole corpus again`);
      snapshot = null;
    }
    const opened = snapshot ? Whosaid.openSnapshot(snapshot, path, log, 'reading the corpus again') : null;
    const snapshotLoadMs = since(started);

    if (snapshot && opened) {
      const state: State = {
        ...opened,
        registry: null,
        aliasText,
        aliasSha,
        stamps: new Map(Object.entries(snapshot.files)),
        docOfFile: new Map(snapshot.documents.map((document) => [document.file, document.id])),
        warnings: groupWarnings([...aliasWarnings, ...snapshot.warnings]),
      };
      const timings = { snapshotLoadMs, readMs: 0, extractMs: 0, indexMs: 0, saveMs: 0 };
      const core = new Whosaid(state, options, { fromSnapshot: true, answersFrom: 'snapshot', openMs: 0, extracted: 0, timings });
      // The snapshot's index may hold corrections since withdrawn: those articles are indexed again as extracted.
      await core.reloadCorrections(snapshot.correctedDocs ?? []);
      const catchUp = async () => {
        const reconciled = performance.now();
        const updates = await core.reconcile();
        core.openStats.extracted = updates.filter((u) => u.status === 'added' || u.status === 'updated').length;
        timings.extractMs = since(reconciled);
        const saving = performance.now();
        if (core.dirty) await core.save();
        timings.saveMs = since(saving);
        log.info(`corpus: ${updates.length} files changed since the snapshot${updates.length > 0 ? `, indexed in ${timings.extractMs} ms` : ''}`);
        return updates;
      };
      if (options.reconcile === 'background') {
        core.isCaughtUp = false;
        core.caughtUp = catchUp().finally(() => {
          core.isCaughtUp = true;
        }).catch((error: unknown) => {
          log.error(`corpus: catching up with ${options.corpusDir} failed: ${(error as Error).stack ?? String(error)}`);
          return [];
        });
      } else {
        await catchUp();
      }
      core.openStats.openMs = since(started);
      logWarnings(log, core.warnings);
      log.info(`corpus: ${core.stats.documents} articles, ${core.stats.statements} statements from snapshot in ${core.openStats.openMs} ms`);
      core.prepareInBackground();
      if (options.readyForUpdates) core.prepareForUpdates();
      return core;
    }

    // (Made in a call of its own: this frame must not hold what was built once the saved snapshot replaces it.)
    const core = await Whosaid.fromBuild(options, snapshotLoadMs);
    const { timings } = core.openStats;
    await core.reloadCorrections();
    const saving = performance.now();
    core.dirty = true;
    if (await core.save()) await core.serveFromSavedSnapshot();
    timings.saveMs = since(saving);
    core.openStats.openMs = since(started);
    logWarnings(log, core.warnings);
    log.info(`corpus: ${core.stats.documents} articles, ${core.stats.statements} statements extracted in ${core.openStats.openMs} ms${core.openStats.answersFrom === 'snapshot' ? ', answering from the saved snapshot' : ''}`);
    core.prepareInBackground();
    if (options.readyForUpdates) core.prepareForUpdates();
    return core;
  }

  private static async fromBuild(options: OpenOptions, snapshotLoadMs: number): Promise<Whosaid> {
    const { state, timings } = await Whosaid.build(options.corpusDir, options.readers ?? sharedReaderPool());
    timings.snapshotLoadMs = snapshotLoadMs;
    return new Whosaid(state, options, { fromSnapshot: false, answersFrom: 'build', openMs: 0, extracted: state.docOfFile.size, timings });
  }

  /**
   * A loaded snapshot's corpus, ready to answer; null when its columns or index do not hold, with a warning that
   * says what happens instead (`otherwise`).
   */
  private static openSnapshot(snapshot: Snapshot, path: string, log: Logger, otherwise: string): Pick<State, 'corpus' | 'extracted'> | null {
    try {
      const { statements, ids, contentWords: words, wordKeys, echoes } = unpackStatements(snapshot.statements);
      const index = StatementIndex.unpack(snapshot.index, { stored: snapshot.statements.ids, ids });
      const stored = { ids, words, echoes, rowOf: storedRowOf, ...(wordKeys ? { wordKeys } : {}) };
      return { corpus: new SearchableCorpus(snapshot.documents, statements, index, snapshot.aliasGroups, stored), extracted: byDoc(statements) };
    } catch (error) {
      log.warn(`index: snapshot ${path} is unusable (${(error as Error).message}); ${otherwise}`);
      return null;
    }
  }

  /**
   * After a full build has been saved, answers come from the saved snapshot, as they would after a restart: its
   * columns take a fraction of the memory of the statement objects extraction made (at 300,000 statements, a live
   * heap of 135 MB after a collection once answering from them), and every later answer has one representation
   * behind it. Kept as built if it cannot be read.
   */
  private async serveFromSavedSnapshot(): Promise<void> {
    const path = snapshotPath(this.options.dataDir, this.options.corpusDir);
    // The built index and lists are let go while the saved copy is read: at 300,000 statements they are hundreds of
    // MB that would sit beside it at the start's peak. No question is answered before open() returns; should the copy
    // not open, the corpus is made again from its statements, which the articles' lists keep.
    const built = this.state.corpus;
    const rebuild = { documents: built.documents, statements: built.statements, aliasGroups: built.aliasGroups };
    this.state = { ...this.state, corpus: new SearchableCorpus([], [], StatementIndex.build([])) };
    const snapshot = await loadSnapshot(path);
    const opened = snapshot ? Whosaid.openSnapshot(snapshot, path, this.log, 'answering from what was extracted') : null;
    if (!snapshot || !opened) {
      this.state = { ...this.state, corpus: new SearchableCorpus(rebuild.documents, rebuild.statements, StatementIndex.build(rebuild.statements), rebuild.aliasGroups) };
      return;
    }
    // (The registry goes too: the first update restores it from the speakers, as after a restart.)
    this.state = { ...this.state, ...opened, registry: null };
    this.openStats.answersFrom = 'snapshot';
    // The saved columns hold statements as extracted; the keeper's corrections apply again, as after a restart.
    await this.reloadCorrections(snapshot.correctedDocs ?? []);
    this.dirty = false;
    // In the next turn: until open() returns, its frame still holds what was built.
    setImmediate(collectGarbage);
  }

  /** Reads and extracts the whole folder. */
  private static async build(corpusDir: string, readers: ArticleReaderPool): Promise<{ state: State; timings: CoreStats['timings'] }> {
    const reading = performance.now();
    const input = await readCorpusInput(corpusDir);
    const readMs = since(reading);
    const extracting = performance.now();
    const built = assembleCorpus(await readers.readAll(input.files, input.aliasText), input.aliasText, input.warnings);
    const extractMs = since(extracting);
    const indexing = performance.now();
    const index = StatementIndex.build(built.statements);
    const indexMs = since(indexing);
    const stamps = new Map<string, FileStamp>();
    for (const file of input.files) stamps.set(file.file, { size: file.bytes.length, mtimeMs: file.mtimeMs, sha: sha256(file.bytes) });
    const state: State = {
      corpus: new SearchableCorpus(built.documents, built.statements, index, built.aliasGroups),
      registry: built.registry,
      aliasText: input.aliasText,
      aliasSha: sha256(input.aliasText ?? ''),
      stamps,
      docOfFile: new Map(built.documents.map((document) => [document.file, document.id])),
      warnings: groupWarnings(built.warnings),
      extracted: byDoc(built.statements),
    };
    return { state, timings: { snapshotLoadMs: 0, readMs, extractMs, indexMs, saveMs: 0 } };
  }

  /** Brings the corpus in line with the folder: files changed, added or removed since they were indexed. */
  async reconcile(): Promise<FileUpdate[]> {
    const listing = await statCorpusFiles(this.options.corpusDir);
    const present = new Set(listing.map((info) => info.file));
    const updates: FileUpdate[] = [];
    for (const file of [...this.state.stamps.keys()]) if (!present.has(file)) updates.push(this.removeFile(file));
    // Size and modification time unchanged: the file is as it was indexed (as make and git assume).
    const changed = listing.filter((info) => {
      const stamp = this.state.stamps.get(info.file);
      return !(stamp && stamp.size === info.size && stamp.mtimeMs === info.mtimeMs);
    });
    // Read on every reading thread at once, a bounded number ahead; indexed one at a time, in file-name order.
    const reads = new Map<number, Promise<FileRead>>();
    for (const [index, info] of changed.entries()) {
      for (let ahead = index; ahead < Math.min(changed.length, index + READ_AHEAD); ahead++) {
        if (!reads.has(ahead)) reads.set(ahead, this.readFile((changed[ahead] as FileInfo).file));
      }
      updates.push(this.applyRead(info.file, await (reads.get(index) as Promise<FileRead>)));
      reads.delete(index);
    }
    return updates.filter((update) => update.status !== 'unchanged');
  }

  /** Indexes one article file on its own: new, changed, or (when it is gone) removed. Never throws for bad files. */
  async updateFile(file: string): Promise<FileUpdate> {
    return this.applyRead(file, await this.readFile(file));
  }

  /** The slow half of an update, off the main thread: the file's bytes, then its document and statements. */
  private async readFile(file: string): Promise<FileRead> {
    const started = performance.now();
    const exists = await lstat(join(this.options.corpusDir, file)).catch(() => null);
    if (!exists) return { started, gone: true };
    const raw = await readCorpusFile(this.options.corpusDir, file);
    if (isWarning(raw)) return { started, warnings: [raw] };
    const stamp = { size: raw.bytes.length, mtimeMs: raw.mtimeMs, sha: sha256(raw.bytes) };
    if (this.state.stamps.get(file)?.sha === stamp.sha) return { started, stamp, unchanged: true };
    return { started, stamp, read: await this.readers.read(raw, this.state.aliasText) };
  }

  /** The quick half, on the main thread: the read file joins the corpus (or its warnings are kept). */
  private applyRead(file: string, result: FileRead): FileUpdate {
    const { started } = result;
    if ('gone' in result) return this.removeFile(file);
    const { state } = this;
    const skip = (warnings: CorpusWarning[]): FileUpdate => {
      // What was indexed from an earlier version stays: a broken save must not lose answers.
      state.warnings.set(file, warnings);
      logWarnings(this.log, warnings);
      return { file, status: 'skipped', reason: warnings.map((w) => w.message).join('; '), ms: since(started) };
    };
    if ('warnings' in result) return skip(result.warnings);
    state.stamps.set(file, result.stamp);
    this.dirty = true;
    if ('unchanged' in result) return { file, status: 'unchanged', ms: since(started) };

    const { document, raws, warnings } = result.read;
    if (!document) return skip(warnings);
    const owner = state.corpus.documentFile(document.id);
    if (owner && owner !== file) return skip([duplicateIdWarning(file, document.id, owner)]);

    const registry = this.registryForUpdates();
    const statements = registerArticle(document, raws, registry);
    const status = state.docOfFile.has(file) ? 'updated' : 'added';
    state.extracted.set(document.id, statements);
    state.corpus.addDocument(document, this.corrected(document.id, statements));
    state.corpus.setAliasGroups(registry.aliasGroups());
    state.docOfFile.set(file, document.id);
    state.warnings.set(file, warnings);
    logWarnings(this.log, warnings);
    const update: FileUpdate = { file, status, doc: document.id, statements: statements.length, ms: since(started) };
    this.log.info(`corpus: ${status} ${shownFileName(file)}: ${statements.length} statements in ${update.ms} ms`);
    return update;
  }

  /** Forgets an article file and its statements. */
  removeFile(file: string): FileUpdate {
    const started = performance.now();
    const { state } = this;
    const doc = state.docOfFile.get(file);
    state.stamps.delete(file);
    state.warnings.delete(file);
    state.docOfFile.delete(file);
    this.dirty = true;
    if (doc) state.extracted.delete(doc);
    const statements = doc ? state.corpus.removeDocument(doc) : 0;
    if (doc) this.log.info(`corpus: removed ${shownFileName(file)}: ${statements} statements`);
    return { file, status: 'removed', doc: doc ?? '', statements, ms: since(started) };
  }

  /** Reads the whole folder again (aliases.yaml changed: every entity name may have), then swaps it in. */
  async rebuild(): Promise<void> {
    const { state } = await Whosaid.build(this.options.corpusDir, this.readers);
    this.state = state;
    this.corrections = new Map();
    await this.reloadCorrections();
    this.dirty = true;
    logWarnings(this.log, this.warnings);
    this.log.info(`corpus: rebuilt: ${this.stats.documents} articles, ${this.stats.statements} statements`);
  }

  private get readers(): ArticleReaderPool {
    return this.options.readers ?? sharedReaderPool();
  }

  private registryForUpdates(): EntityRegistry {
    if (!this.state.registry) {
      const registry = this.emptyRegistry();
      registry.restore(speakersOf(this.state.corpus.statements, 0, Infinity, new Map()).values());
      this.state.registry = registry;
    }
    return this.state.registry;
  }

  /** A registry that knows only the alias file: what a restore from the statements' speakers starts from. */
  private emptyRegistry(): EntityRegistry {
    return new EntityRegistry(aliasEntries(this.state.aliasText, []));
  }

  /**
   * Restores the registry updates need in slices between questions, so the first article added later does not wait
   * for it (77 ms of an added article's 213 at 10,000 Reuters stories). Given up when an update or a rebuild made
   * one first.
   */
  private prepareRegistryLater(): void {
    const { corpus } = this.state;
    const registry = this.emptyRegistry();
    const speakers = new Map<string, Speaker>();
    /** Statements looked through so far. */
    let next = 0;
    /** Once every statement is looked through: the speakers found, of which `restored` are in the registry. */
    let pending: Speaker[] | null = null;
    let restored = 0;
    const step = () => {
      if (this.state.corpus !== corpus || this.state.registry) return;
      const statements = corpus.statements;
      if (next < statements.length) {
        speakersOf(statements, next, next + REGISTRY_SLICE, speakers);
        next += REGISTRY_SLICE;
      } else {
        pending ??= [...speakers.values()];
        registry.restore(pending.slice(restored, restored + REGISTRY_SLICE / 10));
        restored += REGISTRY_SLICE / 10;
        if (restored >= pending.length) {
          this.state.registry = registry;
          return;
        }
      }
      setImmediate(step);
    };
    setTimeout(step, REGISTRY_DELAY_MS).unref();
  }

  /** Writes the snapshot when something changed since the last one; returns its size, or null when nothing was written. */
  async save(): Promise<{ bytes: number; ms: number } | null> {
    if (!this.useSnapshots || !this.dirty) return null;
    const started = performance.now();
    const { corpus, stamps, aliasSha } = this.state;
    try {
      const snapshot: Snapshot = {
        format: SNAPSHOT_FORMAT,
        aliasSha,
        files: Object.fromEntries(stamps),
        documents: [...corpus.documents],
        statements: packStatements([...this.state.extracted.values()].flat(), { contentWords, keysOf: wordKeysOf }, echoesIn),
        correctedDocs: [...this.corrections.keys()],
        warnings: this.warnings.filter((warning) => warning.file !== ALIAS_FILE),
        aliasGroups: [...corpus.aliasGroups],
        index: corpus.index.pack(),
      };
      this.dirty = false;
      const { bytes } = await saveSnapshot(this.options.dataDir, this.options.corpusDir, snapshot);
      return { bytes, ms: since(started) };
    } catch (error) {
      this.dirty = true;
      this.log.warn(`index: could not save a snapshot in ${this.options.dataDir}: ${(error as Error).message}`);
      return null;
    }
  }

  /** An article's statements with the keeper's corrections applied (unchanged when there are none). */
  private corrected(doc: string, statements: readonly Statement[]): Statement[] {
    const entries = this.corrections.get(doc);
    if (!entries) return [...statements];
    const speakerNamed = (name: string): Speaker => {
      const known = this.state.corpus.knownSpeaker(name);
      return known ? { ...known, name } : { name, canonical: name, aliases: [], kind: 'unknown', parents: [] };
    };
    return applyCorrections(statements, entries, speakerNamed);
  }

  /**
   * Reads corrections.yaml again and re-applies it to the articles whose entries changed (and to `alsoDocs`).
   * A broken file changes nothing already applied: the keeper is warned and the last good corrections stay.
   */
  async reloadCorrections(alsoDocs: readonly string[] = []): Promise<{ entries: number; changedDocs: number }> {
    const { state } = this;
    let text: string | null = null;
    try {
      text = await readFile(join(this.options.corpusDir, CORRECTIONS_FILE), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        state.warnings.set(CORRECTIONS_FILE, [{ file: CORRECTIONS_FILE, message: `cannot be read: ${(error as Error).message}`, skipped: true }]);
        logWarnings(this.log, state.warnings.get(CORRECTIONS_FILE) ?? []);
        return { entries: 0, changedDocs: 0 };
      }
    }
    const parsed = text === null ? { entries: [] } : parseCorrections(text);
    if ('error' in parsed) {
      const warning = { file: CORRECTIONS_FILE, message: `ignored, the earlier corrections stay: ${parsed.error}`, skipped: true };
      state.warnings.set(CORRECTIONS_FILE, [warning]);
      logWarnings(this.log, [warning]);
      return { entries: 0, changedDocs: 0 };
    }
    const next = correctionsByDoc(parsed.entries);
    const changed = new Set(alsoDocs);
    for (const doc of new Set([...this.corrections.keys(), ...next.keys()])) {
      if (JSON.stringify(this.corrections.get(doc) ?? []) !== JSON.stringify(next.get(doc) ?? [])) changed.add(doc);
    }
    this.corrections = next;
    for (const doc of changed) {
      const statements = state.extracted.get(doc);
      if (statements) state.corpus.replaceStatements(doc, this.corrected(doc, statements));
    }
    if (changed.size > 0) this.dirty = true;

    const warnings: CorpusWarning[] = [];
    for (const [doc, entries] of next) {
      const statements = state.extracted.get(doc);
      if (!statements) {
        warnings.push({ file: CORRECTIONS_FILE, message: `no article "${doc}" is loaded; ${entries.length} correction(s) wait for it`, skipped: false });
        continue;
      }
      for (const entry of unmatchedCorrections(statements, entries)) warnings.push({ file: CORRECTIONS_FILE, message: `no statement of "${doc}" reads "${entry.text.slice(0, 80)}"`, skipped: false });
    }
    if (warnings.length > 0) state.warnings.set(CORRECTIONS_FILE, warnings);
    else state.warnings.delete(CORRECTIONS_FILE);
    logWarnings(this.log, warnings);
    if (changed.size > 0) this.log.info(`corpus: ${CORRECTIONS_FILE}: ${parsed.entries.length} corrections, ${changed.size} articles updated`);
    return { entries: parsed.entries.length, changedDocs: changed.size };
  }

  private get reports(): ReportStore {
    this.reportStore ??= new ReportStore(this.options.dataDir);
    return this.reportStore;
  }

  /**
   * Records a user's "Wrong?" report on an answer entry. The statement must still be in the corpus; the report
   * keeps its words, so the keeper can settle it in corrections.yaml even after the article changes.
   */
  async reportWrong(report: WrongReport): Promise<{ ok: true; report: Report } | { ok: false; message: string }> {
    const statement = this.state.corpus.statement(report.statement);
    if (!statement) return { ok: false, message: 'That statement is no longer in the corpus; the article may have changed. Please ask again.' };
    const note = report.note?.trim() ? report.note.trim().slice(0, MAX_NOTE_LENGTH) : null;
    const stored = await this.reports.add({
      statement: statement.id,
      doc: statement.doc,
      text: statement.text,
      speaker: statement.speaker.canonical,
      reason: report.reason,
      note,
      user: report.user,
      platform: report.platform,
    });
    this.log.info(`feedback: ${report.platform} user ${report.user} reported ${statement.id} (${report.reason})`);
    return { ok: true, report: stored };
  }

  /** Every report so far, oldest first, each with whether corrections.yaml already settles it. */
  async listReports(): Promise<{ reports: Array<Report & { settled: boolean }>; unreadable: number; path: string }> {
    const { reports, unreadable } = await this.reports.list();
    const settled = (report: Report) => (this.corrections.get(report.doc) ?? []).some((entry) => correctsText(report.text, entry));
    return { reports: reports.map((report) => ({ ...report, settled: settled(report) })), unreadable, path: this.reports.path };
  }

  whoSaid(phrase: string): WhoSaidAnswer | UsageAnswer {
    return whoSaid(this.state.corpus, phrase);
  }

  timeline(request: TimelineRequest): TimelineAnswer | UsageAnswer {
    return timeline(this.state.corpus, request);
  }

  /** One statement as answers show it, or undefined when it is no longer in the corpus. */
  statement(id: string): Statement | undefined {
    return this.state.corpus.statement(id);
  }

  /** Every statement (of one article when `doc` is given), with its source. */
  statements(doc?: string): Array<Statement & { source: Source }> {
    const { corpus } = this.state;
    return corpus.statements.filter((s) => !doc || s.doc === doc).map((s) => ({ ...plainStatement(s), source: corpus.source(s.doc) }));
  }

  /** Speaker names for autocomplete, most quoted first. */
  suggestSpeakers(typed: string, limit = 25): Array<{ name: string; role?: string }> {
    return this.state.corpus.speakers.suggest(typed, limit).map((e) => ({ name: e.canonical, ...(e.role ? { role: e.role } : {}) }));
  }
}
