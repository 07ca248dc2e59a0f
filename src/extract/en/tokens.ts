// Stage 1 of the English pipeline: tokens with offsets, part-of-speech tags and lemmas, and sentence spans.
// wink-nlp's English model tags ~1 M tokens/s after warm-up (about 1.4 ms for a 1,000-word article) and is
// lossless, so every token maps back to an exact offset in the text. Dutch has no model here; it keeps its rules.
import type WinkNlp from 'wink-nlp';
import { lazyRequire } from '../../text/lazy-require.ts';
import { fold } from '../../text/fold.ts';
import { genderOfGivenName } from '../given-names.ts';

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT'
  | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** Index in the paragraph's token list. */
  i: number;
  text: string;
  /** Lower case, accents folded, typographic apostrophes straightened. */
  norm: string;
  lemma: string;
  pos: Pos;
  start: number;
  end: number;
  /** Whether the token is inside a quotation (set by the quote stage). */
  quoted: boolean;
}

export interface TaggedText {
  tokens: Token[];
  /** Sentences as token index ranges [first, last] inclusive. */
  sentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof WinkNlp>;
const loadWink = lazyRequire<typeof WinkNlp>('wink-nlp');
const loadModel = lazyRequire<Parameters<typeof WinkNlp>[0]>('wink-eng-lite-web-model');
let nlp: Nlp | undefined;

/** The lexicon of the model the tagger was made with (captured as wink-nlp reads it), see `forgetPossessives`. */
let lexemes: LearnedLexemes | undefined;

function english(): Nlp {
  if (!nlp) {
    const model = loadModel() as unknown as { core: () => { features: { lexeme: LearnedLexemes } } };
    const core = model.core;
    const captured = Object.assign(Object.create(null), model, {
      core: () => {
        const read = core();
        lexemes = read.features.lexeme;
        return read;
      },
    }) as Parameters<typeof WinkNlp>[0];
    nlp = loadWink()(captured, ['sbd', 'pos']);
  }
  return nlp;
}

/** The part of the model's lexicon that wink-nlp extends with every new word it reads. */
interface LearnedLexemes {
  hash: Record<string, number>;
  list: string[];
}

/** A possessive written as one word: what the tokenizer must keep splitting into the name and "'s". */
const POSSESSIVE = /['’]s$/iu;

/**
 * wink-nlp remembers every new word it reads, across documents, and its tokenizer keeps a remembered word whole:
 * once "Clinton's," (a possessive before a comma, read as one word) has been seen, every later "Clinton's plan"
 * stays one token instead of "Clinton" + "'s", and the tags around it change. What an article yields must not depend
 * on what was read before it (in this thread, at start or later), so the possessives a paragraph taught the model are
 * forgotten once it is tagged. (Measured on 1,755 paragraphs read after 800 other articles: 150 had tokenized
 * differently; none do now.)
 */
function forgetPossessives(lexemes: LearnedLexemes, from: number): void {
  for (let i = from; i < lexemes.list.length; i++) {
    const word = lexemes.list[i] as string;
    if (POSSESSIVE.test(word) && lexemes.hash[word] === i) delete lexemes.hash[word];
  }
}

/** Tags one paragraph of English text. */
export function tagEnglish(text: string): TaggedText {
  const engine = english();
  const its = engine.its;
  const known = lexemes?.list.length ?? 0;
  const doc = engine.readDoc(text);
  if (lexemes) forgetPossessives(lexemes, known);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as Pos[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const tokens: Token[] = [];
  let offset = 0;
  for (const [i, value] of values.entries()) {
    offset += spaces[i]?.length ?? 0;
    const start = offset;
    offset += value.length;
    tokens.push({
      i,
      text: value,
      norm: fold(value),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: tags[i] ?? 'X',
      start,
      end: offset,
      quoted: false,
    });
  }
  const wholeSentences = (doc.sentences().out(its.span as never) as unknown as Array<[number, number]>);
  const clocked = fixClockTimes(tokens, wholeSentences);
  const joined = joinHyphenated(clocked.tokens);
  fixTimesOfDay(joined.tokens);
  fixNameTags(joined.tokens);
  fixAdjectivesAsHeads(joined.tokens);
  fixMisreadHeads(joined.tokens);
  fixAccordingTo(joined.tokens);
  fixVerbsBeforeObjects(joined.tokens);
  fixTitlesEndingInGeneral(joined.tokens);
  fixVerbsInThirdPerson(joined.tokens);
  fixGerundsAfterPossessives(joined.tokens);
  const sentences = clocked.sentences.map(([a, b]) => [joined.indexOf(a), joined.indexOf(b)] as [number, number]);
  return { tokens: joined.tokens, sentences };
}

/** "9", ".", "15pm" as the model splits a British clock time; and a time of day with the sentence's full stop. */
const HOUR = /^\d{1,2}$/;
const MINUTES = /^(\d{2}(?:am|pm)?)(\.?)$/i;
const TIME_WITH_STOP = /^(\d{1,2}(?:[.:]\d{2})?(?:am|pm))\.$/i;

/**
 * "called at 9.15pm, police said", "closed at 9pm. Police said …": the model cuts a British clock time at its dot
 * and ends the sentence there ("9 ." | "15pm"), and keeps the full stop after "pm" in the time, so the next
 * sentence runs on. A clock time is one token, the full stop after it its own, and it ends the sentence when a
 * capital or the paragraph's end follows. Returns the tokens and their sentences.
 */
function fixClockTimes(tokens: Token[], sentences: ReadonlyArray<[number, number]>): TaggedText {
  const needed = tokens.some((t, k) => TIME_WITH_STOP.test(t.text) || (HOUR.test(t.text) && tokens[k + 1]?.text === '.' && MINUTES.test(tokens[k + 2]?.text ?? '')));
  if (!needed) return { tokens, sentences: [...sentences] };
  const oldEnds = new Set(sentences.map(([, last]) => last));
  const out: Token[] = [];
  const ends = new Set<number>();
  const push = (token: Omit<Token, 'i'>) => out.push({ ...token, i: out.length });
  /** A time of day, then its full stop as a token of its own when it has one; true when the stop ends a sentence. */
  const pushTime = (from: Token, text: string, stop: boolean, next: Token | undefined, endedBefore: boolean) => {
    const end = from.start + text.length;
    push({ ...from, text, norm: fold(text), lemma: text.toLowerCase(), pos: 'NUM', end });
    if (!stop) return;
    push({ ...from, text: '.', norm: '.', lemma: '.', pos: 'PUNCT', start: end, end: end + 1 });
    if (endedBefore || next === undefined || /^\p{Lu}/u.test(next.text)) ends.add(out.length - 1);
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const [dot, minutes] = [tokens[k + 1], tokens[k + 2]];
    const joined = dot && minutes && HOUR.test(token.text) && dot.text === '.' && token.end === dot.start && dot.end === minutes.start ? MINUTES.exec(minutes.text) : null;
    if (joined) {
      pushTime(token, `${token.text}.${joined[1]}`, joined[2] === '.', tokens[k + 3], oldEnds.has(k + 2));
      if (joined[2] !== '.' && oldEnds.has(k + 2)) ends.add(out.length - 1);
      k += 2;
      continue;
    }
    const withStop = TIME_WITH_STOP.exec(token.text);
    if (withStop) {
      pushTime(token, withStop[1] as string, true, tokens[k + 1], oldEnds.has(k));
      continue;
    }
    push(token);
    if (oldEnds.has(k)) ends.add(out.length - 1);
  }
  const rebuilt: Array<[number, number]> = [];
  let first = 0;
  for (let k = 0; k < out.length; k++) {
    if (!ends.has(k) && k < out.length - 1) continue;
    rebuilt.push([first, k]);
    first = k + 1;
  }
  return { tokens: out, sentences: rebuilt };
}

/** A word of a hyphenated compound: letters only, two at least ("Iran", "backed"; not "R" of "R-Ohio", nor "9"). */
const COMPOUND_PART = /^\p{L}{2,}$/u;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|single|double|triple|multi|first|second|third)$/i;

/** A name's word: a capital, then small letters ("Ocasio", "Mogg"; not "R" of "R-Ohio", nor "N.Y."). */
const NAME_PART = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Alexandria Ocasio-Cortez", "Karine Jean-Pierre", "Jacob Rees-Mogg": the model splits a hyphenated name at its
 * hyphen, and the name's last part alone then spoke ("Cortez"), or the name was no name ("Jean - Pierre"). Two name
 * words joined by a hyphen with no space are one token, and so are a title and "-elect" and a compound of words
 * ("Iran-backed"). Returns the tokens and where each old index went.
 */
function joinHyphenated(tokens: Token[]): { tokens: Token[]; indexOf: (old: number) => number } {
  const joinable = (k: number) => {
    const [left, hyphen, right] = [tokens[k - 1], tokens[k], tokens[k + 1]];
    if (hyphen?.text !== '-' || left === undefined || right === undefined || left.end !== hyphen.start || hyphen.end !== right.start) return false;
    // ("the president-elect said", "the mayor-elect": one title, which the model split into a noun and a verb.)
    if (right.norm === 'elect') return left.pos === 'NOUN' || left.pos === 'PROPN';
    if (left.pos === 'PROPN' && right.pos === 'PROPN' && NAME_PART.test(left.text) && NAME_PART.test(right.text)) return true;
    // "Iran-backed rebels", "the Saudi-led coalition", "state-run media", "a London-based group": a compound of words
    // (not "R-Ohio", "9-11") is one word; split, its last part read as a verb and the subject was lost.
    // (Not after a number, "71-year-old", nor of one, "two-thirds", "three-term": the rules for ages and shares read
    // those in their parts.)
    const afterNumber = tokens[k - 2]?.text === '-' && tokens[k - 3]?.pos === 'NUM';
    return COMPOUND_PART.test(left.text) && COMPOUND_PART.test(right.text) && /^\p{Ll}/u.test(right.text) && !afterNumber && !NUMBER_WORDS.test(left.text);
  };
  if (!tokens.some((_, k) => joinable(k))) return { tokens, indexOf: (old) => old };
  const out: Token[] = [];
  const newIndex: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const last = out.at(-1);
    if (last && joinable(k) && last.end === token.start) {
      const right = tokens[k + 1] as Token;
      const text = `${last.text}-${right.text}`;
      // A compound before a noun qualifies it ("Iran-backed rebels"); otherwise it is what its last part is, a noun
      // for a title ("the ex-president said"), and never a verb.
      // ("Ban Ki-moon", "Kim Jong-un": after a name, a capitalised part and a small one are the name's last word.)
      const compound = /^\p{Ll}/u.test(right.text) && right.norm !== 'elect';
      const beforeNoun = ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[k + 2]?.pos ?? '');
      let pos: Pos = last.pos;
      if (/^\p{Lu}/u.test(last.text) && tokens[k - 2]?.pos === 'PROPN') pos = 'PROPN';
      else if (compound) pos = beforeNoun || right.pos === 'VERB' || right.pos === 'AUX' ? 'ADJ' : right.pos;
      Object.assign(last, { text, norm: fold(text), lemma: text.toLowerCase(), end: right.end, pos });
      newIndex[k] = out.length - 1;
      newIndex[k + 1] = out.length - 1;
      k++;
      continue;
    }
    newIndex[k] = out.length;
    out.push({ ...token, i: out.length });
  }
  return { tokens: out, indexOf: (old) => newIndex[old] ?? out.length - 1 };
}

