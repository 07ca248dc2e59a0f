// How well a statement's words match a query: which query terms it contains (allowing typos), the longest run of
// the query it contains in order, and where those words are, for highlighting.
import type { Highlight } from '../model.ts';
import { type Token, tokenize } from '../text/fold.ts';
import { isStopword } from '../text/stopwords.ts';

export interface QueryTerms {
  /** Every word of the query, in order. */
  all: string[];
  /** The words that carry meaning. */
  content: string[];
}

export function queryTerms(query: string): QueryTerms {
  const all = tokenize(query).map((token) => token.norm);
  return { all, content: [...new Set(all.filter((term) => !isStopword(term)))] };
}

/** Typos forgiven in a query word (a swap of two letters is one): none in short words, where a typo is another word. */
export function allowedTypos(term: string): number {
  if (term.length >= 9) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

/** Damerau-Levenshtein distance, stopping early once over the limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        (rows[0] as number[])[j] = j;
        continue;
      }
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = value;
      best = Math.min(best, value);
    }
    if (i > 0 && best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] ?? limit + 1;
}

/** A query term matches a word exactly, by a plural/possessive ending, within its typo allowance, or as a prefix when last. */
export function termMatches(term: string, word: string, asPrefix = false): boolean {
  if (term === word) return true;
  const stem = (w: string) => w.replace(/(es|s)$/, '');
  if (term.length > 3 && stem(term) === stem(word)) return true;
  if (asPrefix && term.length >= 4 && word.startsWith(term)) return true;
  const typos = allowedTypos(term);
  return typos > 0 && editDistance(term, word, typos) <= typos;
}

export interface Match {
  /** Share of the content terms found in the text (0..1). */
  coverage: number;
  /** Longest run of consecutive query words found in order, as a share of the query's words (0..1). */
  phrase: number;
  highlights: Highlight[];
}

export function matchText(terms: QueryTerms, text: string, tokens: Token[] = tokenize(text)): Match {
  const lastContent = terms.content.at(-1);
  const found = new Set<string>();
  const marked = new Set<number>();
  for (const [index, token] of tokens.entries()) {
    for (const term of terms.content) {
      if (termMatches(term, token.norm, term === lastContent && terms.all.at(-1) === term)) {
        found.add(term);
        marked.add(index);
      }
    }
  }
  // Longest run: query words i.. matched by statement words j.. one after another.
  let best = 0;
  let bestAt: { start: number; length: number } | null = null;
  for (let j = 0; j < tokens.length; j++) {
    for (let i = 0; i < terms.all.length; i++) {
      let length = 0;
      while (
        i + length < terms.all.length &&
        j + length < tokens.length &&
        wordEquals(terms.all[i + length] as string, (tokens[j + length] as Token).norm)
      ) {
        length++;
      }
      if (length > best) {
        best = length;
        bestAt = { start: j, length };
      }
    }
  }
  if (bestAt && best > 1) for (let k = bestAt.start; k < bestAt.start + bestAt.length; k++) marked.add(k);
  const highlights = [...marked].sort((a, b) => a - b).map((index) => ({ start: (tokens[index] as Token).start, end: (tokens[index] as Token).end }));
  return {
    coverage: terms.content.length === 0 ? 0 : found.size / terms.content.length,
    phrase: terms.all.length === 0 ? 0 : best / terms.all.length,
    highlights: mergeRanges(highlights, text),
  };
}

function wordEquals(term: string, word: string): boolean {
  return isStopword(term) ? term === word : termMatches(term, word);
}

/** Joins highlights separated only by spaces, so "year of our victory" is marked as one run. */
function mergeRanges(ranges: Highlight[], text: string): Highlight[] {
  const merged: Highlight[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && /^\s*$/.test(text.slice(last.end, range.start))) last.end = range.end;
    else merged.push({ ...range });
  }
  return merged;
}
