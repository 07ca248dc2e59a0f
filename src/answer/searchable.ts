// What the answers read: statements, their articles, the index and the speakers — nothing platform-specific.
// Articles can be added, replaced and removed while the bot runs; every lookup here stays a map access, so a
// question costs the same at 10 articles and at 10,000.
import { type Document, type DocumentInfo, type Source, type Speaker, type Statement, type StatementHit, documentInfo, plainStatement } from '../model.ts';
import { type Token, tokenize } from '../text/fold.ts';
import type { StatementIndex } from '../index/search-index.ts';
import type { StringColumn } from '../index/packed-strings.ts';
import { aliasKey } from '../entities/registry.ts';
import { SpeakerDirectory } from './speakers.ts';
import { echoesIn, mayEcho } from './echoes.ts';
import { FamilyWords, type StoredKeys, WordKeyNumbers, family, knowContentWords, sameStatement } from './same-statement.ts';

const TOKEN_CACHE_STATEMENTS = 20_000;
/** Entries of derived lists kept at once, over all lists (about 100 bytes each); the least recently asked go first. */
const MAX_DERIVED_ENTRIES = 500_000;

export class SearchableCorpus {
  /**
   * Each article's place in corpus order (file order; an article read again goes last). With a statement's place in
   * its article's list, this is corpus order, and an id ("doc#3") finds its statement through its article: no map
   * of 300,000 ids to build at start-up.
   */
  private readonly docRank = new Map<string, number>();
  private nextRank = 0;
  private readonly documentsById = new Map<string, DocumentInfo>();
  private readonly statementsByDoc = new Map<string, Statement[]>();
  /**
   * Per article, its statements repeated in part → the fuller statement (see echoes.ts). Worked out when an answer
   * first touches the article, not at start-up: most articles of a large corpus are never in an answer.
   */
  private readonly echoesByDoc = new Map<string, Map<string, string>>();
  /**
   * Statements by each name of their speaker's family: the only ones that can be the same statement, and a
   * timeline's. Lists, not sets: 300,000 entries are pushed at start-up, and an article is removed rarely.
   */
  private readonly byFamily = new Map<string, Statement[]>();
  private readonly sameCache = new Map<string, Statement[]>();
  /** Lists worked out from many statements (a speaker's timeline in order), kept until the corpus changes. */
  private readonly derivedLists = new Map<string, readonly unknown[]>();
  private derivedEntries = 0;
  /** Each family's statements by word key, made when "also reported by" first looks there; dropped when the family changes. */
  private readonly familyWords = new Map<string, FamilyWords>();
  /** Word keys as numbers, for all families (the snapshot's numbering first). */
  private keyNumbers: WordKeyNumbers | null = null;
  private statementList: Statement[] | null = null;
  /** Statement words, kept once tokenized: the same statements are candidates of many questions. Bounded. */
  private readonly tokenCache = new Map<Statement, Token[]>();
  private documentList: DocumentInfo[] | null = null;
  /** Each article's source line, made once: a timeline of 20,000 entries cites a few thousand articles. */
  private readonly sources = new WeakMap<DocumentInfo, Source>();
  private aliasGroupsByKey = new Map<string, string[]>();
  private groups: readonly string[][] = [];
  private directory: SpeakerDirectory;
  /**
   * Whether an article's removal left `directory` counting statements that are gone: it is made anew from the
   * statements when next asked for, not at each removal (a changed article is removed and added again: at 300,000
   * statements a rebuild takes about 0.2 s of the main thread, and catching up with many changed files made one each).
   */
  private directoryStale = false;

  constructor(
    documents: ReadonlyArray<Document | DocumentInfo>,
    statements: readonly Statement[],
    readonly index: StatementIndex,
    aliasGroups: readonly string[][] = [],
    /** Each statement's content words ("also reported by" compares them), as stored beside `statements`, in order. */
    private readonly stored: {
      ids: readonly string[];
      words: StringColumn;
      echoes?: Int32Array;
      rowOf?: (statement: Statement) => number | undefined;
      /** Each row's word keys as numbered when stored, and the numbered keys. */
      wordKeys?: { keys(): readonly string[]; of(row: number): StoredKeys | undefined };
    } | null = null,
  ) {
    for (const document of documents) this.documentsById.set(document.id, 'text' in document ? documentInfo(document) : document);
    for (const statement of statements) this.remember(statement);
    this.directory = new SpeakerDirectory(statements);
    this.setAliasGroups(aliasGroups);
  }