/**
 * The model tags some surnames as verbs or adjectives ("Lynch said", "Hester said"). A capitalised word right
 * before a verb, or inside a sentence where it cannot be a sentence opener, is a name.
 */
function fixNameTags(tokens: Token[]): void {
  for (const [i, token] of tokens.entries()) {
    // ("the Saudi-led coalition": a compound ending in a small letter qualifies; it is no name.)
    if (token.pos === 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(token.text) || /-\p{Ll}/u.test(token.text)) continue;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const opensSentence = !previous || /^[.!?"“”'‘’:;(—–-]$/u.test(previous.text) || previous.text === "''";
    const beforeVerb = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && token.pos !== 'PRON' && token.pos !== 'DET' && token.pos !== 'ADV' && token.pos !== 'SCONJ' && token.pos !== 'CCONJ' && token.pos !== 'ADP';
    // A capitalised auxiliary right after a name is the name's last part: "Theresa May", "Brian Will".
    const afterName = previous?.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && (token.pos === 'AUX' || token.pos === 'PART');
    if (!opensSentence && (token.pos === 'VERB' || token.pos === 'NOUN' || token.pos === 'ADJ' || afterName)) token.pos = 'PROPN';
    // ("Keeps saying she opposed the war.": a verb in -s before a participle opens a fragment without a subject.)
    else if (opensSentence && token.pos === 'VERB' && beforeVerb && !/ing$/.test(token.norm) && !/ing$/.test(next?.norm ?? '')) token.pos = 'PROPN';
    // "Downing Street said", "Sterling Bank said": a word in -ing opening the sentence right before a name and its
    // verb is the name's first word; a gerund there would be the subject, and gerunds do not speak. ("Leaving
    // Washington, he …" has a comma; "Say Mexico demanded …" is an imperative, not in -ing.)
    else if (opensSentence && token.pos === 'VERB' && /ing$/.test(token.norm) && next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && tokens[i + 2]?.pos === 'VERB' && !/ing$/.test(tokens[i + 2]?.norm ?? '')) token.pos = 'PROPN';
    // "Grant Young, another strategist, said": a known given name opening the sentence before a name is its first part.
    else if (opensSentence && next?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(next.text) && genderOfGivenName(token.text) !== null) token.pos = 'PROPN';
  }
}

/**
 * "at 3 PM", "10 am": after a number, "am" and "pm" are times of day, and read as "a.m." and "p.m.". Elsewhere they
 * are a title ("the PM said", Britain's prime minister) or a verb ("I am").
 */
function fixTimesOfDay(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if ((token.norm === 'am' || token.norm === 'pm') && tokens[i - 1]?.pos === 'NUM') token.norm = `${token.norm[0]}.m.`;
  }
}

