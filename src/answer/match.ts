// How well a statement's words match a query: which query terms it contains (allowing typos), the longest run of
// the query it contains in order, and where those words are, for highlighting.
import type { Highlight } from '../model.ts';
import { type Token, tokenize } from '../text/fold.ts';
import { isStopword } from '../text/stopwords.ts';
import { areOpposites } from './antonyms.ts';
import { isPolarityWord } from './polarity.ts';

export interface QueryTerms {
  /** Every word of the query, in order. */
  all: string[];
  /** The words that carry meaning (a negation or denial sets the sense instead: see polarity.ts). */
  content: string[];
  /** How each statement word relates to the query, worked out once per word for the life of the query. */
  memo: Map<string, WordSignature>;
}

/** Which query words one statement word matches. */
interface WordSignature {
  /** Indexes into `content` it matches (typos forgiven, the last word also as a prefix). */
  content: number[];
  /** Per index into `all`: whether it counts as that word in a run (stop words exactly, others as in `content`). */
  equals: boolean[];
}

export function queryTerms(query: string): QueryTerms {
  const all = tokenize(query).map((token) => token.norm);
  return { all, content: [...new Set(all.filter((term) => !isStopword(term) && !isPolarityWord(term)))], memo: new Map() };
}

/** The content word that also matches as the start of a longer word: the query's last word, being typed. */
export function prefixTermOf(terms: QueryTerms): string | null {
  const lastContent = terms.content.at(-1);
  return lastContent !== undefined && terms.all.at(-1) === lastContent ? lastContent : null;
}

/**
 * A word's signature, remembered for the life of one query: the candidates of a query share most of their words,
 * and the typo check (an edit distance) is the costly part of ranking them.
 */
function signature(terms: QueryTerms, word: string): WordSignature {
  let known = terms.memo.get(word);
  if (known === undefined) {
    const prefixTerm = prefixTermOf(terms);
    const content: number[] = [];
    terms.content.forEach((term, i) => {
      if (termMatches(term, word, term === prefixTerm)) content.push(i);
    });
    const equals = terms.all.map((term) => (isStopword(term) || isPolarityWord(term) ? term === word : termMatches(term, word)));
    known = { content, equals };
    terms.memo.set(word, known);
  }
  return known;
}

/** Typos forgiven in a query word (a swap of two letters is one): none in short words, where a typo is another word. */
export function allowedTypos(term: string): number {
  if (term.length >= 9) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

// Rows reused by every call: the distance runs tens of thousands of times per question.
let rowBuffers: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau-Levenshtein distance (optimal string alignment), stopping early once over the limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rowBuffers[0].length < width) rowBuffers = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [twoBack, previous, current] = rowBuffers;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, (twoBack[j - 2] as number) + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length] as number;
}

function stem(word: string): string {
  return word.replace(/(es|s)$/, '');
}

/** A query term matches a word exactly, by a plural/possessive ending, within its typo allowance, or as a prefix when last. */
export function termMatches(term: string, word: string, asPrefix = false): boolean {
  if (term === word) return true;
  // "increased" is two letters from "decreased": a word's opposite is never a typo of it.
  if (areOpposites(term, word)) return false;
  if (term.length > 3 && stem(term) === stem(word)) return true;
  if (asPrefix && term.length >= 4 && word.startsWith(term)) return true;
  const typos = allowedTypos(term);
  return typos > 0 && Math.abs(term.length - word.length) <= typos && bagDistance(term, word) <= typos && editDistance(term, word, typos) <= typos;
}

const letterCounts = new Int32Array(65_536);

/**
 * How many letters one word has that the other lacks (the larger side): never more than the edit distance, and
 * linear, so most unrelated words are set aside before the quadratic distance.
 */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    letterCounts[code] = (letterCounts[code] as number) + 1;
  }
  let missingFromA = 0;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    const count = letterCounts[code] as number;
    if (count > 0) letterCounts[code] = count - 1;
    else missingFromA++;
  }
  let missingFromB = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    if ((letterCounts[code] as number) > 0) {
      missingFromB += letterCounts[code] as number;
      letterCounts[code] = 0;
    }
  }
  return Math.max(missingFromA, missingFromB);
}

