// Attributions that are set off inside their sentence ("The deal, she said, would …") or close it after a clause
// holding other cues ("…, the source added."): where one reading of a sentence's cues takes precedence over another.
import type { Cue } from './cues.ts';
import { isTimeWord, sourceAfter, sourceBefore } from './sources.ts';
import type { Token } from './tokens.ts';

export const CLOSING = new Set(['"', '”', '’', "'", '»']);
export const TERMINAL = new Set(['.', '!', '?']);

const NOUN_PHRASE_WORDS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/**
 * Whether the subject starting at `sourceStart` opens an attribution set off inside its sentence: at the sentence's
 * start, or after a comma, a dash, a closing quote or "as" ("The deal, she said, would …", "“Only you,” she said,
 * would …", "Hawaii, as one adviser pointed out, does …"), counting its determiners and possessors as its own.
 * After a subordinator or a verb it heads a clause of its own ("after the department asked Mills, Sullivan and
 * Abedin to …", "the programs she has proposed, she needs …").
 */
export function setOff(tokens: readonly Token[], sourceStart: number, floor: number): boolean {
  let k = sourceStart - 1;
  // ("an inside source": a preposition right after a determiner is the tagger's name for an adjective.)
  const inPhrase = (t: Token | undefined) => t !== undefined && !t.quoted && (NOUN_PHRASE_WORDS.has(t.pos) || (t.pos === 'ADP' && tokens[t.i - 1]?.pos === 'DET'));
  while (k >= floor && (inPhrase(tokens[k]) || isPossessiveMark(tokens, k))) k--;
  const before = tokens[k];
  if (k < floor || !before) return true;
  return [',', '—', '–', '--'].includes(before.text) || (before.norm === 'as' && !before.quoted) || (before.quoted && CLOSING.has(before.text));
}

/** "News’ Michael": an apostrophe that closes a possessive, written against its word. */
function isPossessiveMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && ['’', "'"].includes(t.text) && t.start === tokens[k - 1]?.end && tokens[k + 1]?.start !== t.end;
}

/**
 * The cue of an attribution that closes its sentence after a clause holding other cues ("…, sources said.",
 * "…, the source added.", "…, said a spokesman."), or null. Only a comma, the source and words of when or where
 * follow what was said.
 */
export function trailingAttribution(tokens: readonly Token[], cues: readonly Cue[], first: number, last: number): Cue | null {
  const cue = cues.at(-1);
  if (!cue || cues.length < 2 || cue.takesAddressee) return null;
  let end = last;
  while (end > cue.last && (TERMINAL.has(tokens[end]?.text ?? '') || CLOSING.has(tokens[end]?.text ?? ''))) end--;
  const comma = cue.sourceSide === 'after' ? commaBeforePreposedSource(tokens, cue, end) : commaBeforeSource(tokens, cue, first, end);
  if (comma === null || tokens[comma]?.text !== ',' || tokens[comma]?.quoted) return null;
  // The clause before the comma holds the other cues, unquoted, and no quote of its own (a quote says whose words
  // they are).
  const others = cues.slice(0, -1);
  if (tokens.slice(first, comma).some((t) => t.quoted) || !others.every((other) => other.at < comma)) return null;
  // ("…, KING-TV reported, while in Chicago …, the Sun-Times reported.": an inner attribution that closes its own
  // clause keeps it.)
  if (others.some((other) => tokens[other.last + 1]?.text === ',' && !tokens[other.last + 1]?.quoted)) return null;
  return cue;
}

/** "…, according to attorneys for the family.": the comma before the cue, when the source ends the sentence. */
function commaBeforePreposedSource(tokens: readonly Token[], cue: Cue, end: number): number | null {
  const source = sourceAfter(tokens, cue.last + 1, end, true);
  return source !== null && source.last === end ? cue.at - 1 : null;
}

/**
 * "…, the source added.", "…, officials said on Monday.": the comma before the source, when after the cue come only
 * a few words of when or where ("on Monday", "in a statement"), with no verb or quote.
 */
function commaBeforeSource(tokens: readonly Token[], cue: Cue, first: number, end: number): number | null {
  const after = tokens.slice(cue.last + 1, end + 1);
  if (after.length > 6 || after.some((t) => t.quoted || t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'that' || t.text === ',' || t.text === ':')) return null;
  const phrase = sourceBefore(tokens, cue.at, first);
  return phrase ? phrase.first - 1 : null;
}

/** Whether ", who …" or ", which …" opens between the last cue (a text offset) and the cue at `cueAt`. */
export function relativeClauseBefore(tokens: readonly Token[], cueAt: number, first: number, lastCueAt: number): boolean {
  for (let k = cueAt - 1; k > first && (tokens[k] as Token).start > lastCueAt; k--) {
    const t = tokens[k] as Token;
    if (t.quoted) return false;
    if ((t.norm === 'who' || t.norm === 'which') && tokens[k - 1]?.text === ',') return true;
  }
  return false;
}

/** A comma after the source, then the sentence's own verb: the attribution was set off inside the sentence. */
export function resumesAfter(tokens: readonly Token[], sourceLast: number): boolean {
  const verb = tokens[sourceLast + 2];
  return tokens[sourceLast + 1]?.text === ',' && !tokens[sourceLast + 1]?.quoted && verb !== undefined && !verb.quoted && (verb.pos === 'VERB' || verb.pos === 'AUX') && !/ing$/.test(verb.norm);
}

/**
 * "“A,” Trump said during a rally in Ohio, “B.”", "“A,” she said, referring to the plan, “B.”", "“A,” he said, but
 * “B.”": after a quote that the attribution follows, the sentence's next quote resumes the speaker's words when only
 * the cue's frame stands between (a place, an occasion, a participle phrase; no verb of its own) and a comma, a
 * colon or "and"/"but" opens it, and no object follows the cue. The token that opens that quote, or null.
 */
export function resumingQuote(tokens: readonly Token[], from: number, stop: number): number | null {
  // ("she added the words, “…”": an object after the cue is what the quote belongs to.)
  const next = tokens[from];
  if (!next || (NOUN_PHRASE_WORDS.has(next.pos) && !isTimeWord(next)) || next.pos === 'PRON') return null;
  for (let k = from; k <= stop && k - from <= 20; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return opensResumedQuote(tokens, k) ? k : null;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.norm)) || TERMINAL.has(t.text) || t.text === ';') return null;
  }
  return null;
}

function opensResumedQuote(tokens: readonly Token[], k: number): boolean {
  let before = k - 1;
  while (tokens[before]?.pos === 'ADV' && ['and', 'but'].includes(tokens[before - 1]?.norm ?? '')) before--;
  const joint = tokens[before];
  return joint !== undefined && (joint.text === ',' || joint.text === ':' || joint.norm === 'and' || joint.norm === 'but');
}