  /** The speakers of the statements, by every name they go by. */
  get speakers(): SpeakerDirectory {
    if (this.directoryStale) {
      this.directory = new SpeakerDirectory(this.statements);
      this.directoryStale = false;
    }
    return this.directory;
  }

  get statements(): readonly Statement[] {
    this.statementList ??= [...this.statementsByDoc.values()].flat();
    return this.statementList;
  }

  /** How many statements the corpus holds, without listing them (the list is 300,000 entries at 10,000 articles). */
  get statementCount(): number {
    let count = 0;
    for (const ofDoc of this.statementsByDoc.values()) count += ofDoc.length;
    return count;
  }

  get documents(): readonly DocumentInfo[] {
    this.documentList ??= [...this.documentsById.values()];
    return this.documentList;
  }

  get aliasGroups(): readonly string[][] {
    return this.groups;
  }

  setAliasGroups(groups: readonly string[][]): void {
    this.groups = groups;
    this.aliasGroupsByKey = new Map();
    for (const group of groups) for (const name of group) if (!this.aliasGroupsByKey.has(aliasKey(name))) this.aliasGroupsByKey.set(aliasKey(name), group);
  }

  private remember(statement: Statement): void {
    const ofDoc = this.statementsByDoc.get(statement.doc);
    if (ofDoc) ofDoc.push(statement);
    else {
      this.statementsByDoc.set(statement.doc, [statement]);
      this.docRank.set(statement.doc, this.nextRank++);
    }
    for (const name of family(statement)) {
      const bucket = this.byFamily.get(name);
      if (bucket) bucket.push(statement);
      else this.byFamily.set(name, [statement]);
      if (this.familyWords.size > 0) this.familyWords.get(name)?.add(statement);
    }
  }

  /** Adds an article and its statements, replacing any earlier version of the same article. */
  addDocument(document: Document | DocumentInfo, statements: readonly Statement[]): void {
    this.removeDocument(document.id);
    this.documentsById.set(document.id, 'text' in document ? documentInfo(document) : document);
    for (const statement of statements) this.remember(statement);
    this.index.add(statements);
    if (!this.directoryStale) for (const statement of statements) this.directory.add(statement);
    this.changed();
  }

  /** Puts other statements in place of an article's own (corrections); false when the article is not loaded. */
  replaceStatements(docId: string, statements: readonly Statement[]): boolean {
    const info = this.documentsById.get(docId);
    if (!info) return false;
    this.addDocument(info, statements);
    return true;
  }

  /** A speaker as the statements name it, found by any of its names; undefined when nobody by that name spoke. */
  knownSpeaker(name: string): Speaker | undefined {
    const canonical = this.speakers.find(name);
    if (!canonical) return undefined;
    for (const statement of this.byFamily.get(canonical) ?? []) if (statement.speaker.canonical === canonical) return statement.speaker;
    return undefined;
  }

  /** Removes an article and its statements; returns how many statements went. */
  removeDocument(docId: string): number {
    const statements = this.statementsByDoc.get(docId) ?? [];
    this.statementsByDoc.delete(docId);
    this.docRank.delete(docId);
    this.echoesByDoc.delete(docId);
    const hadDocument = this.documentsById.delete(docId);
    const touched = new Set<string>();
    for (const statement of statements) {
      for (const name of family(statement)) {
        touched.add(name);
        if (this.familyWords.get(name)?.forget() === false) this.familyWords.delete(name);
      }
    }
    // Each touched family's list is made anew once, not searched once per statement removed.
    for (const name of touched) {
      const left = (this.byFamily.get(name) ?? []).filter((statement) => statement.doc !== docId);
      if (left.length > 0) this.byFamily.set(name, left);
      else this.byFamily.delete(name);
    }
    if (statements.length > 0) {
      this.index.discard(statements.map((s) => s.id));
      // Counts per speaker go down: the directory is made anew when next asked for (undoing is not simpler).
      this.directoryStale = true;
    }
    if (hadDocument || statements.length > 0) this.changed();
    return statements.length;
  }

  private changed(): void {
    this.statementList = null;
    this.documentList = null;
    this.tokenCache.clear();
    // "Also reported by" can change for any statement of a touched family; the cache refills as questions come.
    this.sameCache.clear();
    this.derivedLists.clear();
    this.derivedEntries = 0;
  }

