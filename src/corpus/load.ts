// Reads a corpus folder into Documents. A file that cannot be read is skipped with one warning naming it and the
// reason; every other file still loads.
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Document, Language } from '../model.ts';
import { tokenize } from '../text/fold.ts';
import { isoDay } from '../text/dates.ts';
import { cleanBody } from './clean.ts';
import { type FrontMatter, FrontMatterError, checkMetadata, parseFrontMatter, splitFrontMatter } from './front-matter.ts';
import { MAX_HTML_DEPTH, readHtml } from './html.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);
export const ALIAS_FILE = 'aliases.yaml';

export interface CorpusWarning {
  file: string;
  message: string;
  /** true when the whole file was skipped, false when it loaded with a default filled in. */
  skipped: boolean;
}

export interface RawCorpusFile {
  file: string;
  bytes: Buffer;
  mtime: Date;
  /** stat's own figure, with its fraction: what a later stat is compared with. */
  mtimeMs: number;
}

class SkipFile extends Error {}

/**
 * The article names of a corpus folder, sorted (ids are decided in this order). Every entry with an article's
 * extension is listed, whatever it is: a link, a folder or a pipe named like an article is skipped with a warning
 * when read, the same at start and while watching, never silently.
 */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(isArticleName).sort();
}

/** Whether a name in the corpus folder is an article's: an article extension, not hidden, not the folder's README. */
export function isArticleName(name: string): boolean {
  return !name.startsWith('.') && !/^readme\./i.test(name) && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

const SYMLINK = 'is a symbolic link, which is not followed (it could point outside the corpus): copy the article into the folder instead';
const NOT_A_FILE = 'is not a regular file (a folder, pipe or device named like an article)';

/**
 * One article file's bytes, or the warning that says why it is skipped. Opened without following links and
 * without blocking (a pipe named like an article must not hang the bot), then checked on the open handle, so a
 * file swapped for a link between listing and reading is still refused.
 */
export async function readCorpusFile(dir: string, file: string): Promise<RawCorpusFile | CorpusWarning> {
  const path = join(dir, file);
  try {
    const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'ELOOP' || (await lstat(path).catch(() => null))?.isSymbolicLink()) throw new SkipFile(SYMLINK);
      throw error;
    });
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new SkipFile(NOT_A_FILE);
      if (info.size > MAX_FILE_BYTES) throw new SkipFile(`larger than 5 MB (${(info.size / 1048576).toFixed(1)} MB)`);
      return { file, bytes: await handle.readFile(), mtime: info.mtime, mtimeMs: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof SkipFile) return { file, message: error.message, skipped: true };
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { file, message: NOT_A_FILE, skipped: true };
    return { file, message: `cannot be read: ${(error as Error).message}`, skipped: true };
  }
}

/** A file name as log lines and warnings show it: quoted and escaped when it holds line breaks or other controls. */
export function shownFileName(file: string): string {
  return /[\x00-\x1f\x7f"\\]/.test(file) ? JSON.stringify(file) : file;
}

export function isWarning(read: RawCorpusFile | CorpusWarning): read is CorpusWarning {
  return 'message' in read;
}

export async function readCorpusFiles(dir: string): Promise<{ files: RawCorpusFile[]; warnings: CorpusWarning[] }> {
  const files: RawCorpusFile[] = [];
  const warnings: CorpusWarning[] = [];
  // Read in parallel (the thread pool does the I/O), kept in file-name order.
  for (const read of await Promise.all((await listCorpusFiles(dir)).map((file) => readCorpusFile(dir, file)))) {
    if (isWarning(read)) warnings.push(read);
    else files.push(read);
  }
  return { files, warnings };
}

export interface FileInfo {
  file: string;
  size: number;
  mtimeMs: number;
}

/** Size and modification time of every article file: enough to tell which changed since a snapshot. */
export async function statCorpusFiles(dir: string): Promise<FileInfo[]> {
  const infos = await Promise.all(
    (await listCorpusFiles(dir)).map(async (file) => {
      try {
        // The entry itself, not what a link points to: links are refused when read, and must not look unchanged.
        const info = await lstat(join(dir, file));
        return { file, size: info.size, mtimeMs: info.mtimeMs };
      } catch {
        // Gone between listing and stat: treated as removed.
        return null;
      }
    }),
  );
  return infos.filter((info): info is FileInfo => info !== null);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string {
  if (bytes.length === 0) throw new SkipFile('empty file');
  if (bytes.includes(0)) throw new SkipFile('binary file (contains NUL bytes)');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new SkipFile('not valid UTF-8 text');
  }
}

const EN_HINTS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'said', 'was', 'with', 'has']);
const NL_HINTS = new Set(['de', 'het', 'en', 'van', 'een', 'dat', 'zei', 'niet', 'met', 'voor', 'is', 'op']);

