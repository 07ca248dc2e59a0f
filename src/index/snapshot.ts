// Index snapshots on disk: one file per corpus folder, recording what each article file looked like (size,
// modification time, content hash) when it was indexed. A restart loads the snapshot and re-reads only the files
// that changed since, so 10,000 unchanged articles cost a stat each, not a re-extraction.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { CorpusWarning } from '../corpus/load.ts';
import { type Correction, type DocumentInfo, type Polarity, type SaidOn, type Speaker, type Statement, type StatementKind, plainStatement } from '../model.ts';
import type { PackedIndex } from './search-index.ts';
import { DeferredBytes, readSectionsFromFile, sectionParts } from './sections.ts';
import { LazyStrings, type StoredStrings, type StringColumn, readStrings, storeStrings } from './packed-strings.ts';

/** Bump when extraction or the snapshot layout changes: old snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 58;

export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha: string;
}

export interface Snapshot {
  format: number;
  /** Hash of aliases.yaml (empty when there is none): entity names depend on it, so a change means a full rebuild. */
  aliasSha: string;
  files: Record<string, FileStamp>;
  documents: DocumentInfo[];
  statements: PackedStatements;
  /** Warnings from parsing the files, shown again on every start. */
  warnings: CorpusWarning[];
  aliasGroups: string[][];
  /** Articles whose statements were indexed with corrections applied when the snapshot was saved. */
  correctedDocs?: string[];
  index: PackedIndex;
}

/** A column of values that repeat (a cue, a date, a speaker): each distinct value once, as JSON, and a number per row. */
interface InternedColumn {
  values: string[];
  refs: Uint32Array;
}

function internColumn<T>(rows: readonly T[], valueOf: (row: T) => unknown): InternedColumn {
  const values: string[] = [];
  const numbers = new Map<string, number>();
  const refs = new Uint32Array(rows.length);
  rows.forEach((row, at) => {
    const json = JSON.stringify(valueOf(row) ?? null);
    let number = numbers.get(json);
    if (number === undefined) {
      number = values.push(json) - 1;
      numbers.set(json, number);
    }
    refs[at] = number;
  });
  return { values, refs };
}

/**
 * The column's values, each parsed once: rows with the same value share one object (statements are never changed).
 * Every row's reference is checked here, at open, so that reading a field later cannot fail.
 */
function readColumn<T>(column: InternedColumn, name: string, check: (value: unknown) => value is T): (row: number) => T {
  const values = column.values.map((json) => JSON.parse(json) as unknown);
  values.forEach((value, at) => {
    if (!check(value)) throw new Error(`snapshot: ${name} ${at} is malformed`);
  });
  const missing = column.refs.findIndex((ref) => ref >= values.length);
  if (missing >= 0) throw new Error(`snapshot: statement ${missing} refers to ${name} ${column.refs[missing]}, which is not stored`);
  return (row) => values[column.refs[row] as number] as T;
}

/**
 * Statements by column: speakers, cues, dates and the like stored once however many statements share them, the text
 * as an offset into its context (the text is always a span of the context), numbers as typed arrays. Read back with
 * a few allocations per statement instead of a parse of 300,000 objects.
 */
export interface PackedStatements {
  ids: StoredStrings;
  contexts: StoredStrings;
  /** Where the text starts in the context; -1 when it is not in the context (stored in `texts` then). */
  textAt: Int32Array;
  texts: Record<number, string>;
  starts: Uint32Array;
  ends: Uint32Array;
  docs: InternedColumn;
  /** The speaker: its name as written, then its entity (all but the name). */
  names: InternedColumn;
  entities: InternedColumn;
  kinds: InternedColumn;
  cues: InternedColumn;
  polarities: InternedColumn;
  saidOn: InternedColumn;
  corrected: InternedColumn;
  /** Each statement's content words, space-separated ("also reported by" compares them; worked out once). */
  words: StoredStrings;
  /**
   * Each statement's word keys (what "also reported by" indexes a speaker's family by) as numbers into `keys`: row
   * r's are `numbers[starts[r]]` up to `numbers[starts[r + 1]]`. With each statement's count of content words.
   */
  wordKeys: { keys: StoredStrings; starts: Uint32Array; numbers: Uint32Array; wordCounts: Uint32Array };
  /**
   * The row of the fuller statement of the same article that each one repeats in part, or -1: worked out at save
   * time, so the first timeline of a much-quoted speaker does not compare the statements of thousands of articles.
   */
  echoes: Int32Array;
  /** The rows whose words are an article's headline's, in order. */
  headlines: Uint32Array;
}

