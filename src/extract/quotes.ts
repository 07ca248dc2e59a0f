// Finds quoted spans in a paragraph: curly and straight, double and single, Dutch ‘…’ and „…”. A single curly
// closing mark doubles as an apostrophe ("China’s"), so it only closes a quote when no letter follows it.
import { lastStartingBy } from './offsets.ts';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (or the paragraph end when unclosed). */
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

// Copy passed between systems mixes double marks ("…” and “…"): a double mark of either style closes the other.
const CLOSERS: Record<string, string> = { '“': '”"', '"': '"”', '„': '”“', '‘': '’', "'": "'", '«': '»', '‹': '›' };

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Marks that only ever open a quote in English copy (Dutch „…“ closes with “, but never opens with it). */
const ONLY_OPENING = new Set(['“', '«']);

/**
 * An opening mark starts a word: nothing but space, a bracket or a dash before it, something after it. A mark that
 * only opens may also follow punctuation with the space left out ("Ryan said,“Look, …”").
 */
function canOpen(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (after === undefined || /\s/.test(after)) return false;
  if (before !== undefined && ONLY_OPENING.has(text[at] ?? '') && /[,;.!?]/.test(before)) return true;
  return before === undefined || /[\s([{—–\-/:]/.test(before);
}

function canClose(text: string, at: number, mark: string): boolean {
  const after = text[at + 1];
  if ((mark === '’' || mark === "'") && isLetter(after)) return false; // an apostrophe: China’s, don't
  return true;
}

/** A quote mark that opens a quote, at the start of a word or a paragraph. */
export const OPENING_QUOTE = /^["“„‘'«]/;

/**
 * A paragraph's quotes. An unclosed last quote is the news convention for a quote that goes on in the next
 * paragraph, but only when that paragraph opens with a quote mark (and, where the reader asks, the open quote can be
 * attributed); otherwise the mark is a typo and is left out.
 */
export function paragraphQuotes(text: string, nextParagraph: string, attributable: (open: QuoteSpan) => boolean = () => true): QuoteSpan[] {
  const quotes = findQuotes(text).filter((quote) => !isQuotedTitle(text, quote));
  const last = quotes.at(-1);
  if (!last || last.closed) return quotes;
  return OPENING_QUOTE.test(nextParagraph) && attributable(last) ? quotes : quotes.slice(0, -1);
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'de', 'het', 'van', 'en']);

/**
 * A show, book or film named in quotation marks ("on CBS's “Face the Nation,”", "in his book “Make Your Kid a
 * Millionaire”", "in his 2002 book, “…,”"): a few words, each a capitalised title word, right after a preposition, a
 * possessive or the work's noun. Nobody
 * said them; they are not a quote.
 */
function isQuotedTitle(text: string, quote: QuoteSpan): boolean {
  if (!quote.closed) return false;
  const words = text.slice(quote.innerStart, quote.innerEnd).replace(/[,.;:!?]+$/u, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const titled = words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && MINOR_WORDS.has(word.toLowerCase())));
  if (!titled) return false;
  const before = text.slice(Math.max(0, quote.start - 30), quote.start);
  // "in his book, “Make Your Kid a Millionaire,” …": the title may stand after a comma, as an appositive.
  return /(?:\b(?:on|in|at|of|from|to|book|show|program|programme|film|album|column|titled|called|entitled|op-ed|van|bij|op)|['’]s)\s*$|\b(?:book|memoir|show|program|programme|film|album|column|op-ed|essay|article|documentary|boek),\s*$/iu.test(before);
}

/** Stands in for the second mark of a doubled apostrophe, so that `''` reads as one double quote mark. */
const DOUBLED = '\u2060';

/**
 * Quotes of a paragraph. Some outlets write double quotes as two apostrophes (''like this''): the pair is read as
 * one straight double quote, and the span then covers both marks.
 */
export function findQuotes(text: string): QuoteSpan[] {
  if (!text.includes("''")) return scanQuotes(text);
  const shadow = text.replace(/''/g, `"${DOUBLED}`);
  return scanQuotes(shadow).map((span) => {
    const opener = shadow[span.start + 1] === DOUBLED;
    const closer = span.closed && shadow[span.end] === DOUBLED;
    return {
      ...span,
      innerStart: opener ? span.innerStart + 1 : span.innerStart,
      end: closer ? span.end + 1 : span.end,
    };
  });
}

function scanQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = text[i] ?? '';
    const closers = CLOSERS[mark];
    const single = mark === '‘' || mark === "'";
    if (!closers || !canOpen(text, i) || (single && !isLetter(text[i + 1]))) {
      i++;
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < text.length; j++) {
      const char = text[j] ?? '';
      if (closers.includes(char) && canClose(text, j, char) && !(char === '"' && canOpen(text, j) && !canCloseStraight(text, j))) {
        close = j;
        break;
      }
      // Another opener of the same kind before a closer: the first mark was stray (a typo) — give it up.
      if (char === mark && mark !== '"' && mark !== "'" && canOpen(text, j)) break;
    }
    if (close === -1) {
      const reopened = text.indexOf(mark, i + 1);
      if (reopened !== -1 && mark !== '"' && mark !== "'") {
        i++; // stray mark: another quote opens later in the paragraph
        continue;
      }
      if (single) {
        i++; // an unclosed single mark is almost always an apostrophe or a typo
        continue;
      }
      spans.push({ start: i, end: text.length, innerStart: i + 1, innerEnd: text.length, closed: false });
      break;
    }
    spans.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, closed: true });
    i = close + 1;
  }
  return spans;
}

/** A straight double quote between a letter/punctuation and a space is a closer. */
function canCloseStraight(text: string, at: number): boolean {
  const before = text[at - 1];
  return before !== undefined && !/\s/.test(before);
}

/** Whether offset lies inside one of the spans (sorted and non-overlapping, as `findQuotes` gives them). */
export function insideQuote(spans: readonly QuoteSpan[], offset: number): boolean {
  const span = lastStartingBy(spans, offset);
  return span !== undefined && offset < span.end;
}