  /**
   * `make()`'s value, kept under `key` until the corpus changes: a much-quoted speaker's timeline is 35,000 statements
   * sorted, and every page of it is asked for separately.
   */
  derived<T>(key: string, make: () => readonly T[]): readonly T[] {
    const known = this.derivedLists.get(key);
    if (known) {
      // Most recently asked last: the Map's order is the eviction order.
      this.derivedLists.delete(key);
      this.derivedLists.set(key, known);
      return known as readonly T[];
    }
    const value = make();
    this.derivedLists.set(key, value);
    this.derivedEntries += value.length;
    for (const [oldest, list] of this.derivedLists) {
      if (this.derivedEntries <= MAX_DERIVED_ENTRIES || oldest === key) break;
      this.derivedLists.delete(oldest);
      this.derivedEntries -= list.length;
    }
    return value;
  }

  /** The fuller statement of the same article that this one repeats in part, if any. */
  echoOf(id: string): string | undefined {
    const statement = this.statement(id);
    if (!statement || !mayEcho(statement)) return undefined;
    const stored = this.storedEchoOf(statement);
    if (stored !== undefined) return stored ?? undefined;
    const { doc } = statement;
    let echoes = this.echoesByDoc.get(doc);
    if (!echoes) {
      echoes = echoesIn(this.statementsByDoc.get(doc) ?? []);
      this.echoesByDoc.set(doc, echoes);
    }
    return echoes.get(id);
  }

  /**
   * A statement's words (cached; at most 20,000 statements' worth, then the cache starts over). A question reads at
   * most a few hundred candidates; 200,000 statements' tokens held about 0.6 GB at 300,000 statements.
   */
  tokensOf(statement: Statement): Token[] {
    let tokens = this.tokenCache.get(statement);
    if (!tokens) {
      tokens = tokenize(statement.text);
      if (this.tokenCache.size >= TOKEN_CACHE_STATEMENTS) this.tokenCache.clear();
      this.tokenCache.set(statement, tokens);
    }
    return tokens;
  }

  /** Every statement by the speaker or by what belongs to it (a country's ministry, its plan). */
  statementsOf(name: string): Statement[] {
    return [...(this.byFamily.get(name) ?? [])];
  }

  /** The same statement reported elsewhere, in corpus order; computed once per statement until the corpus changes. */
  private sameAs(statement: Statement): Statement[] {
    const cached = this.sameCache.get(statement.id);
    if (cached) return cached;
    const candidates = new Set<Statement>();
    for (const name of family(statement)) {
      // (A family's word lists keep statements since removed until they are made anew: only live ones count.)
      this.wordsOfFamily(name).candidates(statement, candidates, (other) => family(other).has(name) && this.isLive(other));
    }
    this.knowStoredWords(statement);
    const same = [...candidates]
      .filter((other) => {
        if (other.id === statement.id) return false;
        this.knowStoredWords(other);
        return sameStatement(statement, other);
      })
      .sort((a, b) => this.compareInCorpus(a, b));
    this.sameCache.set(statement.id, same);
    return same;
  }

  /**
   * Indexes the words of the speaker families of at least `minSize` statements not yet indexed, the largest first,
   * for about `budgetMs`: what "also reported by" would otherwise do on such a family's first question (a third of a
   * second for a family of 30,000). True when none is left.
   */
  prepareLargeFamilies(minSize: number, budgetMs: number): boolean {
    const started = performance.now();
    const waiting = [...this.byFamily].filter(([name, members]) => members.length >= minSize && !this.familyWords.has(name)).sort((a, b) => b[1].length - a[1].length);
    for (const [name] of waiting) {
      if (performance.now() - started > budgetMs) return false;
      this.wordsOfFamily(name);
    }
    return true;
  }

  /** Ids of the other reports of the same statement, in corpus order (what "also reported by" lists). */
  sameStatementIds(statement: Statement): string[] {
    return this.sameAs(statement).map((other) => other.id);
  }

  private wordsOfFamily(name: string): FamilyWords {
    let words = this.familyWords.get(name);
    if (!words) {
      this.keyNumbers ??= new WordKeyNumbers(this.stored?.wordKeys?.keys() ?? []);
      words = new FamilyWords(this.byFamily.get(name) ?? [], this.keyNumbers, (statement) => this.storedKeysOf(statement));
      this.familyWords.set(name, words);
    }
    return words;
  }

