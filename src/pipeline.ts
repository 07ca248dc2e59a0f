// corpus folder → documents → statements with canonical speakers. Pure apart from reading the folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALIAS_FILE, type CorpusWarning, type RawCorpusFile, duplicateIdWarning, parseCorpusFile, readCorpusFiles } from './corpus/load.ts';
import type { KindLookup } from './extract/discourse.ts';
import { fold } from './text/fold.ts';
import { type AliasEntry, parseAliasFile } from './entities/alias-file.ts';
import { type Entity, EntityRegistry } from './entities/registry.ts';
import { type RawStatement, extractStatements } from './extract/statements.ts';
import type { Document, Statement } from './model.ts';
import { polarityOf } from './extract/lexicon.ts';

export interface Corpus {
  documents: Document[];
  statements: Statement[];
  registry: EntityRegistry;
  aliasGroups: string[][];
  warnings: CorpusWarning[];
}

export interface CorpusInput {
  files: RawCorpusFile[];
  aliasText: string | null;
  warnings: CorpusWarning[];
}

/** aliases.yaml's text, or null when there is none (or, with a warning, when it cannot be read). */
export async function readAliasText(dir: string, warnings: CorpusWarning[]): Promise<string | null> {
  try {
    return await readFile(join(dir, ALIAS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      warnings.push({ file: ALIAS_FILE, message: `cannot be read: ${(error as Error).message}`, skipped: true });
    }
    return null;
  }
}

export async function readCorpusInput(dir: string): Promise<CorpusInput> {
  const { files, warnings } = await readCorpusFiles(dir);
  const aliasText = await readAliasText(dir, warnings);
  return { files, aliasText, warnings };
}

/** The alias file's entries, or none with a warning when it cannot be used. */
export function aliasEntries(aliasText: string | null, warnings: CorpusWarning[]): AliasEntry[] {
  if (aliasText === null) return [];
  const parsed = parseAliasFile(aliasText);
  if ('error' in parsed) {
    warnings.push({ file: ALIAS_FILE, message: `ignored: ${parsed.error}`, skipped: true });
    return [];
  }
  return parsed.entries;
}

/** One article file, read and extracted on its own: what a worker thread sends back. */
export interface ArticleRead {
  file: string;
  /** Null when the file was skipped (its warnings say why). */
  document: Document | null;
  raws: RawStatement[];
  warnings: CorpusWarning[];
}

/**
 * Decode → clean → extract for one file. Depends on nothing but the file and the alias file's kinds, so the same
 * article gives the same statements whether it is read at start, added later, or read in another thread.
 */
export function readArticle(raw: RawCorpusFile, kindOf: KindLookup): ArticleRead {
  const { document, warnings } = parseCorpusFile(raw);
  return { file: raw.file, document, raws: document ? extractStatements(document, kindOf) : [], warnings };
}

/** The kinds the alias file gives names: all the extractor knows of the corpus. */
export function aliasKinds(aliasText: string | null): KindLookup {
  return new EntityRegistry(aliasEntries(aliasText, [])).kindOf;
}

type Registered = { raw: RawStatement; entity: Entity };

function register(document: Document, raws: readonly RawStatement[], registry: EntityRegistry): Registered[] {
  return raws.map((raw) => ({ raw, entity: registry.register(raw.speaker, document.id) }));
}

function toStatements(document: Document, registered: readonly Registered[], registry: EntityRegistry): Statement[] {
  return registered.map(({ raw, entity }, index) => ({
    id: `${document.id}#${index + 1}`,
    doc: raw.doc,
    speaker: registry.speaker(raw.speaker, entity),
    kind: raw.kind,
    text: document.text.slice(raw.start, raw.end),
    start: raw.start,
    end: raw.end,
    cue: raw.cue,
    polarity: polarityOf(raw.cue, document.text.slice(raw.start, raw.end), document.text.slice(Math.max(0, raw.start - 30), raw.start)),
    saidOn: raw.saidOn,
    context: raw.context,
    ...(raw.headline ? { headline: true as const } : {}),
  }));
}

/** One article's statements, against a registry that already knows the rest of the corpus (incremental updates). */
export function registerArticle(document: Document, raws: readonly RawStatement[], registry: EntityRegistry): Statement[] {
  registry.learnPeople([document]);
  return toStatements(document, register(document, raws, registry), registry);
}

/** Articles read one by one (in file-name order) → one corpus: ids checked, speakers matched across articles. */
export function assembleCorpus(reads: readonly ArticleRead[], aliasText: string | null, inputWarnings: readonly CorpusWarning[]): Corpus {
  const warnings = [...inputWarnings];
  const registry = new EntityRegistry(aliasEntries(aliasText, warnings));
  const kept: Array<{ document: Document; raws: RawStatement[] }> = [];
  const seen = new Map<string, string>();
  for (const read of reads) {
    const key = read.document ? fold(read.document.id) : '';
    const earlier = seen.get(key);
    if (read.document && earlier) {
      warnings.push(duplicateIdWarning(read.file, read.document.id, earlier));
      continue;
    }
    warnings.push(...read.warnings);
    if (!read.document) continue;
    seen.set(key, read.file);
    kept.push({ document: read.document, raws: read.raws });
  }
  const documents = kept.map(({ document }) => document);
  registry.learnPeople(documents);
  // Two passes: every speaker is registered before any is named, so a person's canonical name and role reflect
  // the whole corpus, not the articles read so far.
  const registered = kept.map(({ document, raws }) => ({ document, raws: register(document, raws, registry) }));
  const statements = registered.flatMap(({ document, raws }) => toStatements(document, raws, registry));
  return { documents, statements, registry, warnings, aliasGroups: registry.aliasGroups() };
}

/** The whole corpus on this thread (tests, tools); the bot reads articles in worker threads instead. */
export function buildCorpus(input: CorpusInput): Corpus {
  const kinds = aliasKinds(input.aliasText);
  return assembleCorpus(input.files.map((raw) => readArticle(raw, kinds)), input.aliasText, input.warnings);
}
