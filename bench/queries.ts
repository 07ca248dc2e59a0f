// The benchmark's questions, drawn from the corpus itself (deterministic by seed): exact phrases said in it, the
// same with one typo, speaker names and topic words for timelines, and phrases that must match nothing.
import type { Statement } from '../src/model.ts';
import { tokenize } from '../src/text/fold.ts';
import { isStopword } from '../src/text/stopwords.ts';
import { type Random, pick } from './random.ts';

export interface QuerySet {
  exact: string[];
  typo: string[];
  none: string[];
  speakers: string[];
  topics: string[];
}

/** "victory" → "vcitory": two neighbouring letters swapped, the commonest typing slip. */
function withTypo(word: string, random: Random): string {
  const at = 1 + Math.floor(random() * (word.length - 3));
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

function phrase(statement: Statement, random: Random): { text: string; words: string[] } | null {
  const tokens = tokenize(statement.text);
  if (tokens.length < 4) return null;
  const length = 3 + Math.floor(random() * 3);
  const start = Math.floor(random() * Math.max(1, tokens.length - length));
  const window = tokens.slice(start, start + length);
  if (window.filter((t) => !isStopword(t.norm)).length < 2) return null;
  return { text: window.map((t) => t.text).join(' '), words: window.map((t) => t.text) };
}

const LETTERS = 'bcdfghjklmnpqrstvwxz';

function nonsenseWord(random: Random): string {
  return Array.from({ length: 7 + Math.floor(random() * 3) }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('');
}

export function makeQueries(statements: readonly Statement[], count: number, random: Random): QuerySet {
  const set: QuerySet = { exact: [], typo: [], none: [], speakers: [], topics: [] };
  const speakers = [...new Set(statements.map((s) => s.speaker.canonical))];
  for (let guard = 0; set.exact.length < count && guard < count * 20; guard++) {
    const found = phrase(pick(random, statements), random);
    if (!found) continue;
    set.exact.push(found.text);
    const long = found.words.map((word, i) => ({ word, i })).filter(({ word }) => word.length >= 5 && /^\p{L}+$/u.test(word));
    if (long.length > 0) {
      const { word, i } = pick(random, long);
      set.typo.push(found.words.map((w, j) => (j === i ? withTypo(word, random) : w)).join(' '));
    }
  }
  for (let i = 0; i < count; i++) set.none.push(Array.from({ length: 2 + (i % 3) }, () => nonsenseWord(random)).join(' '));
  for (let i = 0; i < count; i++) set.speakers.push(pick(random, speakers));
  for (let guard = 0; set.topics.length < count && guard < count * 20; guard++) {
    const words = tokenize(pick(random, statements).text).filter((t) => t.norm.length >= 6 && !isStopword(t.norm) && /^\p{L}+$/u.test(t.text));
    if (words.length > 0) set.topics.push(pick(random, words).text);
  }
  return set;
}