/** Adjectives news uses as nouns for a body of people: "the military", "the public", "those present". */
const ADJECTIVES_AS_NOUNS = new Set(['military', 'public', 'present', 'elderly', 'wounded', 'injured', 'accused', 'unemployed', 'homeless', 'faithful', 'opposition', 'socialist', 'communist', 'conservative', 'liberal', 'progressive', 'nationalist', 'populist']);

/**
 * "Israel's military said", "The Israeli military said", "Those present said": one of these words, tagged as an
 * adjective, after a determiner, a possessive or a name and right before a verb, is the noun phrase's head. (Only
 * these: read for every adjective, the rule made speakers of "the New Hampshire primary threatens" and of "The
 * Republican incumbent", who then took a "she" that was the senator's.)
 */
function fixAdjectivesAsHeads(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (token.pos !== 'ADJ' || !ADJECTIVES_AS_NOUNS.has(token.norm) || tokens[i + 1]?.pos !== 'VERB' || /ing$/.test(tokens[i + 1]?.norm ?? '')) continue;
    if (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'PROPN' || (before.pos === 'PART' && /^['’]s$/.test(before.text))) token.pos = 'NOUN';
  }
}

/**
 * Heads the model reads as other words. "The police chief said", "the EU's foreign policy chief told reporters",
 * "the chief of staff said": the model tags "chief" as an adjective wherever it stands, but as one it only ever
 * comes before the noun it qualifies ("chief executive", "chief economist"); before anything else it is the noun
 * phrase's head. "a Kyiv-based think tank said": "think" there is the compound noun's first word.
 */
function fixMisreadHeads(tokens: Token[]): void {
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    if (token.norm === 'chief' && token.pos === 'ADJ' && next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && next?.pos !== 'ADJ') token.pos = 'NOUN';
    if (token.norm === 'think' && /^tanks?$/.test(next?.norm ?? '')) token.pos = 'NOUN';
  }
}

/**
 * "according to" is a preposition: the word after it opens a noun phrase, never an infinitive, though the model
 * reads "according to police" as "to police" the verb.
 */
function fixAccordingTo(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' && tokens[i - 1]?.norm === 'to' && tokens[i - 2]?.norm === 'according') token.pos = 'NOUN';
  }
}

