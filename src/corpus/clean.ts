// Turns an article body as received (site chrome, photo captions, embedded posts and all) into clean paragraphs.
// Only general rules live here; nothing names a particular site or article.
import type { EmbeddedPost, Paragraph, PartialDate } from '../model.ts';
import { normalizeName, wordCount } from '../text/fold.ts';
import { parsePartialDate } from '../text/dates.ts';
import type * as Chrono from 'chrono-node';
import { lazyRequire } from '../text/lazy-require.ts';

const chrono = lazyRequire<typeof Chrono>('chrono-node');

export interface CleanedBody {
  text: string;
  paragraphs: Paragraph[];
  /** A leading "date 2023-02-24" marker some exports put before the body. */
  dateMarker: PartialDate | null;
  /** The first headline-like line, when the caller asked for one (files without a title). */
  headline: string | null;
}

interface Line {
  text: string;
  kind: Paragraph['kind'];
  embed?: EmbeddedPost;
  signature?: boolean;
}

const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/i;

// Paywall, app-promotion and navigation lines of news sites and aggregators.
const CHROME = [
  /^(get all your news|sign (up|in)\b|subscribe\b|log ?in\b|register now|already (a|an) (member|subscriber)|download (the|our) app|start reading|read (more|next|news from)|related (stories|articles|news|topics)|top stories|our picks|more (stories|from)|advertisement|sponsored|share (this|on|via)|follow us|newsletter|cookie|skip to|free trial|\w+ days? free|one app\b|you (might|may) also like|recommended( for you)?|most (read|popular)|trending( now)?)/i,
  /premium titles|trusted (global )?sources|curated (specifically )?for you|all rights reserved|^©/i,
];

// Photo agencies and credit words; a bracketed run of these at a paragraph's end marks a caption.
const CREDIT = /\b(AP|AFP|Reuters|Getty|EPA|EFE|Shutterstock|Xinhua|REX|Alamy|PA|Bloomberg|ANP|Belga|Photo|Foto|Images|Credit|Pool|Sputnik|TASS|dpa|Anadolu)\b/;
const TRAILING_CREDIT = /\s*[([]([^()[\]]{1,100})[)\]]\s*$/;
const GLUED_CREDIT = /[([]([^()[\]]{1,100})[)\]](?=\p{Lu})/u;

// "— gript (@griptmedia) February 22, 2023": the signature line of an embedded social post.
const EMBED_SIGNATURE = /^[—–-]\s*(.{1,60}?)\s*\(@([A-Za-z0-9_]{1,30})\)\s*(.*)$/;

const SENTENCE_END = /[.!?…:;]["”’»)\]]*$/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;

function isChrome(line: string): boolean {
  return wordCount(line) <= 12 && CHROME.some((pattern) => pattern.test(line));
}

function isCredit(inner: string): boolean {
  return CREDIT.test(inner) || /\p{Lu}[\p{L}.-]*\s*\/\s*\p{Lu}/u.test(inner);
}

function looksLikeFurniture(line: string): boolean {
  return wordCount(line) < 8 && !SENTENCE_END.test(line);
}

function parseSignature(line: string): EmbeddedPost | null {
  const match = EMBED_SIGNATURE.exec(line);
  if (!match) return null;
  const [, author = '', handle = '', when = ''] = match;
  const parsed = chrono().en.parse(when)[0];
  const posted: PartialDate | null =
    parsed?.start.isCertain('day') && parsed.start.isCertain('year')
      ? { date: parsed.start.date().toISOString().slice(0, 10), precision: 'day' }
      : null;
  return { author: author.trim(), handle, posted };
}

/**
 * Invisible control characters (C0 but tab, C1) are debris of text decoded twice ("FranÃ\u0083§ois"): inside a name
 * they split it, so no one is found to have said the words. Nothing a reader sees goes with them.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Splits raw lines into paragraphs; a wrapped line that goes on in lower case is joined to the one before. */
function splitLines(body: string): string[] {
  const lines: string[] = [];
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
    if (!line) {
      lines.push('');
      continue;
    }
    const previous = lines.at(-1);
    if (previous && !SENTENCE_END.test(previous) && /^\p{Ll}/u.test(line) && !EMBED_SIGNATURE.test(line)) {
      lines[lines.length - 1] = `${previous} ${line}`;
    } else {
      lines.push(line);
    }
  }
  return lines.filter(Boolean);
}

