// Whether a hit says what was asked or its opposite. "Must continue" and "must not continue" share every meaningful
// word, so word overlap alone would present one as the other; here a negation near the matched words, or a
// denial as the reporting verb, flips the sense, and an odd number of flips between question and statement makes
// the hit a contrast rather than a match.
import type { Contrast, Highlight, Polarity } from '../model.ts';
import type { Token } from '../text/fold.ts';
import { DENIAL_WORD } from '../extract/lexicon.ts';
import { areOpposites, hasOpposite } from './antonyms.ts';

/** Words that negate what follows them, in English and Dutch. */
const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'cannot', 'nowhere',
  'niet', 'geen', 'nooit', 'niets', 'niemand', 'noch', 'nergens',
]);

/** How far a negation reaches: NegEx's window, the few words after the trigger. */
const SCOPE = 5;

export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

function isDenialWord(norm: string): boolean {
  // A denial in the question ("Beijing denies it supports …") flips it like a negation.
  return DENIAL_WORD.test(norm);
}

/** A word that sets a question's polarity rather than its topic: matched by sense, never as a word to find. */
export function isPolarityWord(norm: string): boolean {
  return isNegator(norm) || isDenialWord(norm);
}

/** The question's flips: its negations and denial words, as typed. */
export function questionFlips(words: readonly string[]): string[] {
  return words.filter(isPolarityWord);
}

/**
 * The question's flips against one statement: a denial word the statement also has, as written, is a word both
 * say ("the union rejected the offer"), not the question's sense; "Beijing denies it supports …" keeps its flip,
 * because there the denial is the reporting verb, outside the statement's words.
 */
export function flipsAgainst(flips: readonly string[], tokens: readonly Token[]): string[] {
  return flips.filter((flip) => isNegator(flip) || !tokens.some((token) => token.norm === flip));
}

/** Auxiliaries and modals: English puts the negation right after them ("should not be", "did not say"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/**
 * The negations in a statement whose scope covers a matched word, as written. A "not" elsewhere in a long
 * statement is about something else and does not change what the matched words say.
 */
export function negationsOver(tokens: readonly Token[], highlights: readonly Highlight[]): Token[] {
  const matched = tokens.map((token) => highlights.some((h) => token.start >= h.start && token.end <= h.end));
  const found: Token[] = [];
  tokens.forEach((token, i) => {
    if (!isNegator(token.norm)) return;
    // "four years should not be": a matched auxiliary right before the negation is negated with what follows.
    if (matched[i - 1] && AUXILIARIES.has(tokens[i - 1]?.norm ?? '')) {
      found.push(token);
      return;
    }
    for (let j = i + 1; j <= i + SCOPE && j < tokens.length; j++) {
      // "do not reject the planned economy": the "not" negates the denial, and the two say the words are so.
      if (isDenialWord(tokens[j]?.norm ?? '') && !matched[j]) return;
      if (matched[j]) {
        found.push(token);
        return;
      }
    }
  });
  return found;
}

/**
 * Negations over question words the statement has only away from the run, each time negated: "The rule was
 * intended …; however, the rule was not meant …" asked "the rule was meant". The run ("the rule was") says
 * nothing of "meant"; where the statement does say it, it says the opposite.
 */
export function negationsAway(tokens: readonly Token[], highlights: readonly Highlight[], near: readonly Highlight[], asked: readonly string[]): Token[] {
  const inside = (spans: readonly Highlight[]) => tokens.filter((token) => spans.some((h) => token.start >= h.start && token.end <= h.end));
  const nearWords = new Set(inside(near).map((token) => token.norm));
  // Only the question's own words as written: a typo match away from the run ("here" as "were") is another word.
  const away = inside(highlights.filter((h) => !near.includes(h))).filter((token) => !nearWords.has(token.norm) && asked.includes(token.norm));
  const found: Token[] = [];
  for (const word of new Set(away.map((token) => token.norm))) {
    const each = away.filter((token) => token.norm === word).map((token) => negationsOver(tokens, [{ start: token.start, end: token.end }]));
    if (each.every((negators) => negators.length > 0)) for (const negator of each.flat()) if (!found.includes(negator)) found.push(negator);
  }
  return found;
}

/**
 * How the statement differs in sense from the question, or null when it says the same. A denial counts as one
 * negation: "it supports the invasion", denied, answers "does not support the invasion" and contrasts with
 * "supports the invasion".
 */
export function contrastWith(questionFlips: readonly string[], polarity: Polarity, cue: string, negations: readonly Pick<Token, 'text'>[]): Contrast | null {
  const statementFlips = negations.length + (polarity === 'denied' ? 1 : 0);
  if ((statementFlips - questionFlips.length) % 2 === 0) return null;
  if (polarity === 'denied' && negations.length % 2 === 0) return { kind: 'denied', cue };
  const inStatement = negations[0];
  if (inStatement) return { kind: 'negation', word: inStatement.text, inStatement: true };
  return { kind: 'negation', word: questionFlips[0] ?? 'not', inStatement: false };
}

/**
 * The matched words that belong to the question's longest run: the run and those within a negation's reach after it. A typo match
 * twenty words away is about something else, and so is a "not" next to it.
 */
export function nearRun(tokens: readonly Token[], highlights: readonly Highlight[], run: Highlight | null): Highlight[] {
  if (!run) return [...highlights];
  const first = tokens.findIndex((token) => token.start >= run.start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= run.end) last++;
  // From the run on: a negation before the run still reaches into it, but not one that only covers a stray match
  // before it.
  const hi = (tokens[Math.min(tokens.length - 1, last + SCOPE)] as Token).end;
  return highlights.filter((h) => h.end > run.start && h.start < hi);
}

/**
 * A question word the statement does not have as written, where the statement has its opposite: "China supports
 * the plan" against "China opposes the plan". Written, not typo-matched: "lower" must not pass as "slower" when
 * the statement says "higher".
 */
export function oppositeOf(contentWords: readonly string[], tokens: readonly Token[]): Contrast | null {
  for (const asked of contentWords) {
    if (!hasOpposite(asked) || tokens.some((token) => token.norm === asked)) continue;
    const said = tokens.find((token) => areOpposites(asked, token.norm));
    if (said) return { kind: 'opposite', asked, said: said.text };
  }
  return null;
}