export function guessLanguage(text: string): Language {
  let en = 0;
  let nl = 0;
  for (const token of tokenize(text.slice(0, 5000))) {
    if (EN_HINTS.has(token.norm)) en++;
    if (NL_HINTS.has(token.norm)) nl++;
  }
  return nl > en ? 'nl' : 'en';
}

function articleSource(raw: RawCorpusFile): { body: string; meta: FrontMatter | null; metaWarnings: string[] } {
  const text = decode(raw.bytes);
  if (/^\.html?$/i.test(extname(raw.file))) {
    const page = readHtml(text);
    const { meta, warnings } = checkMetadata(page.meta, 'HTML metadata');
    if (page.tooDeep) warnings.push(`HTML nested more than ${MAX_HTML_DEPTH} levels deep: read as plain text, without article detection`);
    return { body: page.body, meta, metaWarnings: warnings };
  }
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) return { body, meta: null, metaWarnings: [] };
  try {
    const { meta, warnings } = parseFrontMatter(yaml);
    return { body, meta, metaWarnings: warnings };
  } catch (error) {
    if (error instanceof FrontMatterError) throw new SkipFile(error.message);
    throw error;
  }
}

/** A stand-in title: the first sentence, cut at a word boundary. */
function openingWords(text: string, limit = 80): string {
  const first = (text.split(/(?<=[.!?])\s/)[0] ?? text).trim();
  if (first.length <= limit) return first;
  return `${first.slice(0, first.lastIndexOf(' ', limit)).replace(/[,;:]$/, '')}…`;
}

/** One file → one Document, or a SkipFile reason. Defaults are filled in with a warning each. */
function toDocument(raw: RawCorpusFile, warn: (message: string) => void): Document {
  const { body, meta, metaWarnings } = articleSource(raw);
  for (const message of metaWarnings) warn(message);
  const cleaned = cleanBody(body, meta?.title ?? null);
  if (!cleaned.text.trim()) throw new SkipFile('no article text left after removing site chrome');

  const id = raw.file.slice(0, raw.file.length - extname(raw.file).length);
  const title = meta?.title ?? cleaned.headline ?? openingWords(cleaned.text);
  if (!meta?.title) warn(`no title; using ${cleaned.headline ? 'the headline' : 'the opening words'} "${title}"`);

  let published = meta?.published ?? cleaned.dateMarker;
  if (!published) {
    published = { date: isoDay(raw.mtime), precision: 'day' };
    warn(`no publication date; using the file's modification date ${published.date}`);
  }
  const language = meta?.language ?? guessLanguage(cleaned.text);
  if (!meta?.language) warn(`no language; guessed "${language}" from the text`);

  return {
    id,
    file: raw.file,
    title,
    outlet: meta?.outlet ?? null,
    author: meta?.author ?? null,
    url: meta?.url ?? null,
    published,
    language,
    text: cleaned.text,
    paragraphs: cleaned.paragraphs,
  };
}

/** One file → its Document with the defaults' warnings, or no Document and the warning that says why it was skipped. */
export function parseCorpusFile(raw: RawCorpusFile): { document: Document | null; warnings: CorpusWarning[] } {
  const warnings: CorpusWarning[] = [];
  try {
    const document = toDocument(raw, (message) => warnings.push({ file: raw.file, message, skipped: false }));
    return { document, warnings };
  } catch (error) {
    // An unexpected failure on one file must not take the corpus down with it.
    const message = error instanceof SkipFile ? error.message : `could not be parsed: ${(error as Error).message}`;
    return { document: null, warnings: [{ file: raw.file, message, skipped: true }] };
  }
}

/** Two files whose names give one id: the later one is skipped with this warning, the loaded article stays. */
export function duplicateIdWarning(file: string, id: string, loadedFrom: string): CorpusWarning {
  return { file, message: `duplicate id "${id}" (already loaded from ${loadedFrom})`, skipped: true };
}