/** Within one article's statements: statement id → the id of the fuller statement it repeats in part. */
export type EchoFinder = (statements: readonly Statement[]) => ReadonlyMap<string, string>;

function echoRows(statements: readonly Statement[], echoesIn: EchoFinder): Int32Array {
  const rows = new Int32Array(statements.length).fill(-1);
  const rowOf = new Map<string, number>();
  const byDoc = new Map<string, Statement[]>();
  statements.forEach((statement, row) => {
    rowOf.set(statement.id, row);
    const ofDoc = byDoc.get(statement.doc);
    if (ofDoc) ofDoc.push(statement);
    else byDoc.set(statement.doc, [statement]);
  });
  for (const ofDoc of byDoc.values()) {
    for (const [echo, fuller] of echoesIn(ofDoc)) rows[rowOf.get(echo) as number] = rowOf.get(fuller) ?? -1;
  }
  return rows;
}

/** How "also reported by" reads a statement's words: its content words, and their keys (each once). */
export interface WordReader {
  contentWords: (statement: Statement) => readonly string[];
  keysOf: (words: readonly string[]) => string[];
}

function packWordKeys(statements: readonly Statement[], reader: WordReader): PackedStatements['wordKeys'] {
  const numbers = new Map<string, number>();
  const starts = new Uint32Array(statements.length + 1);
  const wordCounts = new Uint32Array(statements.length);
  const all: number[] = [];
  statements.forEach((statement, row) => {
    const words = reader.contentWords(statement);
    wordCounts[row] = words.length;
    for (const key of reader.keysOf(words)) {
      let number = numbers.get(key);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(key, number);
      }
      all.push(number);
    }
    starts[row + 1] = all.length;
  });
  return { keys: storeStrings([...numbers.keys()]), starts, numbers: Uint32Array.from(all), wordCounts };
}