export interface Match {
  /** Share of the content terms found in the text (0..1). */
  coverage: number;
  /** Where the run of the query's words with the most content words is in the text, when it is two words or more. */
  run: Highlight | null;
  /** Longest run of consecutive query words found in order, as a share of the query's words (0..1). */
  phrase: number;
  highlights: Highlight[];
}

let runRows: [Int32Array, Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32), new Int32Array(32)];

export function matchText(terms: QueryTerms, text: string, tokens: Token[] = tokenize(text)): Match {
  const found = new Set<number>();
  const marked = new Set<number>();
  const n = terms.all.length;
  // Longest run of query words i.. matched by statement words j.. one after another: the longest common
  // substring, by dynamic programming over run lengths ending at (j, i). The run that says where the question
  // matched (for its sense and its highlight) is the one with the most content words: in "The bank should have
  // listed … and should not have charecterized …", asked "bank should not have listed", it is "bank should", not
  // "should not have" in the other clause.
  // Four rows reused across calls (hundreds of candidates per question): no garbage per candidate.
  if (runRows[0].length < n + 1) runRows = [0, 1, 2, 3].map(() => new Int32Array(n + 1)) as typeof runRows;
  let [previous, current, previousContent, currentContent] = runRows;
  previous.fill(0, 0, n + 1);
  current.fill(0, 0, n + 1);
  previousContent.fill(0, 0, n + 1);
  currentContent.fill(0, 0, n + 1);
  const needsContent = terms.content.length > 0;
  let best = 0;
  let bestStart = 0;
  let anchor = { content: 0, length: 0, start: 0 };
  // An index loop: entries() makes a pair per token, a third of a question's garbage over 300 candidates.
  for (let j = 0; j < tokens.length; j++) {
    const sig = signature(terms, (tokens[j] as Token).norm);
    for (const i of sig.content) found.add(i);
    if (sig.content.length > 0) marked.add(j);
    for (let i = 0; i < n; i++) {
      const length = sig.equals[i] ? (previous[i] ?? 0) + 1 : 0;
      const content = length > 0 ? (previousContent[i] ?? 0) + (sig.content.length > 0 ? 1 : 0) : 0;
      current[i + 1] = length;
      currentContent[i + 1] = content;
      if (needsContent && content === 0) continue;
      // The earliest-starting run of the greatest length wins.
      const start = j - length + 1;
      if (length > best || (length === best && length > 0 && start < bestStart)) {
        best = length;
        bestStart = start;
      }
      if (length > 1 && (content > anchor.content || (content === anchor.content && length > anchor.length))) anchor = { content, length, start };
    }
    // Swapped through a temporary: a destructuring swap makes an array per token.
    let swap = previous;
    previous = current;
    current = swap;
    swap = previousContent;
    previousContent = currentContent;
    currentContent = swap;
    current.fill(0, 0, n + 1);
    currentContent.fill(0, 0, n + 1);
  }
  if (anchor.length > 1) for (let k = anchor.start; k < anchor.start + anchor.length; k++) marked.add(k);
  const highlights = [...marked].sort((a, b) => a - b).map((index) => ({ start: (tokens[index] as Token).start, end: (tokens[index] as Token).end }));
  return {
    coverage: terms.content.length === 0 ? 0 : found.size / terms.content.length,
    run: anchor.length > 1 ? { start: (tokens[anchor.start] as Token).start, end: (tokens[anchor.start + anchor.length - 1] as Token).end } : null,
    phrase: n === 0 ? 0 : best / n,
    highlights: mergeRanges(highlights, text),
  };
}

/** Joins highlights separated only by spaces, so "year of our victory" is marked as one run. */
export function mergeRanges(ranges: Highlight[], text: string): Highlight[] {
  const merged: Highlight[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && /^\s*$/.test(text.slice(last.end, range.start))) last.end = range.end;
    else merged.push({ ...range });
  }
  return merged;
}