/** Object pronouns that only follow a verb or a preposition ("her" and "it" can also start a noun phrase). */
const OBJECT_ONLY = new Set(['them', 'him', 'us', 'me']);

/**
 * "Obama and Clinton call them “lone wolves”": a noun cannot take an object pronoun, so a word the model tagged as
 * a noun between a subject and "them", "him", "us" or "me" is a verb.
 */
function fixVerbsBeforeObjects(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    const subject = tokens[i - 1] as Token;
    if (token.pos === 'NOUN' && OBJECT_ONLY.has(tokens[i + 1]?.norm ?? '') && ['PROPN', 'NOUN', 'PRON'].includes(subject.pos) && /^\p{Ll}/u.test(token.text)) token.pos = 'VERB';
  }
}

const CLOSING_QUOTES = new Set(['”', '"', "''", '’']);

/**
 * "she notes", "“…,” Bozell answers.": a word in -s that the model reads as a plural noun ("notes", "answers",
 * "claims", "remarks") is a verb in the third person after a subject pronoun, or after a name that follows a
 * quotation and ends the sentence. A subject pronoun never starts a noun phrase, and after a quote a name and one
 * more word before the full stop are the attribution.
 */
function fixVerbsInThirdPerson(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'NOUN' || !/^\p{Ll}\p{L}*[^s]s$/u.test(token.text)) continue;
    const subject = tokens[i - 1] as Token;
    if (['he', 'she', 'it'].includes(subject.norm) && subject.pos === 'PRON') {
      token.pos = 'VERB';
      continue;
    }
    if (subject.pos !== 'PROPN' || !/^[.,!?;]$/u.test(tokens[i + 1]?.text ?? '.')) continue;
    let first = i - 1;
    while (first > 0 && tokens[first - 1]?.pos === 'PROPN') first--;
    if (CLOSING_QUOTES.has(tokens[first - 1]?.text ?? '') && /^[,!?]$/u.test(tokens[first - 2]?.text ?? '')) token.pos = 'VERB';
  }
}