export function packStatements(statements: readonly Statement[], words: WordReader, echoesIn: EchoFinder): PackedStatements {
  const contentWords = words.contentWords;
  const texts: Record<number, string> = {};
  const textAt = new Int32Array(statements.length);
  statements.forEach(({ text, context }, at) => {
    const offset = context.indexOf(text);
    textAt[at] = offset;
    if (offset < 0) texts[at] = text;
  });
  return {
    ids: storeStrings(statements.map((s) => s.id)),
    contexts: storeStrings(statements.map((s) => s.context)),
    textAt,
    texts,
    starts: Uint32Array.from(statements, (s) => s.start),
    ends: Uint32Array.from(statements, (s) => s.end),
    docs: internColumn(statements, (s) => s.doc),
    names: internColumn(statements, (s) => s.speaker.name),
    entities: internColumn(statements, ({ speaker: { name: _name, ...entity } }) => entity),
    kinds: internColumn(statements, (s) => s.kind),
    cues: internColumn(statements, (s) => s.cue),
    polarities: internColumn(statements, (s) => s.polarity),
    saidOn: internColumn(statements, (s) => s.saidOn),
    corrected: internColumn(statements, (s) => s.corrected),
    words: storeStrings(statements.map((s) => contentWords(s).join(' '))),
    wordKeys: packWordKeys(statements, words),
    echoes: echoRows(statements, echoesIn),
    headlines: Uint32Array.from(statements.flatMap((s, row) => (s.headline ? [row] : []))),
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEntity = (value: unknown): value is Omit<Speaker, 'name'> =>
  isObject(value) && isString(value.canonical) && Array.isArray(value.aliases) && isString(value.kind) && Array.isArray(value.parents);
const isSaidOn = (value: unknown): value is SaidOn | null => value === null || (isObject(value) && isString(value.basis));
const isCorrection = (value: unknown): value is Correction | null => value === null || (isObject(value) && Array.isArray(value.fields));

/** The stored columns a snapshot's statements read their fields from, each value parsed once. */
interface StoredRows {
  ids: readonly string[];
  docOf: (row: number) => string;
  speakers: readonly Speaker[];
  speakerOfRow: Uint32Array;
  kindOf: (row: number) => string;
  cueOf: (row: number) => string;
  polarityOf: (row: number) => string;
  saidOnOf: (row: number) => SaidOn | null;
  correctedOf: (row: number) => Correction | null;
  headlines: ReadonlySet<number>;
  starts: Uint32Array;
  ends: Uint32Array;
  textAt: Int32Array;
  texts: Record<number, string>;
  contexts: StringColumn;
}

/** The string's characters in a string of their own (V8 makes a long slice a view into the string it came from). */
function flatCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** The row a statement read back from a snapshot was stored at; undefined for any other statement. */
export function storedRowOf(statement: Statement): number | undefined {
  return StoredStatement.rowOf(statement);
}

/**
 * A statement read back from a snapshot: its id and its row, every other field read from the stored columns when
 * asked. At 300,000 statements, objects of sixteen fields each were most of what opening allocated (and the
 * garbage collector copied). Its context is read from the snapshot file when asked (47 million characters at that
 * size, most never shown), and its text, a span of the context, is kept once read. Spreading one gives only its
 * id; `plainStatement` and JSON give every field.
 */
class StoredStatement implements Statement {
  #text: string | undefined;
  readonly #rows: StoredRows;
  readonly #row: number;

  static rowOf(statement: Statement): number | undefined {
    return #row in statement ? statement.#row : undefined;
  }

  constructor(rows: StoredRows, row: number) {
    this.#rows = rows;
    this.#row = row;
  }

  get id(): string {
    return this.#rows.ids[this.#row] as string;
  }

  get doc(): string {
    return this.#rows.docOf(this.#row);
  }

  get speaker(): Speaker {
    return this.#rows.speakers[this.#rows.speakerOfRow[this.#row] as number] as Speaker;
  }

  get kind(): StatementKind {
    return this.#rows.kindOf(this.#row) as StatementKind;
  }

  get start(): number {
    return this.#rows.starts[this.#row] as number;
  }

  get end(): number {
    return this.#rows.ends[this.#row] as number;
  }

  get cue(): string {
    return this.#rows.cueOf(this.#row);
  }

  get polarity(): Polarity {
    return this.#rows.polarityOf(this.#row) as Polarity;
  }

  get saidOn(): SaidOn | null {
    return this.#rows.saidOnOf(this.#row);
  }

  get corrected(): Correction | undefined {
    return this.#rows.correctedOf(this.#row) ?? undefined;
  }

  get headline(): true | undefined {
    return this.#rows.headlines.has(this.#row) ? true : undefined;
  }

  /** Read from the snapshot each time: shown far less often than the text is matched, and not kept for ever. */
  get context(): string {
    return this.#rows.contexts.at(this.#row) ?? '';
  }

  get text(): string {
    if (this.#text === undefined) {
      const at = this.#rows.textAt[this.#row] as number;
      // A copy, not a slice: a slice would keep the whole context alive with it (every statement a question ever
      // verified would hold its context, 94 MB of text at 300,000 statements).
      this.#text = at >= 0 ? flatCopy(this.context.slice(at, at + this.end - this.start)) : (this.#rows.texts[this.#row] ?? '');
    }
    return this.#text;
  }

  toJSON(): Statement {
    return plainStatement(this);
  }
}

/** The stored word keys of each row, read as asked; the key list itself is decoded the first time. */
export class StoredWordKeys {
  private list: string[] | null = null;

  constructor(private readonly packed: PackedStatements['wordKeys']) {
    const { starts, numbers, wordCounts } = packed;
    if (starts.length !== wordCounts.length + 1 || starts[wordCounts.length] !== numbers.length) throw new Error('snapshot: word keys do not match their statements');
    for (let row = 0; row < wordCounts.length; row++) if ((starts[row + 1] as number) < (starts[row] as number)) throw new Error('snapshot: word keys go backwards');
  }

  /** The keys in the order they were numbered. */
  keys(): string[] {
    // (A number past the list, in a damaged file, is a key no question has: it finds nothing, and costs no check
    // of 4 million numbers here.)
    this.list ??= readStrings(this.packed.keys);
    return this.list;
  }

  of(row: number): { keys: Uint32Array; words: number } | undefined {
    const { starts, numbers, wordCounts } = this.packed;
    if (row < 0 || row >= wordCounts.length) return undefined;
    return { keys: numbers.subarray(starts[row] as number, starts[row + 1] as number), words: wordCounts[row] as number };
  }
}

/**
 * Statements as they were (JSON output must not depend on where they came from), their ids, and each one's content
 * words and word keys as stored, in the same order.
 */
export function unpackStatements(packed: PackedStatements): { statements: Statement[]; ids: readonly string[]; contentWords: StringColumn; wordKeys: StoredWordKeys; echoes: Int32Array } {
  const ids = readStrings(packed.ids);
  const contexts = new LazyStrings(packed.contexts);
  const contentWords = new LazyStrings(packed.words);
  const count = ids.length;
  const columns = [contexts, contentWords, packed.wordKeys.wordCounts, packed.echoes, packed.textAt, packed.starts, packed.ends, ...[packed.docs, packed.names, packed.entities, packed.kinds, packed.cues, packed.polarities, packed.saidOn, packed.corrected].map((c) => c.refs)];
  if (columns.some((column) => column.length !== count)) throw new Error('snapshot: statement columns differ in length');
  const nameOf = readColumn(packed.names, 'speaker name', isString);
  const entityOf = readColumn(packed.entities, 'speaker', isEntity);
  // One speaker object per name and entity: a much-quoted speaker is not stored 20,000 times over.
  const speakers: Speaker[] = [];
  const speakerNumbers = new Map<number, number>();
  const speakerOfRow = new Uint32Array(count);
  const entityCount = packed.entities.values.length;
  for (let row = 0; row < count; row++) {
    const key = (packed.names.refs[row] as number) * entityCount + (packed.entities.refs[row] as number);
    let number = speakerNumbers.get(key);
    if (number === undefined) {
      const { canonical, aliases, role, kind, parents } = entityOf(row);
      number = speakers.push({ name: nameOf(row), canonical, aliases, ...(role ? { role } : {}), kind, parents }) - 1;
      speakerNumbers.set(key, number);
    }
    speakerOfRow[row] = number;
  }
  for (let row = 0; row < count; row++) {
    if ((packed.textAt[row] as number) < 0 && packed.texts[row] === undefined) throw new Error(`snapshot: statement ${row} has no text`);
  }
  if (packed.headlines.some((row) => row >= count)) throw new Error('snapshot: a headline row refers to a statement not stored');
  const rows: StoredRows = {
    ids,
    docOf: readColumn(packed.docs, 'article', isString),
    speakers,
    speakerOfRow,
    kindOf: readColumn(packed.kinds, 'kind', isString),
    cueOf: readColumn(packed.cues, 'cue', isString),
    polarityOf: readColumn(packed.polarities, 'polarity', isString),
    saidOnOf: readColumn(packed.saidOn, 'date', isSaidOn),
    correctedOf: readColumn(packed.corrected, 'correction', isCorrection),
    headlines: new Set(packed.headlines),
    starts: packed.starts,
    ends: packed.ends,
    textAt: packed.textAt,
    texts: packed.texts,
    contexts,
  };
  const statements: Statement[] = new Array(count);
  for (let row = 0; row < count; row++) statements[row] = new StoredStatement(rows, row);
  if (packed.echoes.some((row) => row >= count)) throw new Error('snapshot: an echo refers to a statement not stored');
  // Reading one context checks that the stored lengths fit the stored text (a broken file fails here, at open).
  if (count > 0) contexts.at(0);
  return { statements, ids, contentWords, wordKeys: new StoredWordKeys(packed.wordKeys), echoes: packed.echoes };
}

const Stamp = z.object({ size: z.number(), mtimeMs: z.number(), sha: z.string() });
const Interned = z.object({ values: z.array(z.string()), refs: z.instanceof(Uint32Array) });
// Checked for what they are, not string by string: the arrays hold 300,000 strings, which unpacking checks anyway.
const Strings = z.union([
  z.object({ utf8: z.union([z.instanceof(Uint8Array), z.instanceof(DeferredBytes)]), lengths: z.instanceof(Uint32Array), byteEnds: z.instanceof(Uint32Array).optional() }),
  z.custom<string[]>((value) => Array.isArray(value)),
]);

const SnapshotShape = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  aliasSha: z.string(),
  files: z.record(z.string(), Stamp),
  documents: z.array(z.unknown()),
  statements: z.object({
    ids: Strings,
    contexts: Strings,
    textAt: z.instanceof(Int32Array),
    texts: z.record(z.string(), z.string()),
    starts: z.instanceof(Uint32Array),
    ends: z.instanceof(Uint32Array),
    docs: Interned,
    names: Interned,
    entities: Interned,
    kinds: Interned,
    cues: Interned,
    polarities: Interned,
    saidOn: Interned,
    corrected: Interned,
    words: Strings,
    wordKeys: z.object({ keys: Strings, starts: z.instanceof(Uint32Array), numbers: z.instanceof(Uint32Array), wordCounts: z.instanceof(Uint32Array) }),
    echoes: z.instanceof(Int32Array),
    headlines: z.instanceof(Uint32Array),
  }),
  warnings: z.array(z.unknown()),
  aliasGroups: z.array(z.array(z.string())),
  correctedDocs: z.array(z.string()).optional(),
  index: z.object({
    fieldIds: z.record(z.string(), z.number()),
    nextId: z.number(),
    averageFieldLength: z.array(z.number()),
    ids: Strings,
    shortIds: z.instanceof(Uint32Array),
    fieldLengths: z.instanceof(Uint32Array),
    postings: z.object({
      fields: z.number(),
      terms: Strings,
      starts: z.instanceof(Uint32Array),
      docs: z.instanceof(Uint32Array),
      freqs: z.instanceof(Uint8Array),
    }),
  }),
});

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function snapshotPrefix(corpusDir: string): string {
  return `${sha256(resolve(corpusDir)).slice(0, 12)}-`;
}