/** Drops a caption paragraph, or the caption glued in front of the first sentence. Returns null to drop the line. */
function stripCaption(line: string): string | null {
  const trailing = TRAILING_CREDIT.exec(line);
  if (trailing?.[1] && isCredit(trailing[1]) && !/["“”]/.test(line)) return null;
  const glued = GLUED_CREDIT.exec(line);
  if (glued?.[1] && isCredit(glued[1])) return line.slice(glued.index + glued[0].length);
  return line;
}

function sameTitle(line: string, title: string | null): boolean {
  return title !== null && normalizeName(line) === normalizeName(title);
}

/** How many of the first lines (two or three) together are the title, or 0. */
function titleLines(lines: ReadonlyArray<{ text: string; signature?: boolean }>, title: string | null): number {
  if (title === null) return 0;
  for (let count = 2; count <= Math.min(3, lines.length); count++) {
    const head = lines.slice(0, count);
    if (head.some((line) => line.signature)) return 0;
    if (sameTitle(head.map((line) => line.text).join(' '), title)) return count;
  }
  return 0;
}

export function cleanBody(body: string, title: string | null): CleanedBody {
  let dateMarker: PartialDate | null = null;
  const unmarked = body.replace(/^\uFEFF/, '').replace(DATE_MARKER, (_whole, date: string) => {
    dateMarker = parsePartialDate(date);
    return '';
  });

  const lines: Line[] = [];
  for (const raw of splitLines(unmarked)) {
    const embed = parseSignature(raw);
    if (embed) {
      // The post is the paragraph just above its signature line.
      const post = lines.at(-1);
      if (post && post.kind === 'body') {
        post.kind = 'embed';
        post.embed = embed;
      }
      lines.push({ text: raw, kind: 'heading', embed, signature: true });
      continue;
    }
    if (isChrome(raw)) continue;
    const text = stripCaption(raw);
    if (text === null || !text.trim()) continue;
    const heading = MARKDOWN_HEADING.test(text);
    lines.push({ text: text.replace(MARKDOWN_HEADING, ''), kind: heading ? 'heading' : 'body' });
  }

  // Leading furniture: outlet names, sections, bylines. The headline is kept, marked as such, at the top: it is
  // the article's own text (headlines attribute too: "Mayor urges calm"), but not a paragraph of the story.
  let headline: string | null = null;
  const headlineLines: Line[] = [];
  const keepHeadline = (taken: Line[]) => {
    if (headlineLines.length === 0) headlineLines.push(...taken.map((line) => ({ text: line.text, kind: 'headline' as const })));
  };
  while (lines.length > 0) {
    const first = lines[0];
    if (!first || first.signature) break;
    if (sameTitle(first.text, title)) {
      keepHeadline(lines.splice(0, 1));
      continue;
    }
    // A headline broken over lines ("Lawmaker urges retaliation on Russia;" / "Member of House panel says …").
    const broken = titleLines(lines, title);
    if (broken > 0) {
      keepHeadline(lines.splice(0, broken));
      continue;
    }
    const words = wordCount(first.text);
    const headlineLike = !SENTENCE_END.test(first.text) && words >= 4 && words <= 25;
    if (title === null && headline === null && headlineLike) {
      headline = first.text;
      keepHeadline(lines.splice(0, 1));
      continue;
    }
    if (looksLikeFurniture(first.text)) {
      lines.shift();
      continue;
    }
    break;
  }
  // Trailing furniture: paywall and app promotion after the last paragraph.
  while (lines.length > 0) {
    const last = lines.at(-1);
    if (!last || last.signature || !looksLikeFurniture(last.text)) break;
    lines.pop();
  }

  // A headline alone, with no story under it, is no article.
  if (lines.length > 0) lines.unshift(...headlineLines);
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += '\n\n';
    const start = text.length;
    text += line.text;
    // A short line without closing punctuation inside the body is a subheading, not a paragraph of prose.
    const kind = line.kind === 'body' && looksLikeFurniture(line.text) ? 'heading' : line.kind;
    paragraphs.push({ start, end: text.length, kind, ...(line.embed && !line.signature ? { embed: line.embed } : {}) });
  }
  return { text, paragraphs, dateMarker, headline };
}
