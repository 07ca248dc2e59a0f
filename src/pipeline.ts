// corpus folder → documents → statements with canonical speakers. Pure apart from reading the folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALIAS_FILE, type CorpusWarning, type RawCorpusFile, parseCorpusFiles, readCorpusFiles } from './corpus/load.ts';
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

type Registered = { raw: RawStatement; entity: Entity };

function register(document: Document, registry: EntityRegistry): Registered[] {
  return extractStatements(document, registry.kindOf).map((raw) => ({ raw, entity: registry.register(raw.speaker, document.id) }));
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
    polarity: polarityOf(raw.cue),
    saidOn: raw.saidOn,
    context: raw.context,
  }));
}

/** One article's statements, against a registry that already knows the rest of the corpus (incremental updates). */
export function extractDocument(document: Document, registry: EntityRegistry): Statement[] {
  registry.learnPeople([document]);
  return toStatements(document, register(document, registry), registry);
}

export function buildCorpus(input: CorpusInput): Corpus {
  const warnings = [...input.warnings];
  const entries = aliasEntries(input.aliasText, warnings);
  const { documents, warnings: parseWarnings } = parseCorpusFiles(input.files);
  warnings.push(...parseWarnings);

  const registry = new EntityRegistry(entries);
  registry.learnPeople(documents);
  // Two passes: every speaker is registered before any is named, so a person's canonical name and role reflect
  // the whole corpus, not the articles read so far.
  const registered = documents.map((document) => ({ document, raws: register(document, registry) }));
  const statements = registered.flatMap(({ document, raws }) => toStatements(document, raws, registry));
  return { documents, statements, registry, warnings, aliasGroups: registry.aliasGroups() };
}
