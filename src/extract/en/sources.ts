// Stage 4: sources. The phrase that names who spoke stands before the cue ("A smiling Clinton told…", "Michael
// Mulgrew, president of the union, said…", "President Obama on Tuesday accused…") or after it ("…," said Mr. Holtz-
// Eakin, an economist; "according to a campaign aide"). Phrases are read from part-of-speech tags: a noun phrase
// is determiners, adjectives, nouns, names and possessives, optionally followed by "of/for/in …" phrases.
import { isRoleWord } from '../lexicon.ts';
import type { Token } from './tokens.ts';

export interface SourcePhrase {
  /** Token index range of the whole phrase, appositive included: [first, last]. */
  first: number;
  last: number;
  /** The core noun phrase, without an appositive or relative clause: [first, last]. */
  coreFirst: number;
  coreLast: number;
  /** The cue stands in a relative clause about the source ("Mr. Kim, who said …, is"): what was said ends with it. */
  inRelativeClause?: boolean;
}

const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today tonight yesterday morning afternoon evening night
  week weekend month year earlier later recently last this next ago january february march april may june july august
  september october november december a.m. p.m. midday noon`
    .split(/\s+/)
    .filter(Boolean),
);
const NOUNISH = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'DET', 'PART', 'X', 'SYM']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which']);
/** Possessive pronouns: they open a noun phrase ("his adviser"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Prepositions that extend a noun phrase ("president of the union", "a source in the room"). */
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']);
/** Prepositions after a subject's head that still belong to it ("advisers to the mayor", "a spokesman for Exxon"). */
const SUBJECT_PREPOSITIONS = new Set([...NP_PREPOSITIONS, 'to']);
const RELATIVE_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
/** Question words: a phrase they open is inside an embedded question, not a subject ("which countries should"). */
export const WH_WORDS = new Set(['which', 'what', 'whose', 'whom', 'how', 'why', 'where', 'when', 'whether']);
/** Prepositions proper (not "as", "after", "while", which also open clauses): a phrase after one is its object. */
const PREPOSITIONS = new Set(`of in on at for with from to by about into over under between among against through during without within like than per toward towards upon via`.split(' '));
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me']);
const DASHES = new Set(['—', '–', '--', '-']);
const QUOTE_MARKS = /^(?:["“”'‘’]|''|``)$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'one', 'some', 'several', 'many', 'two', 'three', 'both', 'all', 'other', 'few']);

export function isTimeWord(token: Token | undefined): boolean {
  return token !== undefined && TIME_WORDS.has(token.norm);
}

/** Participles that report speech themselves ("Reed, saying …, said" does not occur; "…, saying" is its own cue). */
const CUE_PARTICIPLES = new Set(['saying', 'adding', 'telling', 'arguing', 'noting', 'claiming', 'insisting']);
/**
 * Participles news puts before a noun as adjectives: "Leading Democrats", "striking workers", "hacking specialists",
 * "Elected officials", "retired generals".
 */
const ADJECTIVAL_PARTICIPLES = new Set(
  `leading ruling governing opposing striking protesting outgoing incoming sitting acting founding presiding remaining
  visiting participating dissenting smiling grieving reigning surviving competing warring demonstrating marching voting
  working ailing aging rising emerging trailing polling hacking training marketing banking housing lending fundraising
  advertising campaigning ranking restructuring elected retired unnamed unidentified concerned affected frustrated
  disaffected registered appointed`
    .split(/\s+/)
    .filter(Boolean),
);

/** Adjectives that take a phrase after a source's head: "a person familiar with the talks", "sources close to him". */
const POSTMODIFYING_ADJECTIVES = new Set(['familiar', 'close', 'knowledgeable', 'privy', 'loyal', 'briefed', 'involved']);

/** Months that are also names: after a capitalised name they are its last part ("Theresa May", "Kate April"). */
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);

function isNameMonth(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const previous = tokens[k - 1];
  return t !== undefined && NAME_MONTHS.has(t.norm) && /^\p{Lu}/u.test(t.text) && previous?.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && tokens[k + 1]?.pos !== 'NUM';
}

function isNounish(token: Token | undefined, tokens?: readonly Token[]): boolean {
  if (!token || token.quoted) return false;
  // "warm-and-fuzzy", "up-and-coming": a word joined by hyphens on both sides is inside a compound word.
  if (tokens && token.pos === 'CCONJ' && isGluedHyphen(tokens[token.i - 1], token, false) && isGluedHyphen(tokens[token.i + 1], token, true)) return true;
  // "conservative-leaning": a hyphen inside a word.
  if (token.text === '-' && tokens) {
    const before = tokens[token.i - 1];
    const after = tokens[token.i + 1];
    return before !== undefined && after !== undefined && before.end === token.start && after.start === token.end;
  }
  // "the Rev. Peter Wherry", "Gen. Mark Milley": a title's period, where the tokenizer split it off, is inside the name.
  if (token.text === '.' && tokens) {
    const before = tokens[token.i - 1];
    const after = tokens[token.i + 1];
    return before !== undefined && after !== undefined && before.end === token.start && TITLE_ABBREVIATIONS.has(before.norm) && after.pos === 'PROPN';
  }
  if (NOUNISH.has(token.pos)) return token.pos !== 'PART' || token.norm === "'s" || token.norm === "'";
  return POSSESSIVES.has(token.norm);
}

/** Whether `hyphen` is a hyphen written against `word` (after it when `after`, else before it). */
function isGluedHyphen(hyphen: Token | undefined, word: Token, after: boolean): boolean {
  return hyphen !== undefined && hyphen.text === '-' && (after ? hyphen.start === word.end : hyphen.end === word.start);
}

const TITLE_ABBREVIATIONS = new Set(['rev', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'prof', 'dr', 'mr', 'mrs', 'ms', 'pres', 'supt', 'insp']);

const isHead = (token: Token | undefined) => token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM') && !isTimeWord(token);

/** Skips, leftwards from `j`, words that may stand between a subject and its verb: adverbs, auxiliaries, time phrases, a parenthesis. */
function skipBackToSubject(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  while (k >= floor) {
    const t = tokens[k] as Token;
    if (t.quoted) break;
    // "The ministry less than two weeks ago said": a span of time back from now is when, not who.
    if (t.norm === 'ago') {
      k--;
      while (k >= floor && (TIME_UNITS.test(tokens[k]?.norm ?? '') || tokens[k]?.pos === 'NUM' || ['a', 'an', 'few', 'several', 'less', 'more', 'than', 'about', 'nearly', 'just', 'some'].includes(tokens[k]?.norm ?? ''))) k--;
      continue;
    }
    if (t.pos === 'ADV' || t.pos === 'AUX' || (t.pos === 'PART' && t.norm !== "'s")) {
      k--;
      continue;
    }
    if (isTimeWord(t) && !isNameMonth(tokens, k)) {
      k--;
      while (k >= floor && (isTimeWord(tokens[k]) || ['on', 'in', 'at', 'during', 'early', 'late', 'this', 'last', 'next', 'earlier'].includes(tokens[k]?.norm ?? ''))) k--;
      continue;
    }
    // "who in 2010 said": a year between the subject and the verb is when, not who.
    if (t.pos === 'NUM' && /^(?:19|20)\d\d$/.test(t.norm) && ['in', 'during', 'since'].includes(tokens[k - 1]?.norm ?? '')) {
      k -= 2;
      continue;
    }
    // "continued to warn", "are quick to point out", "went on to say": the verb before the infinitive only carries
    // the saying; its subject is the speaker.
    if (tokens[k + 1]?.norm === 'to' && (['continue', 'proceed'].includes(t.lemma) || t.norm === 'quick')) {
      k--;
      continue;
    }
    if (tokens[k + 1]?.norm === 'to' && t.norm === 'on' && tokens[k - 1]?.lemma === 'go') {
      k -= 2;
      continue;
    }
    if (t.text === ')') {
      const open = findBack(tokens, k - 1, floor, (x) => x.text === '(');
      if (open < 0) break;
      k = open - 1;
      continue;
    }
    break;
  }
  return k;
}

const STATE_LIKE = /^(?:\p{Lu}\p{Ll}{0,4}\.?|\p{Lu}{2,3})$/u;

/** "…, of Ashton, Md." / "…, 59" ending at `j`: the index before them (at the name), or null. */
function skipTownAndAge(tokens: readonly Token[], j: number, floor: number): number | null {
  let k = j;
  if (tokens[k]?.pos === 'PROPN' && STATE_LIKE.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',') {
    // "…, a truck driver from Ava, Mo.": the town and its state end the description before them; it is read next.
    if (tokens[k - 2]?.pos === 'PROPN' && ['from', 'of', 'in'].includes(tokens[k - 3]?.norm ?? '') && isHead(tokens[k - 4])) return k - 4;
    const town = findBack(tokens, k - 2, Math.max(floor, k - 6), (x) => x.text === ',' && !x.quoted);
    if (town <= floor || !['of', 'from'].includes(tokens[town + 1]?.norm ?? '')) return null;
    k = town - 1;
  } else if (tokens[k]?.pos === 'PROPN' && ['of', 'from'].includes(tokens[k - 1]?.norm ?? '') && tokens[k - 2]?.text === ',') {
    k -= 3;
  } else return null;
  if (isAge(tokens, k)) k -= 2;
  return isHead(tokens[k]) ? k : null;
}

/** "Tom Hale, 56," / "Yin Myint May, 60,": a number at `j` set off as the age of the name before it. */
function isAge(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.pos === 'NUM' && tokens[j - 1]?.text === ',' && (isHead(tokens[j - 2]) || isNameMonth(tokens, j - 2));
}

/** A description set off after a name ("Ayrault, the foreign minister of France"): the index of the name's end. */
function skipDescription(tokens: readonly Token[], j: number, floor: number): number | null {
  const description = withOfPhrases(tokens, nounPhraseEndingAt(tokens, j, floor), floor);
  if (!description || tokens[description[0] - 1]?.text !== ',') return null;
  const opener = tokens[description[0]];
  // ("Murshed Zaheed, acting political director of CREDO Action, …": a role in lower case anywhere in it describes.)
  // ("her senior policy adviser, Jake Sullivan, said": with a possessive it is the subject the name then describes.)
  const roleInside = !POSSESSIVES.has(opener?.norm ?? '') && tokens.slice(description[0], description[1] + 1).some((t) => /^\p{Ll}/u.test(t.text) && isRoleWord(t.norm));
  const describes = opener !== undefined && (opener.pos === 'DET' || roleInside);
  if (!describes) return null;
  // "Tom Hale, 67, a retired clerk in Dayton, said": an age between the name and its description.
  let nameEnd = description[0] - 2;
  if (tokens[nameEnd]?.pos === 'NUM' && tokens[nameEnd - 1]?.text === ',') nameEnd -= 2;
  const name = nounPhraseEndingAt(tokens, nameEnd, floor);
  return name && tokens[name[1]]?.pos === 'PROPN' ? name[1] : null;
}

/**
 * Whether tokens[from..to] hold a subject and its verb before any relative pronoun ("two speechwriters implored
 * her"): a clause rather than a noun phrase. A participle ("a book analyzing …") is not one, nor a noun the tagger
 * took for a verb ("its only ally"), nor the last word (a verb has something after it).
 */
function hasOwnVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (['who', 'which', 'that', 'whose', 'whom'].includes(t.norm)) return false;
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || t.norm === "'s" || /ing$/.test(t.norm)) continue;
    // "the man elected mayor" is a participle; "speechwriters implored her" a verb with its object.
    if (/(?:ed|en)$/.test(t.norm) && !['PRON', 'DET', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
    if (['NOUN', 'PROPN', 'PRON'].includes(tokens[k - 1]?.pos ?? '') && tokens[k - 1]?.norm !== "'s") return true;
  }
  return false;
}

function quotedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]?.quoted) return true;
  return false;
}

function findBack(tokens: readonly Token[], from: number, floor: number, test: (t: Token) => boolean): number {
  for (let k = from; k >= floor; k--) if (test(tokens[k] as Token)) return k;
  return -1;
}

const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'ADP', 'NUM', 'PART']);

/**
 * A subject with a participle or infinitive phrase after it, right before the cue: "Another source speaking to Fox
 * News said", "Large majorities of voters going to the polls on Tuesday said", "Organizers of the push to boycott
 * the speech said". The subject is the noun phrase before the participle (or "to"), at the clause's start.
 */
function postmodifiedSubject(tokens: readonly Token[], j: number, floor: number): SourcePhrase | null {
  let k = j;
  while (k > floor && j - k < 10 && PHRASE_TAGS.has(tokens[k]?.pos ?? '') && !tokens[k]?.quoted && !isTimeWord(tokens[k])) k--;
  const verb = tokens[k];
  if (!verb || verb.quoted || verb.pos !== 'VERB' || k === j) return null;
  const infinitive = tokens[k - 1]?.norm === 'to';
  if (!infinitive && (!/ing$/.test(verb.norm) || CUE_PARTICIPLES.has(verb.norm))) return null;
  const end = infinitive ? k - 2 : k - 1;
  const np = withOfPhrases(tokens, nounPhraseEndingAt(tokens, end, floor), floor);
  if (!np || tokens[np[1]]?.pos === 'PRON') return null;
  // At the clause's start: nothing before it, or a comma, a conjunction or an adverb.
  const before = tokens[np[0] - 1];
  if (before && !before.quoted && !(before.text === ',' || before.pos === 'CCONJ' || before.pos === 'ADV' || before.pos === 'SCONJ')) return null;
  return { first: np[0], last: j, coreFirst: np[0], coreLast: np[1] };
}

/** The phrase with the "of" phrases it ends in ("a co-chairman of the Progressive Caucus", "Ann Lee of Arizona"). */
function withOfPhrases(tokens: readonly Token[], phrase: [number, number] | null, floor: number): [number, number] | null {
  if (!phrase) return null;
  let first = phrase[0];
  for (let rounds = 0; rounds < 2 && tokens[first - 1]?.norm === 'of' && !tokens[first - 1]?.quoted; rounds++) {
    const head = nounPhraseEndingAt(tokens, first - 2, floor);
    if (!head) break;
    first = head[0];
  }
  return [first, phrase[1]];
}

/** The noun phrase ending at `last` (inclusive), or null. */
function nounPhraseEndingAt(tokens: readonly Token[], last: number, floor: number): [number, number] | null {
  const end = tokens[last];
  if (!end || end.quoted) return null;
  if (end.pos === 'PRON') return SUBJECT_PRONOUNS.has(end.norm) ? [last, last] : null;
  // "those surveyed", "those polled": the people a participle names.
  if (end.pos === 'VERB' && /ed$/.test(end.norm) && tokens[last - 1]?.norm === 'those' && last - 1 >= floor) return [last - 1, last];
  // "46%": a share written with its sign.
  const share = end.text === '%' && tokens[last - 1]?.pos === 'NUM';
  if (!isHead(end) && !isNameMonth(tokens, last) && !share) return null;
  let k = last;
  let first = last;
  let steps = 0;
  while (k - 1 >= floor && steps < 14) {
    const t = tokens[k - 1] as Token;
    // "Leading Democrats", "hacking specialists", "a smiling Clinton": a participle that opens the phrase describes
    // its noun. ("the man reading papers" has a noun before it: a clause.)
    // After a determiner any participle does; elsewhere only those news uses as adjectives ("Holding signs calling
    // …" opens a clause), also after another adjective ("Democratic registered voters", "likely registered voters").
    const opener = tokens[k - 2];
    // (A possessive determines as an article does: "Trump's remaining rivals", "his closing argument".)
    const afterDeterminer = (opener?.pos === 'DET' || opener?.norm === "'s" || POSSESSIVES.has(opener?.norm ?? '')) && k - 2 >= floor;
    // ("…, where restructuring experts say …": a clause's opener is followed by its subject, so a participle right
    // after it describes the subject's noun, as after an article.)
    const afterClauseOpener = k - 2 >= floor && CLAUSE_OPENERS.has(opener?.norm ?? '');
    if (t.pos === 'VERB' && (/ing$/.test(t.norm) || ADJECTIVAL_PARTICIPLES.has(t.norm)) && !t.quoted && isNounish(tokens[k], tokens) && (afterDeterminer || afterClauseOpener || (ADJECTIVAL_PARTICIPLES.has(t.norm) && (k - 1 === floor || !opener || ['CCONJ', 'PUNCT', 'ADP', 'ADJ', 'PROPN'].includes(opener.pos))))) {
      k--;
      first = k;
      steps++;
      continue;
    }
    // "current and former officials": two adjectives joined before their noun.
    if ((t.norm === 'and' || t.norm === 'or') && !t.quoted && tokens[k]?.pos === 'ADJ' && tokens[k - 2]?.pos === 'ADJ' && !tokens[k - 2]?.quoted) {
      k -= 2;
      first = k;
      steps += 2;
      continue;
    }
    // ("a 55-year-old salesman", "a two-week trip": a time word inside a hyphenated compound is part of the word.)
    const inCompound = tokens[k]?.text === '-' && tokens[k]?.start === t.end;
    if (isNounish(t, tokens) && (!isTimeWord(t) || inCompound)) {
      k--;
      first = k;
      steps++;
      // ("Thirty-one percent": "one" ends a compound number, it determines nothing.)
      const compound = tokens[k - 1]?.text === '-' && tokens[k - 1]?.end === t.start;
      if ((DETERMINERS.has(t.norm) || POSSESSIVES.has(t.norm)) && !compound) break;
      continue;
    }
    // "three in 10 voters", "two of three voters", "four out of 10 voters": a share of a group.
    const numberAt = t.norm === 'of' && tokens[k - 2]?.norm === 'out' ? k - 3 : k - 2;
    if ((t.norm === 'in' || t.norm === 'of') && tokens[numberAt]?.pos === 'NUM' && steps < 10) {
      steps += k - numberAt;
      k = numberAt;
      first = k;
      continue;
    }
    // "president of the union": an inner preposition joins two noun phrases.
    if (NP_PREPOSITIONS.has(t.norm) && isHead(tokens[k - 2]) && steps < 10) {
      k -= 2;
      first = k;
      steps += 2;
      continue;
    }
    break;
  }
  // "Most of the delegates", "Many in the crowd": a share before the group's own determiner, when the group is
  // people in the plural or a name ("all of her time" is no one).
  const group = /s$/.test(end.norm) && (end.pos === 'NOUN' || end.pos === 'PROPN') || ['crowd', 'audience', 'room', 'party', 'public'].includes(end.norm);
  if (group && ['of', 'in'].includes(tokens[first - 1]?.norm ?? '') && QUANTITIES.has(tokens[first - 2]?.norm ?? '') && first - 2 >= floor && !tokens[first - 2]?.quoted) first -= 2;
  // "about three in 10 voters", "nearly 40 percent", "more than half": words that make a number approximate.
  while (first - 1 >= floor && (tokens[first]?.pos === 'NUM' || ['half', 'third', 'quarter', 'majority'].includes(tokens[first]?.norm ?? ''))) {
    const before = tokens[first - 1];
    if (before && APPROXIMATE.has(before.norm) && !before.quoted) first--;
    else if (first - 2 >= floor && before?.norm === 'than' && ['more', 'fewer', 'less'].includes(tokens[first - 2]?.norm ?? '')) first -= 2;
    else break;
  }
  // ("USA TODAY's reporting": a phrase cut off before its possessor, at a word read as a time, names no one.)
  if (tokens[first]?.norm === "'s") return null;
  // Leading determiners and adjectives without a noun after them are not a phrase.
  return [first, last];
}

/** Words that stand for a share of the group after them ("Many in the crowd", "Most of the delegates"). */
const QUANTITIES = new Set(['many', 'most', 'some', 'few', 'several', 'all', 'both', 'none', 'half', 'each', 'majority', 'majorities', 'dozens', 'hundreds', 'thousands']);

const TIME_UNITS = /^(?:second|minute|hour|day|week|month|year|decade)s?$/;
const APPROXIMATE = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'around', 'approximately']);

/**
 * Where words are said: "In a Bloomberg interview Trump declared". (Only these: "At the moment Sanders announced …"
 * is a clause about another time, its "that" left out.)
 */
const CHANNEL_NOUNS = new Set(
  'interview interviews statement speech letter post tweet op-ed email memo remarks address appearance briefing conference rally debate video ad message book column essay testimony broadcast podcast show'.split(' '),
);

const isNameToken = (token: Token) => token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text);

/**
 * The name an appositive gives (tokens first..last), or null: a name alone ("Tad Devine"), or a role in lower case
 * and then the name ("the actress Kamala Lopez", "the former senator Tom Daschle").
 */
function namedInAppositive(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  let nameFirst = last + 1;
  while (nameFirst - 1 >= first && isNameToken(tokens[nameFirst - 1] as Token)) nameFirst--;
  if (nameFirst > last) return null;
  if (nameFirst === first) return [first, last];
  // The words before the name: a determiner, then adjectives and nouns in lower case, a role noun last.
  let k = first;
  if (tokens[k]?.pos === 'DET') k++;
  const described = tokens.slice(k, nameFirst);
  const roleLast = described.at(-1);
  if (described.length === 0 || !roleLast || roleLast.pos !== 'NOUN') return null;
  // ("the actress and activist Kamala Lopez": two roles of one person.)
  return described.every((x) => (x.pos === 'NOUN' || x.pos === 'ADJ' || x.norm === 'and') && /^\p{Ll}/u.test(x.text)) ? [nameFirst, last] : null;
}

/** Words that open a clause, whose subject comes right after them ("where", "because", "although"). */
const CLAUSE_OPENERS = new Set(['where', 'when', 'because', 'although', 'though', 'while', 'whereas', 'since', 'if', 'unless']);

/** The source before the cue at `cue`, within the sentence starting at `floor`. */
export function sourceBefore(tokens: readonly Token[], cue: number, floor: number): SourcePhrase | null {
  let j = skipBackToSubject(tokens, cue - 1, floor);
  if (j < floor) return null;
  // "Sen. Jack Reed (D-R.I.), said": a comma after the party-and-state parenthesis, with no appositive to close.
  if (tokens[j]?.text === ',' && tokens[j - 1]?.text === ')' && !tokens[j]?.quoted) {
    const open = findBack(tokens, j - 2, floor, (x) => x.text === '(');
    const commaBefore = open > floor && findBack(tokens, open - 1, floor, (x) => x.text === ',' && !x.quoted) >= floor;
    if (open > floor && !commaBefore && tokens[open - 1]?.pos === 'PROPN') j = open - 1;
  }
  const cueIsParticipleAfterComma = /ing$/.test(tokens[cue]?.norm ?? '') && tokens[cue - 1]?.text === ',';
  let appositiveEnd = -1;
  /** The appositive next to the cue when it is a name alone ("One of his advisers, Tad Devine, said"). */
  let nameBetween: [number, number] | null = null;
  // "Michael Mulgrew, president of the union, which represents teachers, said": skip comma- or dash-set appositives.
  for (let rounds = 0; rounds < 4; rounds++) {
    const t = tokens[j] as Token;
    if (appositiveEnd >= 0 && !t.quoted && t.text !== ',' && !DASHES.has(t.text)) {
      // A chain of appositives: "Donna Rawlings, 59, of Ashton, Md., who watched …, said" (a town and its state,
      // then an age), "Jean-Marc Ayrault, the foreign minister of France, a member of the council, said".
      let skipped = skipTownAndAge(tokens, j, floor) ?? skipDescription(tokens, j, floor);
      // "Ms. Arnold, who helped found EDGE, an environmental group based in Philadelphia, said": the appositive
      // belonged to a relative clause that opens at an earlier comma.
      if (skipped === null) {
        const comma = findBack(tokens, j, Math.max(floor, j - 15), (x) => (x.text === ',' || DASHES.has(x.text)) && !x.quoted);
        // (The pronoun is the clause's subject, a verb after it: "which Apple's chief, Tim Cook, called …" has its own.)
        const subjectClause = ['who', 'which'].includes(tokens[comma + 1]?.norm ?? '') && ['VERB', 'AUX', 'ADV'].includes(tokens[comma + 2]?.pos ?? '');
        if (comma > floor && subjectClause && !quotedBetween(tokens, comma, j)) skipped = comma - 1;
      }
      if (skipped === null) break;
      j = skipped;
      continue;
    }
    // "Hale, who calls the mayor a “crook,” said": the comma that closes the clause sits inside its quote.
    const commaInQuote = t.quoted && QUOTE_MARKS.test(t.text) && tokens[j - 1]?.text === ',' && tokens[j - 1]?.quoted === true;
    if ((t.quoted && !commaInQuote) || !(t.text === ',' || DASHES.has(t.text) || commaInQuote)) break;
    const delimiter = t.text === ',' || commaInQuote ? (x: Token) => x.text === ',' && !x.quoted : (x: Token) => DASHES.has(x.text) && !x.quoted;
    const open = findBack(tokens, j - 1, floor, delimiter);
    if (open <= floor) break;
    const inner = tokens[open + 1] as Token;
    // Only a clause or a description holds such a quote; a quote right after the comma is words said.
    // ("Manafort, citing “the magic of Trump,” said": a participle phrase holds one too.)
    const participleOpens = inner.pos === 'VERB' && /ing$/.test(inner.norm) && !CUE_PARTICIPLES.has(inner.norm);
    if (commaInQuote && (inner.quoted || !(['who', 'whom', 'which', 'whose'].includes(inner.norm) || inner.pos === 'DET' || participleOpens))) break;
    // "X, the chief of Y, said", "X, who leads Y, said", "X, of Springfield, Va., said"
    // "Reed, speaking at a rally, said", "Reed, asked about the plan, said": a participle phrase too.
    // ("Hale, his aide, urged a tough response, saying …": before a participle cue, a verb in -ed after a comma is
    // the main clause's verb, not a phrase set off inside a subject the participle has not got.)
    const participle = inner.pos === 'VERB' && /(ing|ed)$/.test(inner.norm) && !CUE_PARTICIPLES.has(inner.norm) && !(/ed$/.test(inner.norm) && cueIsParticipleAfterComma);
    // "Hillary Clinton, at a later press gaggle, said": a phrase of place or time set off by commas interrupts too.
    const setting = inner.pos === 'ADP' && !quotedBetween(tokens, open, j);
    const appositive = isNounish(inner) || inner.pos === 'PROPN' || ['who', 'which', 'whose', 'now', 'then', 'of'].includes(inner.norm) || inner.pos === 'ADV' || participle || setting;
    if (!appositive) break;
    // "the debate, two speechwriters implored her to return, arguing": a noun phrase with its own verb is a clause,
    // not an appositive (a verb inside a "who" or "which" clause of the appositive is its own).
    // (", whose roots are in …,": a relative clause has its verb, and is still an appositive.)
    if (isNounish(inner) && !participle && !['whose', 'which', 'who'].includes(inner.norm) && hasOwnVerb(tokens, open + 1, j - 1)) break;
    if (appositiveEnd < 0) {
      appositiveEnd = j - 1;
      nameBetween = namedInAppositive(tokens, open + 1, j - 1);
    }
    const stateLike = j - open <= 3 && /^(?:\p{Lu}\p{Ll}{0,4}\.?|\p{Lu}{2,3})$/u.test(inner.text);
    j = open - 1;
    // "Tom Hale, 56, said": an age between commas.
    if (isAge(tokens, j)) j -= 2;
    // "Ben Ross, of Springfield, Va., said": a town and its state are one appositive.
    if (stateLike && tokens[j]?.pos === 'PROPN') {
      const town = findBack(tokens, j - 1, Math.max(floor, j - 5), (x) => x.text === ',' && !x.quoted);
      const opener = tokens[town + 1];
      if (town > floor && opener && (['of', 'from'].includes(opener.norm) || opener.pos === 'PROPN')) {
        j = town - 1;
        // (A state is no name the appositive gives.)
        nameBetween = null;
        // "Cory James, 22, of Flint, Mich., said": an age before the town.
        if (isAge(tokens, j)) j -= 2;
      } else if (['from', 'of', 'in'].includes(tokens[j - 1]?.norm ?? '') && isHead(tokens[j - 2])) {
        // "Paul Porter, a truck driver from Ava, Mo., who …, said": the town and its state end a description.
        j -= 2;
        nameBetween = null;
      }
    }
  }
  // "Rep. Tom Hale (R-Ohio), a member of the panel, said": a party-and-state parenthesis after the name.
  if (appositiveEnd >= 0 && tokens[j]?.text === ')') {
    const open = findBack(tokens, j - 1, floor, (x) => x.text === '(');
    if (open > floor) j = open - 1;
  }
  const relative = appositiveEnd < 0 ? subjectOfRelativeClause(tokens, j, floor) : null;
  if (relative) return relative;
  // "Those close to him say", "people familiar with it said": the adjective's object is a pronoun.
  if (OBJECT_PRONOUNS.has(tokens[j]?.norm ?? '') && ['to', 'with'].includes(tokens[j - 1]?.norm ?? '') && POSTMODIFYING_ADJECTIVES.has(tokens[j - 2]?.norm ?? '')) {
    const described = nounPhraseEndingAt(tokens, j - 3, floor) ?? (tokens[j - 3]?.norm === 'those' && j - 3 >= floor ? [j - 3, j - 3] : null);
    const before = described ? tokens[described[0] - 1] : undefined;
    if (described && !(before && !before.quoted && (PREPOSITIONS.has(before.norm) || before.pos === 'VERB'))) return { first: described[0], last: j, coreFirst: described[0], coreLast: j };
  }
  const modified = appositiveEnd < 0 ? postmodifiedSubject(tokens, j, floor) : null;
  if (modified) return modified;
  const phrase = nounPhraseEndingAt(tokens, j, floor);
  if (!phrase) {
    // "One hopeful, Ana Ruiz, says": a description the tagger did not read as a noun phrase, opening the sentence
    // with no verb of its own, then the name it describes.
    const describesName = nameBetween !== null && j >= floor && !tokens.slice(floor, j + 1).some((x) => x.quoted || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'ADP' || x.pos === 'SCONJ');
    return describesName && nameBetween ? { first: nameBetween[0], last: nameBetween[1], coreFirst: nameBetween[0], coreLast: nameBetween[1] } : null;
  }
  // "One of the authors of the report, Ari Fleischer, said": a description first, then the name it describes.
  // ("The PM, Rishi Sunak, said": a title written in capitals describes as a role in lower case does; so does a role
  // with whom it serves after it: "The mayor of Amsterdam, Femke Halsema, said".)
  // (The words after such a role, "of Amsterdam, Femke Halsema,", were read as one appositive: its last part, between
  // commas, is the name.)
  const servesSomeone = (k: number) => isRoleWord(tokens[k]?.norm ?? '') && ['of', 'for', 'at'].includes(tokens[k + 1]?.norm ?? '');
  if (!nameBetween && appositiveEnd > phrase[1] && servesSomeone(phrase[1])) {
    const comma = findBack(tokens, appositiveEnd, phrase[1] + 2, (x) => x.text === ',');
    const named = comma > phrase[1] + 2 ? namedInAppositive(tokens, comma + 1, appositiveEnd) : null;
    if (named && named[0] === comma + 1) return { first: phrase[0], last: appositiveEnd, coreFirst: named[0], coreLast: named[1] };
  }
  const servesName = tokens.slice(phrase[0], phrase[1]).some((t, n) => /^\p{Ll}/u.test(t.text) && servesSomeone(phrase[0] + n));
  const description = tokens[phrase[1]]?.pos !== 'PROPN' || (phrase[0] < phrase[1] && isRoleWord(tokens[phrase[1]]?.norm ?? '')) || servesName;
  if (nameBetween && description) return { first: phrase[0], last: nameBetween[1], coreFirst: nameBetween[0], coreLast: nameBetween[1] };
  let [first] = phrase;
  const last = phrase[1];
  // A relative pronoun after a comma stands for the phrase before it: "Mr. Kim, who said …".
  if (first === last && ['who', 'which'].includes(tokens[first]?.norm ?? '')) {
    if (tokens[first - 1]?.text !== ',') return null;
    // "demonstrators here, who …": a "here" or "there" after the noun says where, not who.
    let end = first - 2;
    while (end > floor && ['here', 'there'].includes(tokens[end]?.norm ?? '')) end--;
    // ("a co-chairman of the caucus, who …" is the co-chairman; "the leak of the report, which …" the report.)
    const nearest = nounPhraseEndingAt(tokens, end, floor);
    let antecedent = tokens[first]?.norm === 'who' ? withOfPhrases(tokens, nearest, floor) : nearest;
    if (!antecedent) return null;
    // "McConnell, now the Senate majority leader, who said …", "Ana Ruiz, then the mayor's aide, who …": the person,
    // not the appositive describing him.
    const comma = ['now', 'then', 'formerly'].includes(tokens[antecedent[0] - 1]?.norm ?? '') ? antecedent[0] - 2 : antecedent[0] - 1;
    const named = tokens[comma]?.text === ',' ? withOfPhrases(tokens, nounPhraseEndingAt(tokens, comma - 1, floor), floor) : null;
    // ("Ann Lee of Ohio, a co-chair of the Progressive Caucus, who …": an indefinite description too, whatever its last word.)
    const describes = tokens[antecedent[1]]?.pos !== 'PROPN' || ['a', 'an'].includes(tokens[antecedent[0]]?.norm ?? '');
    if (named && tokens[named[1]]?.pos === 'PROPN' && describes) antecedent = named;
    return { first: antecedent[0], last, coreFirst: antecedent[0], coreLast: antecedent[1], inRelativeClause: true };
  }
  // "one GOP source in the room": a prepositional phrase after the head still belongs to the subject.
  let core: [number, number] | null = null;
  for (let extend = 0; extend < 3; extend++) {
    const before = tokens[first - 1];
    // "China and Russia said", "Experts on North Korea and nuclear arms said": coordinated phrases are one subject,
    // unless the first is a verb's object ("Obama met Putin and Merkel said …" is two clauses).
    // A pronoun after "and" opens a clause of its own ("… fix the system and he said …").
    if (before && before.norm === 'and' && !before.quoted && !WH_WORDS.has(tokens[first]?.norm ?? '') && tokens[first]?.pos !== 'PRON') {
      const left = nounPhraseEndingAt(tokens, first - 2, floor);
      const opener = left ? tokens[left[0] - 1] : undefined;
      if (!left || (opener && !opener.quoted && (opener.pos === 'VERB' || opener.pos === 'AUX'))) break;
      // After a preposition, only when the phrase it opens belongs to a noun ("Leaders from China and Russia"),
      // not to a verb ("asked for a photo and Clinton said", "care about the community and one in four said").
      if (opener?.pos === 'ADP' && !isHead(tokens[left[0] - 2])) break;
      // "China, Russia and Iran said": a list of three or more is not read (no one of them said it alone).
      const item = opener?.text === ',' ? nounPhraseEndingAt(tokens, left[0] - 2, floor) : null;
      const listed = item !== null && tokens[item[1]]?.pos === 'PROPN' && tokens[item[0] - 1]?.pos !== 'ADP';
      if (listed) return null;
      first = left[0];
      continue;
    }
    if (!before || !SUBJECT_PREPOSITIONS.has(before.norm)) break;
    // "A source close to the mayor said", "People familiar with the talks said": the adjective joins them.
    const adjective = ['with', 'to'].includes(before.norm) && POSTMODIFYING_ADJECTIVES.has(tokens[first - 2]?.norm ?? '') ? 1 : 0;
    const outer = nounPhraseEndingAt(tokens, first - 2 - adjective, floor);
    if (!outer) break;
    first = outer[0];
    // The source is the person the adjective describes ("a source close to the mayor" is a source), as after the cue.
    core = adjective ? outer : core;
  }
  // "The plan issued on Friday by the ministry urges": the subject is what the participle describes.
  if (tokens[first - 1]?.norm === 'by') {
    const participle = findBack(tokens, first - 2, Math.max(floor, first - 9), (x) => x.pos === 'VERB');
    const described = participle > floor ? nounPhraseEndingAt(tokens, participle - 1, floor) : null;
    if (described) return { first: described[0], last: appositiveEnd >= 0 ? appositiveEnd : last, coreFirst: described[0], coreLast: described[1] };
  }
  const preceding = tokens[first - 1];
  // An object relative clause ("the drones which Kyiv says are …") or the object of a preposition is not a subject.
  // ("the interview, in which he said …" is a clause of its own: after a preposition, "which" is its setting.)
  const setting = ['which', 'whom'].includes(preceding?.norm ?? '') && tokens[first - 2]?.pos === 'ADP';
  // "In a Bloomberg interview Trump declared": a fronted phrase of the channel without its comma; the name after it
  // is the subject.
  if (preceding && !preceding.quoted && PREPOSITIONS.has(preceding.norm) && preceding.i === floor) {
    let name = last;
    while (name - 1 > first && isNameToken(tokens[name - 1] as Token)) name--;
    if (isNameToken(tokens[name] as Token) && CHANNEL_NOUNS.has(tokens[name - 1]?.norm ?? '')) return { first: name, last: appositiveEnd >= 0 ? appositiveEnd : last, coreFirst: name, coreLast: last };
  }
  if (preceding && !preceding.quoted && !setting && (['which', 'that', 'whom'].includes(preceding.norm) || PREPOSITIONS.has(preceding.norm) || preceding.pos === 'VERB')) return null;
  // "a smiling Clinton": the person, not how she looked.
  if (!core && ['a', 'an', 'the'].includes(tokens[first]?.norm ?? '') && ['VERB', 'ADJ', 'NOUN'].includes(tokens[first + 1]?.pos ?? '') && /ing$/.test(tokens[first + 1]?.norm ?? '') && tokens.slice(first + 2, last + 1).every((x) => x.pos === 'PROPN')) {
    core = [first + 2, last];
  }
  return { first, last: appositiveEnd >= 0 ? appositiveEnd : last, coreFirst: core?.[0] ?? first, coreLast: core?.[1] ?? last };
}

/**
 * A relative clause between the subject and the cue: "Experts who studied the plan said …", "the analysts we
 * interviewed said …". The clause ends in a verb (or its object) right before the cue; the subject is the noun
 * phrase before "who" or before the clause's own pronoun subject.
 */
function subjectOfRelativeClause(tokens: readonly Token[], j: number, floor: number): SourcePhrase | null {
  // "the analysts we interviewed said": a noun, a subject pronoun, a verb.
  if (tokens[j]?.pos === 'VERB' && RELATIVE_SUBJECTS.has(tokens[j - 1]?.norm ?? '') && tokens[j - 1]?.pos === 'PRON') {
    const np = nounPhraseEndingAt(tokens, j - 2, floor);
    if (np && tokens[np[1]]?.pos === 'NOUN' && tokens[np[0] - 1]?.pos !== 'VERB' && !PREPOSITIONS.has(tokens[np[0] - 1]?.norm ?? '')) {
      return { first: np[0], last: j, coreFirst: np[0], coreLast: np[1] };
    }
  }
  // "Experts who studied the plan said": "who", a verb, at most a short object, then the cue.
  for (let w = j; w >= Math.max(floor + 1, j - 8); w--) {
    const t = tokens[w] as Token;
    if (t.quoted || t.text === ',' || DASHES.has(t.text)) return null;
    if (t.norm !== 'who') continue;
    if (!tokens.slice(w + 1, j + 1).some((x) => x.pos === 'VERB')) return null;
    // ("Those who know him say": "those" is the whole of its phrase; the clause names them.)
    const those = tokens[w - 1]?.norm === 'those' && w - 1 >= floor;
    const np = those ? ([w - 1, w - 1] as [number, number]) : nounPhraseEndingAt(tokens, w - 1, floor);
    if (!np || tokens[np[0] - 1]?.pos === 'VERB' || PREPOSITIONS.has(tokens[np[0] - 1]?.norm ?? '')) return null;
    return { first: np[0], last: j, coreFirst: np[0], coreLast: those ? j : np[1] };
  }
  return null;
}

/** The source after the cue's last token: "said Mr. Holtz-Eakin, an economist." / "according to the IMF". */
export function sourceAfter(tokens: readonly Token[], from: number, ceiling: number, allowPrepositions: boolean): SourcePhrase | null {
  const head = tokens[from];
  if (!head || head.quoted) return null;
  if (head.pos === 'PRON' && SUBJECT_PRONOUNS.has(head.norm) && head.norm !== 'who' && head.norm !== 'which') {
    return { first: from, last: from, coreFirst: from, coreLast: from };
  }
  let k = from;
  let lastHead = -1;
  let coreHead: number | undefined;
  while (k <= ceiling) {
    const t = tokens[k] as Token;
    if (t.quoted) break;
    // "a person familiar with the talks", "officials close to the president"
    if (allowPrepositions && lastHead === k - 1 && POSTMODIFYING_ADJECTIVES.has(t.norm) && ['with', 'to'].includes(tokens[k + 1]?.norm ?? '') && isNounish(tokens[k + 2])) {
      // The head stays the person ("a person familiar with the talks" is a person).
      coreHead ??= lastHead;
      k += 2;
      lastHead = -1;
      while (k <= ceiling && isNounish(tokens[k], tokens) && !tokens[k]?.quoted) {
        if (isHead(tokens[k])) lastHead = k;
        k++;
      }
      if (lastHead < 0) return null;
      continue;
    }
    if (isNounish(t, tokens) && (!isTimeWord(t) || isNameMonth(tokens, k))) {
      if (isHead(t) || isNameMonth(tokens, k)) lastHead = k;
      k++;
      continue;
    }
    if (t.text === '(' ) {
      const close = tokens.findIndex((x, i) => i > k && i <= ceiling && x.text === ')');
      if (close < 0) break;
      k = close + 1;
      continue;
    }
    if (allowPrepositions && NP_PREPOSITIONS.has(t.norm) && lastHead === k - 1 && isNounish(tokens[k + 1])) {
      k++;
      continue;
    }
    break;
  }
  if (lastHead < 0) return null;
  let last = lastHead;
  // "…, an economist at the institute": an appositive after the name belongs to the source phrase.
  if (tokens[last + 1]?.text === ',' && isNounish(tokens[last + 2])) {
    let a = last + 2;
    while (a <= ceiling && tokens[a]?.text !== ',' && !['.', '!', '?'].includes(tokens[a]?.text ?? '') && !tokens[a]?.quoted) a++;
    if (a > ceiling || ['.', '!', '?'].includes(tokens[a]?.text ?? '') || tokens[a]?.text === ',') last = a - 1;
  }
  return { first: from, last, coreFirst: from, coreLast: coreHead ?? lastHead };
}

/** Words that open a clause fronted before a subject: "when pressed", "asked about it", "if elected". */
export const FRONTED_CLAUSE_OPENERS = new Set(['when', 'while', 'if', 'as', 'after', 'before', 'once', 'asked', 'pressed', 'questioned']);

/**
 * "Gov. Ruiz signed the bill on Monday, saying …": a participle after a comma hangs on the clause before it, so
 * its speaker is that clause's subject, not the subject of a phrase nearer to it ("his tweets attempting to shame
 * …", "before the debate"). A fronted adverbial ("In a column the day before the debate, …") is skipped; of
 * clauses joined by ", and" or ", but", the last with a subject of its own is the one. Null: the clause's subject is
 * no source (abstain); undefined: no clause was found.
 */
export function mainClauseSubject(tokens: readonly Token[], cueAt: number, first: number): SourcePhrase | null | undefined {
  let from = first;
  const opener = tokens[first];
  if (opener && (opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.pos === 'ADV' || FRONTED_CLAUSE_OPENERS.has(opener.norm))) {
    let comma = first + 1;
    while (comma < cueAt && tokens[comma]?.text !== ',') comma++;
    if (comma >= cueAt) return undefined;
    from = comma + 1;
    // "… to be “clawed back,” Hillary Clinton …": the quote closing after the comma.
    while (from < cueAt && ['”', '"', '’', "'"].includes(tokens[from]?.text ?? '')) from++;
  }
  let subject: SourcePhrase | null | undefined;
  let clauseStart = from;
  let seekingVerb = true;
  for (let k = from; k < cueAt; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) break;
    // ", and the officer became upset, shouting": a new clause (without the comma, "and" joins words or verbs).
    if ((t.norm === 'and' || t.norm === 'but') && t.pos === 'CCONJ' && tokens[k - 1]?.text === ',') {
      clauseStart = k + 1;
      seekingVerb = true;
      continue;
    }
    if (!seekingVerb || (t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/.test(t.norm) || tokens[k - 1]?.norm === 'to') continue;
    seekingVerb = false;
    const phrase = sourceBefore(tokens, k, clauseStart);
    // "… and said": a verb with no subject of its own shares the clause's subject.
    if (phrase || subject === undefined) subject = phrase && !WH_WORDS.has(tokens[phrase.first]?.norm ?? '') ? phrase : null;
  }
  return subject;
}

/** Words that can open a description after a noun ("filed by", "who attended", "in the room"). */
const POSTMODIFIER_OPENERS = new Set(['who', 'that', 'which', 'whose']);
const POSTMODIFIER_MAX_TOKENS = 14;

/** The comma that closes a description opening at `from` (a participle, relative clause or prepositional phrase), or -1. */
export function postmodifierComma(tokens: readonly Token[], from: number, last: number): number {
  const opener = tokens[from];
  if (!opener || opener.quoted) return -1;
  // "filed by the state", "released Tuesday", "citing officials"; not "the report [the company] misled investors".
  const follower = tokens[from + 1];
  const participle = opener.pos === 'VERB' && (/ing$/.test(opener.norm) || (/(?:ed|en)$/.test(opener.norm) && follower !== undefined && (follower.pos === 'ADP' || follower.pos === 'ADV' || isTimeWord(follower))));
  if (!participle && opener.pos !== 'ADP' && !POSTMODIFIER_OPENERS.has(opener.norm)) return -1;
  for (let k = from + 1; k <= Math.min(last - 2, from + POSTMODIFIER_MAX_TOKENS); k++) {
    const token = tokens[k] as Token;
    if (token.quoted || ['.', '!', '?'].includes(token.text) || token.text === ';' || token.text === ':') return -1;
    if (token.text === ',') return k;
  }
  return -1;
}