  /**
   * The fuller statement's id as the snapshot stored it (null: none), if the statement is the one stored at its place;
   * undefined when the snapshot cannot say (an article added or corrected since).
   */
  private storedEchoOf(statement: Statement): string | null | undefined {
    const at = this.storedRow(statement);
    const echoes = this.stored?.echoes;
    if (at === undefined || !this.stored || !echoes) return undefined;
    const row = echoes[at] as number;
    return row < 0 ? null : (this.stored.ids[row] ?? null);
  }

  /** The statement's row in what the snapshot stored beside the statements, if it is the statement stored there. */
  private storedRow(statement: Statement): number | undefined {
    const at = this.stored?.rowOf?.(statement);
    return this.stored && at !== undefined && this.stored.ids[at] === statement.id ? at : undefined;
  }

  /** The statement's word keys as the snapshot numbered them, if it is the statement stored at its place. */
  private storedKeysOf(statement: Statement): StoredKeys | undefined {
    const at = this.storedRow(statement);
    return at === undefined ? undefined : this.stored?.wordKeys?.of(at);
  }

  /** Hands the snapshot's content words of the statement to "also reported by", so it need not tokenize the text. */
  private knowStoredWords(statement: Statement): void {
    const words = this.storedWordsOf(statement);
    if (words) knowContentWords(statement, words);
  }

  /** The statement's content words as the snapshot stored them, if it is the statement stored at its place. */
  private storedWordsOf(statement: Statement): string[] | undefined {
    const at = this.storedRow(statement);
    if (at === undefined || !this.stored) return undefined;
    const words = this.stored.words.at(at);
    return words === undefined ? undefined : words === '' ? [] : words.split(' ');
  }

  /** The query and every other name of what it names ("Kiev" → "Kyiv", "Kiew"), for topic searches. */
  synonyms(query: string): string[] {
    const key = aliasKey(query);
    const group = this.aliasGroupsByKey.get(key);
    return group ? [query, ...group.filter((name) => aliasKey(name) !== key)] : [query];
  }

  statement(id: string): Statement | undefined {
    const hash = id.lastIndexOf('#');
    const ofDoc = hash > 0 ? this.statementsByDoc.get(id.slice(0, hash)) : undefined;
    if (!ofDoc) return undefined;
    // Ids are "doc#n", the n-th statement of the article; a list that differs (corrections) is searched.
    const guess = ofDoc[Number(id.slice(hash + 1)) - 1];
    return guess?.id === id ? guess : ofDoc.find((statement) => statement.id === id);
  }

  /** Whether the statement is one of the corpus's now (not one of an article since replaced or removed). */
  private isLive(statement: Statement): boolean {
    return this.statementsByDoc.get(statement.doc)?.includes(statement) ?? false;
  }

  /** Corpus order: the articles' order, then the statements' order within their article. */
  private compareInCorpus(a: Statement, b: Statement): number {
    const byDoc = (this.docRank.get(a.doc) ?? 0) - (this.docRank.get(b.doc) ?? 0);
    if (byDoc !== 0) return byDoc;
    const ofDoc = this.statementsByDoc.get(a.doc) ?? [];
    return ofDoc.indexOf(a) - ofDoc.indexOf(b);
  }

  /** The corpus file an article came from, if it is loaded. */
  documentFile(id: string): string | undefined {
    return this.documentsById.get(id)?.file;
  }

  source(docId: string): Source {
    const document = this.documentsById.get(docId);
    if (!document) throw new Error(`whosaid: statement refers to unknown document ${docId}`);
    let source = this.sources.get(document);
    if (!source) {
      const { title, outlet, author, url, published, language } = document;
      source = { title, outlet, author, url, published, language };
      this.sources.set(document, source);
    }
    return source;
  }

  /**
   * A statement as an answer entry. "Also reported by" is worked out when first read: a timeline of a much-quoted
   * speaker has hundreds of entries, and a chat page shows five of them.
   */
  hit(statement: Statement, score: number, highlights: StatementHit['highlights'], contrast: StatementHit['contrast'] = null, speaksFor?: string): StatementHit {
    const partial = { ...plainStatement(statement), source: this.source(statement.doc), score, contrast, ...(speaksFor ? { speaksFor } : {}), highlights };
    let also: StatementHit['alsoReportedBy'] | null = null;
    // Enumerable, so JSON output and spreads still carry it.
    return Object.defineProperty(partial, 'alsoReportedBy', {
      enumerable: true,
      get: () => (also ??= this.sameAs(statement).map((other) => ({ statement: other.id, doc: other.doc, source: this.source(other.doc), text: other.text }))),
    }) as StatementHit;
  }
}
