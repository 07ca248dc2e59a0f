// Shared fixtures: the seed corpus opened once per file, and throwaway corpus folders made by the tests.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Whosaid } from '../../src/core.ts';
import { buildCorpus, readCorpusInput } from '../../src/pipeline.ts';

export const SEED_CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

export async function seedCorpus() {
  return buildCorpus(await readCorpusInput(SEED_CORPUS));
}

export async function openSeeds(): Promise<Whosaid> {
  return Whosaid.open({ corpusDir: SEED_CORPUS, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-data-')), snapshots: false });
}

/** A fresh corpus folder holding the given files (name → text or bytes). */
export async function corpusFolder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'whosaid-corpus-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

export const ARTICLE = (fields: string, body: string) => `---\n${fields}\n---\n${body}`;

/** The core over a throwaway corpus of the given files, without snapshots. */
export async function openCorpus(files: Record<string, string | Buffer>): Promise<Whosaid> {
  return Whosaid.open({ corpusDir: await corpusFolder(files), dataDir: await mkdtemp(join(tmpdir(), 'whosaid-data-')), snapshots: false });
}