/** Possessive pronouns that only ever determine a noun ("her" is also an object: "heard her saying"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

/**
 * "a source familiar with Cruz's thinking said", "their handling of it": a word in -ing after a possessive, before
 * a verb or "of", is a noun (what the possessor thinks or does), not a verb of the sentence.
 */
function fixGerundsAfterPossessives(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'VERB' || !/ing$/.test(token.norm)) continue;
    const before = tokens[i - 1] as Token;
    // Only as the head of a noun phrase, before its verb or an "of" phrase: before a noun it describes the noun
    // ("Trump's remaining rivals"), and with an object or a place it is a clause ("Britain's remaining in the EU").
    const next = tokens[i + 1];
    if (!next || !(next.pos === 'VERB' || next.pos === 'AUX' || next.norm === 'of')) continue;
    if ((before.norm === "'s" && before.pos === 'PART') || POSSESSIVE_DETERMINERS.has(before.norm)) token.pos = 'NOUN';
  }
}

/** Offices named with a "general" after them: "attorney general", "Surgeon General", "secretary-general". */
const GENERAL_OFFICES = new Set(['attorney', 'attorneys', 'surgeon', 'secretary', 'inspector', 'inspectors', 'solicitor', 'governor', 'postmaster', 'consul', 'advocate', 'procurator', 'prosecutor']);

/** "the attorney general confirmed": "general" after an office is the office's head noun, not an adjective. */
function fixTitlesEndingInGeneral(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.norm !== 'general' && token.norm !== 'generals') continue;
    const office = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
    if (office && GENERAL_OFFICES.has(office.norm)) token.pos = /^\p{Lu}/u.test(token.text) && office.pos === 'PROPN' ? 'PROPN' : 'NOUN';
  }
}
