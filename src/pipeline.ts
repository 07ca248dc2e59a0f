// corpus folder → documents → statements with canonical speakers. Pure apart from reading the folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALIAS_FILE, type CorpusWarning, type RawCorpusFile, parseCorpusFiles, readCorpusFiles } from './corpus/load.ts';
import { type AliasEntry, parseAliasFile } from './entities/alias-file.ts';
import { EntityRegistry } from './entities/registry.ts';
import { extractStatements } from './extract/statements.ts';
import type { Document, Statement } from './model.ts';

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

export async function readCorpusInput(dir: string): Promise<CorpusInput> {
  const { files, warnings } = await readCorpusFiles(dir);
  let aliasText: string | null = null;
  try {
    aliasText = await readFile(join(dir, ALIAS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      warnings.push({ file: ALIAS_FILE, message: `cannot be read: ${(error as Error).message}`, skipped: true });
    }
  }
  return { files, aliasText, warnings };
}

export function buildCorpus(input: CorpusInput): Corpus {
  const warnings = [...input.warnings];
  let entries: AliasEntry[] = [];
  if (input.aliasText !== null) {
    const parsed = parseAliasFile(input.aliasText);
    if ('error' in parsed) warnings.push({ file: ALIAS_FILE, message: `ignored: ${parsed.error}`, skipped: true });
    else entries = parsed.entries;
  }
  const { documents, warnings: parseWarnings } = parseCorpusFiles(input.files);
  warnings.push(...parseWarnings);

  const registry = new EntityRegistry(entries);
  registry.learnPeople(documents);
  // Two passes: every speaker is registered before any is named, so a person's canonical name and role reflect
  // the whole corpus, not the articles read so far.
  const extracted = documents.map((document) => {
    const raws = extractStatements(document, registry.kindOf);
    return { document, raws: raws.map((raw) => ({ raw, entity: registry.register(raw.speaker, document.id) })) };
  });
  const statements: Statement[] = [];
  for (const { document, raws } of extracted) {
    for (const [index, { raw, entity }] of raws.entries()) {
      statements.push({
        id: `${document.id}#${index + 1}`,
        doc: raw.doc,
        speaker: registry.speaker(raw.speaker, entity),
        kind: raw.kind,
        text: document.text.slice(raw.start, raw.end),
        start: raw.start,
        end: raw.end,
        cue: raw.cue,
        saidOn: raw.saidOn,
        context: raw.context,
      });
    }
  }
  return { documents, statements, registry, warnings, aliasGroups: registry.aliasGroups() };
}