export function snapshotPath(dataDir: string, corpusDir: string): string {
  return join(dataDir, `${snapshotPrefix(corpusDir)}v${SNAPSHOT_FORMAT}.bin`);
}

/** The corpus folder's snapshot, or null (missing, of another format, or unreadable: the caller rebuilds). */
export async function loadSnapshot(path: string): Promise<Snapshot | null> {
  let read: unknown;
  try {
    read = await readSectionsFromFile(path);
  } catch {
    return null;
  }
  try {
    const parsed = SnapshotShape.safeParse(read);
    return parsed.success ? (parsed.data as Snapshot) : null;
  } catch {
    return null;
  }
}

const DEFERRED_SECTIONS = new Set(['statements.contexts.utf8', 'statements.words.utf8']);

/**
 * Writes atomically (temp file, then rename) and removes this corpus folder's snapshots of other formats. V8's own
 * serialisation for the skeleton, and the typed arrays as raw sections read back in place (sections.ts).
 */
export async function saveSnapshot(dataDir: string, corpusDir: string, snapshot: Snapshot): Promise<{ path: string; bytes: number }> {
  await mkdir(dataDir, { recursive: true });
  const path = snapshotPath(dataDir, corpusDir);
  const temporary = `${path}.${process.pid}.tmp`;
  // Bytes read a row at a time stay on disk: the statements' contexts until a statement is shown (48 MB at 10,000
  // dense articles), their content words until "also reported by" compares them (27 MB). Every megabyte read at
  // start is fresh memory to fault in, about 4 ms a megabyte on the bench machine.
  const parts = sectionParts(snapshot, (path) => DEFERRED_SECTIONS.has(path.join('.')));
  await writeFile(temporary, parts);
  await rename(temporary, path);
  const prefix = snapshotPrefix(corpusDir);
  for (const name of await readdir(dataDir)) {
    const stale = join(dataDir, name);
    if (name.startsWith(prefix) && stale !== path && !name.endsWith('.tmp')) await unlink(stale).catch(() => undefined);
  }
  return { path, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
}
