// Index snapshots on disk: one file per corpus folder, named by a hash of everything the index is made from,
// so an unchanged corpus reloads instead of being read and extracted again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { CorpusWarning } from '../corpus/load.ts';
import type { Document, Statement } from '../model.ts';
import type { CorpusInput } from '../pipeline.ts';

/** Bump when extraction or the index format changes: old snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 1;

export interface Snapshot {
  format: number;
  hash: string;
  documents: Document[];
  statements: Statement[];
  /** Warnings from parsing the files, shown again on every start. */
  warnings: CorpusWarning[];
  aliasGroups: string[][];
  index: unknown;
}

const SnapshotShape = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  hash: z.string(),
  documents: z.array(z.unknown()),
  statements: z.array(z.unknown()),
  warnings: z.array(z.unknown()),
  aliasGroups: z.array(z.array(z.string())),
  index: z.unknown(),
});

export function corpusHash(input: CorpusInput, extractorVersion: string): string {
  const hash = createHash('sha256');
  hash.update(`${SNAPSHOT_FORMAT}\0${extractorVersion}\0`);
  for (const file of [...input.files].sort((a, b) => a.file.localeCompare(b.file))) {
    hash.update(file.file).update('\0').update(file.bytes).update('\0');
  }
  hash.update(input.aliasText ?? '');
  return hash.digest('hex');
}

function snapshotPrefix(corpusDir: string): string {
  return `${createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 12)}-`;
}

export function snapshotPath(dataDir: string, corpusDir: string, hash: string): string {
  return join(dataDir, `${snapshotPrefix(corpusDir)}${hash.slice(0, 16)}.json`);
}

/** The snapshot for this exact corpus, or null (missing, stale or unreadable: the caller rebuilds). */
export async function loadSnapshot(path: string, hash: string): Promise<Snapshot | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SnapshotShape.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.hash !== hash) return null;
    return parsed.data as Snapshot;
  } catch {
    return null;
  }
}

/** Writes atomically (temp file, then rename) and removes this corpus folder's older snapshots. */
export async function saveSnapshot(dataDir: string, corpusDir: string, snapshot: Snapshot): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const path = snapshotPath(dataDir, corpusDir, snapshot.hash);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(snapshot));
  await rename(temporary, path);
  const prefix = snapshotPrefix(corpusDir);
  for (const name of await readdir(dataDir)) {
    const stale = join(dataDir, name);
    if (name.startsWith(prefix) && stale !== path && name.endsWith('.json')) await unlink(stale).catch(() => undefined);
  }
  return path;
}
