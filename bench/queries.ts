// The benchmark's questions, drawn from the corpus itself (deterministic by seed): exact phrases said in it, the
// same with one typo, speaker names and topic words for timelines, phrases that must match nothing, and phrases
// that ask the opposite of what was said (negated, or a word swapped for its opposite).
import type { Statement } from '../src/model.ts';
import { type Token, tokenize } from '../src/text/fold.ts';
import { isStopword } from '../src/text/stopwords.ts';
import { isNegator } from '../src/answer/polarity.ts';
import { type Random, pick } from './random.ts';

/** A question that asks the opposite of what a statement says, and the statement it must not be matched to. */
export interface OppositeQuery {
  query: string;
  statement: string;
}

export interface QuerySet {
  exact: string[];
  /** Two neighbouring words of a statement, both meaningful: the shortest question people ask. */
  twoWord: string[];
  /** Corpus phrases with a negation added or taken away. */
  negated: OppositeQuery[];
  /** Corpus phrases with a word swapped for its opposite. */
  opposite: OppositeQuery[];
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

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'has', 'have', 'had', 'do', 'does', 'did', 'may', 'might']);

/** How far before a phrase a negation can still reach into it (the bot's NegEx-style scope is five words). */
const NEGATION_REACH = 5;

/**
 * The phrase with its one negation taken away, or "not" put after its first auxiliary (or before it all) — only
 * where the sense is unambiguous: no other negation stands within reach of the phrase, the statement is not
 * a denial (which flips the sense once more), and the negation has a word of the phrase after it to negate.
 */
function negate(statement: Statement, tokens: readonly Token[], start: number, length: number): string | null {
  if (statement.polarity === 'denied') return null;
  const words = tokens.slice(start, start + length).map((token) => token.text);
  const reach = tokens.slice(Math.max(0, start - NEGATION_REACH), start + length + NEGATION_REACH);
  const negators = reach.filter((token) => isNegator(token.norm));
  if (negators.length > 1) return null;
  const [negator] = negators;
  if (negator) {
    const at = tokens.indexOf(negator) - start;
    // The negation must reach a word that carries meaning: "… a partner. Nor do" negates "do", not "partner".
    const negatesContent = tokens.slice(start + at + 1, start + length).some((token) => !isStopword(token.norm));
    return at >= 0 && at < length - 1 && negatesContent ? words.filter((_, i) => i !== at).join(' ') : null;
  }
  const aux = words.findIndex((word) => AUXILIARIES.has(word.toLowerCase()));
  if (aux >= 0 && aux < length - 1) return [...words.slice(0, aux + 1), 'not', ...words.slice(aux + 1)].join(' ');
  return ['not', ...words].join(' ');
}

/** Opposite words to swap in, for the opposite-meaning questions (the bench's own list, not the bot's). */
const SWAPS: Record<string, string> = {
  support: 'oppose', supports: 'opposes', supported: 'opposed', oppose: 'support', opposes: 'supports', increase: 'decrease',
  increased: 'decreased', rise: 'fall', rising: 'falling', win: 'lose', won: 'lost', accept: 'reject', accepted: 'rejected',
  agree: 'disagree', agreed: 'disagreed', more: 'less', higher: 'lower', strong: 'weak', open: 'close', true: 'false',
  possible: 'impossible', likely: 'unlikely', praised: 'criticized', welcomed: 'condemned', always: 'never', legal: 'illegal',
};

function phrase(statement: Statement, random: Random): { text: string; words: string[]; tokens: Token[]; start: number } | null {
  const tokens = tokenize(statement.text);
  if (tokens.length < 4) return null;
  const length = 3 + Math.floor(random() * 3);
  const start = Math.floor(random() * Math.max(1, tokens.length - length));
  const window = tokens.slice(start, start + length);
  if (window.filter((t) => !isStopword(t.norm)).length < 2) return null;
  return { text: window.map((t) => t.text).join(' '), words: window.map((t) => t.text), tokens, start };
}

const LETTERS = 'bcdfghjklmnpqrstvwxz';

function nonsenseWord(random: Random): string {
  return Array.from({ length: 7 + Math.floor(random() * 3) }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('');
}

export function makeQueries(statements: readonly Statement[], count: number, random: Random): QuerySet {
  const set: QuerySet = { exact: [], twoWord: [], negated: [], opposite: [], typo: [], none: [], speakers: [], topics: [] };
  const speakers = [...new Set(statements.map((s) => s.speaker.canonical))];
  for (let guard = 0; set.exact.length < count && guard < count * 20; guard++) {
    const statement = pick(random, statements);
    const found = phrase(statement, random);
    if (!found) continue;
    set.exact.push(found.text);
    const negated = negate(statement, found.tokens, found.start, found.words.length);
    if (negated) set.negated.push({ query: negated, statement: statement.id });
    // A slip in a stop word ("there" → "three") can make another word, which no reader could take for a typo.
    const long = found.words.map((word, i) => ({ word, i })).filter(({ word }) => word.length >= 5 && /^\p{L}+$/u.test(word) && !isStopword(word.toLowerCase()));
    if (long.length > 0) {
      const { word, i } = pick(random, long);
      set.typo.push(found.words.map((w, j) => (j === i ? withTypo(word, random) : w)).join(' '));
    }
  }
  // Opposites: every statement with a word of the list, up to `count`, that word swapped in a phrase around it.
  for (const statement of statements) {
    if (set.opposite.length >= count) break;
    if (statement.polarity === 'denied') continue;
    const tokens = tokenize(statement.text);
    const at = tokens.findIndex((token) => SWAPS[token.norm] !== undefined);
    // A statement that already has the swapped-in word ("more or less") says both: no opposite to ask.
    if (at < 0 || tokens.some((token) => token.norm === SWAPS[(tokens[at] as Token).norm])) continue;
    // A negation within reach makes the swap a double negative ("not prepared to accept" ≈ "prepared to reject"):
    // no clear opposite to ask.
    if (tokens.slice(Math.max(0, at - NEGATION_REACH), at + 3).some((token) => isNegator(token.norm))) continue;
    const window = tokens.slice(Math.max(0, at - 2), at + 3).map((token, i, all) => (all[i] === tokens[at] ? (SWAPS[token.norm] as string) : token.text));
    set.opposite.push({ query: window.join(' '), statement: statement.id });
  }
  for (let i = 0; i < count; i++) set.none.push(Array.from({ length: 2 + (i % 3) }, () => nonsenseWord(random)).join(' '));
  for (let i = 0; i < count; i++) set.speakers.push(pick(random, speakers));
  for (let guard = 0; set.topics.length < count && guard < count * 20; guard++) {
    const words = tokenize(pick(random, statements).text).filter((t) => t.norm.length >= 6 && !isStopword(t.norm) && /^\p{L}+$/u.test(t.text));
    if (words.length > 0) set.topics.push(pick(random, words).text);
  }
  // Last, so the other sets are the ones earlier benches drew.
  for (let guard = 0; set.twoWord.length < count && guard < count * 20; guard++) {
    const tokens = tokenize(pick(random, statements).text);
    const at = Math.floor(random() * Math.max(1, tokens.length - 1));
    const pair = tokens.slice(at, at + 2);
    if (pair.length === 2 && pair.every((token) => !isStopword(token.norm) && /^\p{L}+$/u.test(token.text))) set.twoWord.push(pair.map((token) => token.text).join(' '));
  }
  return set;
}
