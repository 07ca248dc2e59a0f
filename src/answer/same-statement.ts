// "Also reported by": the same statement in other articles — the same speaker (or its family: a plan, its
// ministry, its country) and nearly the same words, across languages by shared word stems
// ("Dialoog … Oekraïne-crisis" ~ "Dialogue … Ukraine crisis").
import type { Statement } from '../model.ts';
import { tokenize } from '../text/fold.ts';
import { isStopword } from '../text/stopwords.ts';
import { editDistance } from './match.ts';

const MIN_SHARED_WORDS = 3;
const MIN_SHARE = 0.5;

// Statements never change once made (an update makes new ones), so their words are worked out once.
const wordsOf = new WeakMap<Statement, string[]>();

function contentWords(statement: Statement): string[] {
  let words = wordsOf.get(statement);
  if (!words) {
    words = [...new Set(tokenize(statement.text).map((t) => t.norm).filter((w) => !isStopword(w) && w.length > 2))];
    wordsOf.set(statement, words);
  }
  return words;
}

/** Same word, a plural, or a cognate: a shared five-letter stem or two edits apart in a long word. */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  return a.length >= 6 && b.length >= 6 && editDistance(a, b, 2) <= 2;
}

export function family(statement: Statement): Set<string> {
  return new Set([statement.speaker.canonical, ...statement.speaker.parents]);
}

export function sameStatement(a: Statement, b: Statement): boolean {
  if (a.doc === b.doc) return false;
  const familyA = family(a);
  if (![...family(b)].some((name) => familyA.has(name))) return false;
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  const needed = Math.max(MIN_SHARED_WORDS, Math.ceil(MIN_SHARE * Math.min(wordsA.length, wordsB.length)));
  let shared = 0;
  for (const [i, word] of wordsA.entries()) {
    if (wordsB.some((other) => related(word, other))) shared++;
    // Stop as soon as the words left cannot reach the share: most pairs of a speaker's statements are not the same.
    if (shared + (wordsA.length - i - 1) < needed) return false;
  }
  return shared >= needed;
}
