// Index snapshots on disk: one file per corpus folder, recording what each article file looked like (size,
// modification time, content hash) when it was indexed. A restart loads the snapshot and re-reads only the files
// that changed since, so 10,000 unchanged articles cost a stat each, not a re-extraction.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { CorpusWarning } from '../corpus/load.ts';
import type { DocumentInfo, Speaker, Statement } from '../model.ts';

/** Bump when extraction or the snapshot layout changes: old snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 5;

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
  index: unknown;
}

/** A speaker's entity fields, stored once however many statements it made. */
type SpeakerEntity = Omit<Speaker, 'name'>;

/**
 * A statement as stored: its speaker as [name as written, entity number], and its text as an offset into its
 * context (the text is always a span of the context), so neither is repeated 20,000 times.
 */
type PackedStatement = Omit<Statement, 'speaker' | 'text'> & { speaker: [string, number]; textAt?: number; text?: string };

export interface PackedStatements {
  speakers: SpeakerEntity[];
  statements: PackedStatement[];
}

export function packStatements(statements: readonly Statement[]): PackedStatements {
  const speakers: SpeakerEntity[] = [];
  const numbers = new Map<string, number>();
  const packed = statements.map(({ speaker, text, ...rest }) => {
    const { name, ...entity } = speaker;
    const key = JSON.stringify(entity);
    let number = numbers.get(key);
    if (number === undefined) {
      number = speakers.push(entity) - 1;
      numbers.set(key, number);
    }
    const textAt = rest.context.indexOf(text);
    return { ...rest, speaker: [name, number] as [string, number], ...(textAt >= 0 && rest.context.slice(textAt, textAt + text.length) === text ? { textAt } : { text }) };
  });
  return { speakers, statements: packed };
}

/** Statements as they were, field order included (JSON output must not depend on where they came from). */
export function unpackStatements({ speakers, statements }: PackedStatements): Statement[] {
  return statements.map((packed) => {
    const entity = speakers[packed.speaker[1]];
    if (!entity) throw new Error(`snapshot: statement ${packed.id} names speaker ${packed.speaker[1]}, which is not stored`);
    const { canonical, aliases, role, kind, parents } = entity;
    const speaker: Speaker = { name: packed.speaker[0], canonical, aliases, ...(role ? { role } : {}), kind, parents };
    const text = packed.text ?? packed.context.slice(packed.textAt ?? 0, (packed.textAt ?? 0) + packed.end - packed.start);
    return { id: packed.id, doc: packed.doc, speaker, kind: packed.kind, text, start: packed.start, end: packed.end, cue: packed.cue, polarity: packed.polarity, saidOn: packed.saidOn, context: packed.context };
  });
}

const Stamp = z.object({ size: z.number(), mtimeMs: z.number(), sha: z.string() });

const SnapshotShape = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  aliasSha: z.string(),
  files: z.record(z.string(), Stamp),
  documents: z.array(z.unknown()),
  statements: z.object({ speakers: z.array(z.unknown()), statements: z.array(z.unknown()) }),
  warnings: z.array(z.unknown()),
  aliasGroups: z.array(z.array(z.string())),
  correctedDocs: z.array(z.string()).optional(),
  index: z.unknown(),
});

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function snapshotPrefix(corpusDir: string): string {
  return `${sha256(resolve(corpusDir)).slice(0, 12)}-`;
}

export function snapshotPath(dataDir: string, corpusDir: string): string {
  return join(dataDir, `${snapshotPrefix(corpusDir)}v${SNAPSHOT_FORMAT}.json`);
}

/** The corpus folder's snapshot, or null (missing, of another format, or unreadable: the caller rebuilds). */
export async function loadSnapshot(path: string): Promise<Snapshot | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SnapshotShape.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as Snapshot) : null;
  } catch {
    return null;
  }
}

/** Writes atomically (temp file, then rename) and removes this corpus folder's snapshots of other formats. */
export async function saveSnapshot(dataDir: string, corpusDir: string, snapshot: Snapshot): Promise<{ path: string; bytes: number }> {
  await mkdir(dataDir, { recursive: true });
  const path = snapshotPath(dataDir, corpusDir);
  const temporary = `${path}.${process.pid}.tmp`;
  const text = JSON.stringify(snapshot);
  await writeFile(temporary, text);
  await rename(temporary, path);
  const prefix = snapshotPrefix(corpusDir);
  for (const name of await readdir(dataDir)) {
    const stale = join(dataDir, name);
    if (name.startsWith(prefix) && stale !== path && name.endsWith('.json')) await unlink(stale).catch(() => undefined);
  }
  return { path, bytes: Buffer.byteLength(text) };
}
