// Stage 5: content, the words that were said. After the cue they begin past the addressee ("told reporters") and the
// frame ("on Friday", "in an interview", "at a rally in Naples"), with the "that" that opens them (as PARC and
// PolNeAR annotate a reported clause, and as answers read: "said · that the bridge was safe"); they run to the end of
// the clause.
// Before the cue ("…, officials said.") they run from the clause start to the comma or quote before the source.
import { overlapping, startingWithin } from '../offsets.ts';
import { COLLECTIVE_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, isRoleWord } from '../lexicon.ts';
import type { StatementKind } from '../../model.ts';
import type { QuoteSpan } from '../quotes.ts';
import { type Cue, DESCRIBING_LEMMAS, NEEDS_CLAUSE } from './cues.ts';
import { POSSESSIVES, isTimeWord } from './sources.ts';
import type { Token } from './tokens.ts';

const FRAME_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'to', 'via', 'from', 'with', 'over', 'through', 'outside', 'inside', 'before', 'after', 'following', 'under']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** Subordinators after which the rest of the sentence is circumstance, not what was said. */
const CIRCUMSTANCE = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'until', 'amid', 'following']);
const TERMINAL = new Set(['.', '!', '?', ',', ';']);
/** Conjunctions that carry a sentence on past an attribution set off inside it. */
const CONTINUING = new Set(['until', 'because', 'since', 'although', 'though', 'unless', 'but', 'and']);

function isNp(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && (NP_TAGS.has(token.pos) || POSSESSIVES.has(token.norm)) && !isTimeWord(token);
}

const INNER_PREPOSITIONS = new Set(['of', 'in', 'for']);
const ADDRESSEE_INNER = new Set(['of']);
const RELATIVE_TIME = new Set(['last', 'next', 'this']);

/**
 * The index after a noun phrase starting at k (with inner "of …", and place names like "Naples, Fla."). `inner`: the
 * prepositions whose phrase belongs to the noun ("the mayor of Paris"); `articleAfterInner`: that phrase may open
 * with an article ("members of the committee").
 */
function skipNounPhrase(tokens: readonly Token[], k: number, stop: number, inner: ReadonlySet<string> = INNER_PREPOSITIONS, articleAfterInner = false): number {
  let i = k;
  let heads = 0;
  while (i <= stop) {
    const t = tokens[i] as Token;
    // A determiner after the head starts something new ("in a statement that prices …"), unless an inner
    // preposition opened its phrase ("members of the committee") and the caller takes such phrases.
    if (heads > 0 && t.pos === 'DET' && !(articleAfterInner && inner.has(tokens[i - 1]?.norm ?? ''))) break;
    // "in a June report", "in its Friday statement": a time word that modifies the noun after it is inside the phrase.
    // ("told the Star-Ledger last week she …": "last week" is when, not part of the noun.)
    if (isTimeWord(t) && !t.quoted && tokens[i + 1]?.pos === 'NOUN' && !tokens[i + 1]?.quoted && !(RELATIVE_TIME.has(t.norm) && isTimeWord(tokens[i + 1]))) {
      i++;
      continue;
    }
    if (isNp(t)) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') heads++;
      i++;
      continue;
    }
    // "an invited crowd", "the elected officials": a participle between a determiner and a noun is an adjective.
    if (t.pos === 'VERB' && !t.quoted && /(?:ed|en)$/.test(t.norm) && ['DET', 'ADJ'].includes(tokens[i - 1]?.pos ?? '') && i > k && tokens[i + 1]?.pos === 'NOUN' && !tokens[i + 1]?.quoted) {
      i++;
      continue;
    }
    // "the AFL-CIO council": a hyphen inside a word joins its halves.
    if (heads > 0 && t.text === '-' && t.start === tokens[i - 1]?.end && tokens[i + 1]?.start === t.end && isNp(tokens[i + 1])) {
      i++;
      continue;
    }
    if (heads > 0 && inner.has(t.norm) && isNp(tokens[i + 1])) {
      i++;
      continue;
    }
    // "in Buffalo, New York, that …", "in Naples, Fla., that …": a state between commas, before what was said.
    if (t.text === ',' && tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN') {
      let j = i + 1;
      while (j < i + 3 && tokens[j]?.pos === 'PROPN') j++;
      if (tokens[j]?.text === ',' && tokens[j + 1]?.norm === 'that') {
        i = j + 1;
        continue;
      }
    }
    // "Naples, Fla.": a state after a capitalised place.
    if (t.text === ',' && tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN' && /^\p{Lu}\p{L}{1,4}\.?$/u.test(tokens[i + 1]?.text ?? '') && TERMINAL.has(tokens[i + 2]?.text ?? '.')) {
      i += 2;
      continue;
    }
    break;
  }
  return heads > 0 ? i : k;
}

/** Whether a clause (a subject and its verb) starts at k: "the plan would fail". */
function clauseAt(tokens: readonly Token[], k: number, stop: number, subjectPhrases = false): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.quoted) return true;
  if (t.pos === 'PRON' && !OBJECT_PRONOUNS.has(t.norm)) return true;
  // ("it could help", "you know": the pronouns that are subjects as often as objects, before a verb.)
  if (subjectPhrases && (t.norm === 'it' || t.norm === 'you')) {
    let verb = k + 1;
    while (tokens[verb]?.pos === 'ADV' && verb <= stop) verb++;
    if (tokens[verb]?.pos === 'AUX' || tokens[verb]?.pos === 'VERB') return true;
  }
  let after = skipNounPhrase(tokens, k, stop);
  if (after === k) return t.pos === 'SCONJ' || t.pos === 'ADV' || t.norm === 'to';
  // "the debate over the future of coal is …": prepositional phrases inside the subject, before its verb. (Words
  // only: the tagger reads some nouns there as adjectives, "the future".)
  if (subjectPhrases && NOUN_PREPOSITIONS.has(tokens[after]?.norm ?? '') && !tokens[after]?.quoted) {
    let past = after;
    while (past <= stop && past - after < 10 && !tokens[past]?.quoted && (NOUN_PREPOSITIONS.has(tokens[past]?.norm ?? '') || NP_TAGS.has(tokens[past]?.pos ?? ''))) past++;
    if (!NOUN_PREPOSITIONS.has(tokens[past - 1]?.norm ?? '')) after = past;
  }
  // "the Christians and Muslims don't mix": a subject of two noun phrases joined by "and" or "or".
  if ((tokens[after]?.norm === 'and' || tokens[after]?.norm === 'or') && !tokens[after]?.quoted) {
    const second = skipNounPhrase(tokens, after + 1, stop);
    if (second > after + 1) after = second;
  }
  const next = tokens[after];
  return next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB' || next.pos === 'ADV');
}

/** Prepositions that attach a phrase to the noun before them ("the debate over coal"), not a time or a cause to a clause. */
const NOUN_PREPOSITIONS = new Set(['of', 'over', 'in', 'on', 'for', 'about', 'with', 'from', 'at', 'to', 'between', 'against', 'among', 'by']);

const PARTS_OF_DAY = new Set(['morning', 'day', 'night', 'evening', 'afternoon']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'whose', 'where']);

/** A day or year number right after a month or day ("May 5", "May 5, 2016"). */
function isDateNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.pos !== 'NUM' || !/^\d{1,4}(st|nd|rd|th)?$/.test(t.text)) return false;
  const before = tokens[k - 1];
  return isTimeWord(before) || (before?.text === ',' && tokens[k - 2]?.pos === 'NUM' && /^\d{4}$/.test(t.text));
}

export interface After {
  /** First token of what was said. */
  first: number;
  /** Introduced by "that", a colon or a comma before a quote; not just whatever follows the verb. */
  explicit: boolean;
  /** A quote right after the verb, part of the reporter's sentence (said "…"). */
  integrated: boolean;
  /** The addressee after the verb ("told ABC News"), first and last token, when there is one. */
  addressee?: [number, number];
  /** The "that" that opens what was said ("said that …"), when there is one: the content's first word. */
  that?: number;
  /** The last token of the cue as answers show it, when words after the verb belong to it ("joked about"). */
  cueLast?: number;
}

/**
 * "joked about the crowd", "warned of a recession", "cautioned against haste", "commented on the plan": the
 * preposition says what the words were about; it belongs to the verb, and its object is what was said.
 */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'against']);
/** Verbs whose "on" names the topic ("commented on the plan"); after others it is the channel ("added on Twitter"). */
const ON_TOPIC = new Set(['comment', 'remark', 'elaborate', 'reflect', 'expound']);
/** "expressed concern about …": the feeling expressed and its preposition belong to the verb. */
const EXPRESSED = new Set(['concern', 'concerns', 'support', 'outrage', 'doubt', 'doubts', 'confidence', 'regret', 'frustration', 'dismay', 'alarm', 'sympathy', 'optimism', 'skepticism', 'scepticism', 'disappointment']);

/** Verbs whose one object may be a thing promised or urged rather than a person told: "promised a veto". */
const THING_OBJECT_LEMMAS = new Set(['promise', 'urge', 'advise']);

/** "promised a veto", "promised tax cuts for families": an object that is a thing (not a name, pronoun, person or body) is what was said. */
function promisesThing(tokens: readonly Token[], cue: Cue, head: number): boolean {
  const t = tokens[head];
  if (!t || !THING_OBJECT_LEMMAS.has(cue.lemma) || t.pos !== 'NOUN') return false;
  const single = t.norm.replace(/s$/, '');
  return !isRoleWord(t.norm) && !PERSON_NOUNS.has(t.norm) && !PERSON_NOUNS.has(single) && !COLLECTIVE_NOUNS.has(t.norm) && !ORGANISATION_WORDS.has(single);
}

/**
 * What follows a cue: what was said, or (when the cue closes its clause: "…, she said." / "…, she said on Monday,
 * will be …") null with the index of the comma that ends the attribution, for a parenthetical one.
 */
export function contentAfter(tokens: readonly Token[], cue: Cue, stop: number): After | { parenthetical: number; continuing?: true } | { closes: true } | null {
  let k = cue.last + 1;
  // "the poll shows that …": a cue that counts only with "that" ends on it; the "that" opens what was said.
  let that: number | undefined = cue.last > cue.at && tokens[cue.last]?.norm === 'that' ? cue.last : undefined;
  if (DESCRIBING_LEMMAS.has(cue.lemma) && cue.last === cue.at) {
    // "called it an important first step", "described himself as “the last…”": what was said is the description,
    // not the thing described.
    // (Not "her" before a noun: "called her opponent reckless" names the opponent.)
    if (tokens[k]?.pos === 'PRON' && !tokens[k]?.quoted && k < stop && !(tokens[k]?.norm === 'her' && tokens[k + 1]?.pos === 'NOUN')) k++;
    if (tokens[k]?.norm === 'as' && !tokens[k]?.quoted && k < stop) k++;
  }
  let cueLast: number | undefined;
  const topicAt = cue.lemma === 'express' && EXPRESSED.has(tokens[k]?.norm ?? '') && !tokens[k]?.quoted ? k + 1 : k;
  const topic = tokens[topicAt];
  // ("said of the plan that …" says what follows "that"; "said on Friday" is when.)
  const isTopic = topic !== undefined && (TOPIC_PREPOSITIONS.has(topic.norm) || (topic.norm === 'on' && ON_TOPIC.has(cue.lemma)));
  // (Not after a cue that ended on its "that": "showing that about half …" counts; nor "predicted about 30 percent".)
  const object = tokens[topicAt + 1];
  const counted = object?.pos === 'NUM' || /^\d/.test(object?.text ?? '');
  if (topic && !topic.quoted && isTopic && cue.last === cue.at && !['say', 'ask'].includes(cue.lemma) && !isTimeWord(object) && !counted && topicAt + 1 <= stop && isNp(object)) {
    // "joked of the museum, “…”", "warned of the plan that …": what it was about, then the words themselves.
    const past = skipNounPhrase(tokens, topicAt + 1, stop);
    const quoteNext = [',', ':'].includes(tokens[past]?.text ?? '') && tokens[past + 1]?.quoted === true;
    cueLast = quoteNext || tokens[past]?.norm === 'that' ? past - 1 : topicAt;
    k = quoteNext ? past + 1 : cueLast + 1;
  }
  let addressee: [number, number] | undefined;
  if (cue.takesAddressee && cueLast === undefined) {
    const t = tokens[k];
    // Only "of" joins the addressee's noun: "told reporters in an interview that …" was told in the interview. With
    // an article ("members of the committee") only before "that": "reminded voters of the cost" names the cost.
    const nounEnd = () => {
      const withArticle = skipNounPhrase(tokens, k, stop, ADDRESSEE_INNER, true);
      return tokens[withArticle]?.norm === 'that' ? withArticle : skipNounPhrase(tokens, k, stop, ADDRESSEE_INNER);
    };
    // ("told her aides …": "her" before a noun is a possessive, part of the addressee.)
    const possessive = t?.norm === 'her' && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k + 1]?.pos ?? '');
    const past = t && t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.norm) && !possessive ? k + 1 : nounEnd();
    // "told reporters the plan would fail": the addressee, then a clause of its own.
    if (past > k && (past > stop || !isNp(tokens[past]) || clauseAt(tokens, past, stop)) && !promisesThing(tokens, cue, past - 1)) {
      const subjectAt = subjectInsideAddressee(tokens, k, past);
      addressee = [k, subjectAt - 1];
      k = subjectAt;
    }
  }
  for (let guard = 0; guard < 6 && k <= stop; guard++) {
    const t = tokens[k] as Token;
    if (t.quoted) break;
    // "praised Thursday's protests": a day with a possessive names a thing, the object; it is not when.
    // ("said late Wednesday that …", "early Friday": the part of the day before the day.)
    const timeAt = ['early', 'late'].includes(t.norm) && isTimeWord(tokens[k + 1]) ? k + 1 : k;
    // ("The truth, the senator said then, was …": "then" closing the attribution is when, too.)
    if (t.norm === 'then' && tokens[k + 1]?.text === ',' && !tokens[k + 1]?.quoted) {
      k++;
      continue;
    }
    if (isTimeWord(tokens[timeAt]) && !["'s", '’s'].includes(tokens[timeAt + 1]?.norm ?? '')) {
      // "on May 5, 2016,": a day number and a year after a month are part of the time too.
      while (k <= stop && (isTimeWord(tokens[k]) || ['early', 'late', 'this', 'last', 'next'].includes(tokens[k]?.norm ?? '') || isDateNumber(tokens, k) || (tokens[k]?.text === ',' && isDateNumber(tokens, k + 1)))) k++;
      // "…, 2016, that": the comma closing the date.
      if (tokens[k]?.text === ',' && /^\d{4}$/.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.norm === 'that') k++;
      continue;
    }
    // "said the morning after the debate that …": a day told by the event next to it.
    if (t.norm === 'the' && PARTS_OF_DAY.has(tokens[k + 1]?.norm ?? '') && ['after', 'before'].includes(tokens[k + 2]?.norm ?? '') && !tokens[k + 2]?.quoted) {
      const past = skipNounPhrase(tokens, k + 3, stop);
      if (past > k + 3) {
        k = past;
        continue;
      }
    }
    if (FRAME_PREPOSITIONS.has(t.norm) && t.pos === 'ADP') {
      // "at Thursday's hearing", "at last week's forum": the occasion of a day, after the preposition, is the frame.
      const day = ['last', 'this', 'next'].includes(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
      if (isTimeWord(tokens[day]) && ["'s", '’s'].includes(tokens[day + 1]?.norm ?? '')) {
        const past = skipNounPhrase(tokens, day + 2, stop);
        if (past > day + 2) {
          k = past;
          continue;
        }
      }
      if (isTimeWord(tokens[k + 1])) {
        k++;
        continue;
      }
      // "said over the weekend that …", "during the week": an article before a time word.
      if (['the', 'that'].includes(tokens[k + 1]?.norm ?? '') && isTimeWord(tokens[k + 2]) && !tokens[k + 1]?.quoted) {
        k += 2;
        continue;
      }
      const past = skipNounPhrase(tokens, k + 1, stop);
      if (past === k + 1) break;
      k = past;
      continue;
    }
    break;
  }
  // "acknowledged, however, “…”": an adverb set off between the cue and a quote links the sentence to the one before.
  if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'ADV' && tokens[k + 2]?.text === ',' && tokens[k + 3]?.quoted && !tokens[k]?.quoted && !tokens[k + 1]?.quoted && k + 3 <= stop) k += 2;
  // "responded angrily: "…"", "said repeatedly that …": a manner adverb between the cue and what was said.
  if (tokens[k]?.pos === 'ADV' && /ly$/.test(tokens[k]?.norm ?? '') && !tokens[k]?.quoted && k < stop && (tokens[k + 1]?.text === ':' || tokens[k + 1]?.norm === 'that')) k++;
  // "joked about moving to Canada", "cautioned against reading too much into it", "asked Clinton about her emails",
  // "spoke out Tuesday about the shooting": what the words were about, after the verb's addressee or time; the
  // preposition belongs to the verb. (Not "said about 200 people …": a number after it is counted.)
  const about = tokens[k];
  const aboutWhat = tokens[k + 1];
  if (about && !about.quoted && cueLast === undefined && (about.norm === 'about' || about.norm === 'against') && k + 1 <= stop && aboutWhat && !aboutWhat.quoted && aboutWhat.pos !== 'NUM' && !/^\d/.test(aboutWhat.text) && !QUANTITY_WORDS.has(aboutWhat.norm) && (isNp(aboutWhat) || OBJECT_PRONOUNS.has(aboutWhat.norm) || QUESTION_WORDS.has(aboutWhat.norm) || (aboutWhat.pos === 'VERB' && /ing$/.test(aboutWhat.norm)))) {
    cueLast = k;
    k++;
  }
  // "praised him: “…”", "blasted the council: “…”": whom the verb acts on, then a colon and the words themselves.
  if (k === cue.last + 1 && cueLast === undefined && !addressee && (isNp(tokens[k]) || OBJECT_PRONOUNS.has(tokens[k]?.norm ?? ''))) {
    const past = OBJECT_PRONOUNS.has(tokens[k]?.norm ?? '') ? k + 1 : skipNounPhrase(tokens, k, stop);
    if (past > k && tokens[past]?.text === ':' && !tokens[past]?.quoted && tokens[past + 1]?.quoted) {
      cueLast = past - 1;
      k = past;
    }
  }
  let explicit = false;
  const t = tokens[k];
  // "told reporters after the meeting that was held on a boat": "that" with a verb straight after a noun opens a
  // relative clause about the noun; what was said needs a subject. ("said that was wrong" has no noun before it;
  // "told reporters that was wrong" has the addressee.)
  // ("said at the hearing that drafting the plan …": a gerund is a subject; "said Wednesday that …": a day is no noun.)
  const nounBefore = k > cue.last + 1 && addressee?.[1] !== k - 1 && tokens[k - 1]?.pos === 'NOUN' && !isTimeWord(tokens[k - 1]);
  const verbAfter = tokens[k + 1]?.pos === 'AUX' || (tokens[k + 1]?.pos === 'VERB' && !/ing$/.test(tokens[k + 1]?.norm ?? ''));
  if (t?.norm === 'that' && !t.quoted && nounBefore && verbAfter) return { closes: true };
  // "said Monday in a statement which was posted online, would …": a relative clause about the occasion belongs
  // to the frame; the attribution ends at the comma after it.
  if (t && !t.quoted && nounBefore && RELATIVE_PRONOUNS.has(t.norm)) {
    while (k <= stop && tokens[k]?.text !== ',' && !tokens[k]?.quoted) k++;
    if (tokens[k]?.text !== ',') return { closes: true };
  }
  if (t && !t.quoted && (t.norm === 'that' || t.text === ':')) {
    // "say that would be their reaction", "said that was wrong": "that" with a finite verb straight after it is the
    // clause's subject. ("said that given the damage, …", "declared that torture works": a participle or a word
    // the tagger took for a bare verb follows the conjunction.)
    const verb = tokens[k + 1];
    const finite = verb !== undefined && !verb.quoted && ((verb.pos === 'AUX' && !['be', 'being', 'been'].includes(verb.norm)) || (verb.pos === 'VERB' && /(?:ed|s)$/.test(verb.norm)));
    const subject = t.norm === 'that' && finite;
    if (t.norm === 'that') that = k;
    if (!subject) k++;
    explicit = true;
  } else if (t && t.text === ',' && tokens[k + 1]?.quoted) {
    k++;
    explicit = true;
  }
  // "said of the plan that it would fail", "says of Clinton, “…”": what it was said of is not what was said; "asked of her rival" (the
  // thing asked stands before the verb) says nothing here.
  if (!explicit && t && t.norm === 'of' && !t.quoted && k === cue.last + 1 && (cue.lemma === 'say' || cue.lemma === 'ask')) {
    const past = skipNounPhrase(tokens, k + 1, stop);
    // "says of Clinton, “If she gets the chance, …”": a quote after the comma is what was said.
    const quoteNext = [',', ':'].includes(tokens[past]?.text ?? '') && tokens[past + 1]?.quoted === true;
    if (past === k + 1 || tokens[past]?.quoted || (tokens[past]?.norm !== 'that' && !quoteNext)) return { closes: true };
    if (tokens[past]?.norm === 'that') that = past;
    k = past + 1;
    explicit = true;
  }
  // "said that, if elected, he would …": after "that" a parenthetical opens what was said; it is part of it.
  if (explicit && tokens[k]?.text === ',' && !tokens[k]?.quoted && tokens[k - 1]?.norm === 'that') k++;
  // "asked Kasich, who is fourth in the count, to lay out …": a relative clause set off by commas after the addressee
  // or the occasion is about them; what was said (or the sentence's own verb) follows it.
  if (!explicit && k > cue.last + 1 && tokens[k]?.text === ',' && !tokens[k]?.quoted && RELATIVE_PRONOUNS.has(tokens[k + 1]?.norm ?? '')) {
    let comma = k + 2;
    while (comma <= stop && tokens[comma]?.text !== ',' && !tokens[comma]?.quoted) comma++;
    const next = tokens[comma + 1];
    if (tokens[comma]?.text !== ',' || !next) return { closes: true };
    if (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.norm))) return { parenthetical: comma };
    if (!(next.norm === 'that' || next.quoted || (next.norm === 'to' && tokens[comma + 2]?.pos === 'VERB'))) return { closes: true };
    k = comma + 1;
    if (next.norm === 'that') {
      that = k;
      k++;
      explicit = true;
    }
  }
  // "said, without evidence, that …", "continues to insist, most recently in an interview, that …": a phrase set off
  // by commas between the cue and "that" says how or where; what was said is the "that" clause.
  if (!explicit && tokens[k]?.text === ',' && !tokens[k]?.quoted) {
    let comma = k + 1;
    while (comma <= stop && comma - k <= 15 && tokens[comma]?.text !== ',' && !tokens[comma]?.quoted && tokens[comma]?.pos !== 'VERB' && tokens[comma]?.pos !== 'AUX') comma++;
    if (comma > k + 1 && tokens[comma]?.text === ',' && tokens[comma + 1]?.norm === 'that' && !tokens[comma + 1]?.quoted && comma + 2 <= stop) {
      that = comma + 1;
      k = comma + 2;
      explicit = true;
    }
  }
  const first = tokens[k];
  if (!first || k > stop) return { closes: true };
  if (first.text === ',' && !first.quoted) {
    // "…, the ministry said on Monday, will be …": the attribution sits inside what was said.
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    if (v <= stop && (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'VERB') && !/ing$/.test(tokens[v]?.norm ?? '')) return { parenthetical: k };
    // "During his years in office, Mr. Obama said, a majority of Americans have come to believe …"
    // (", who began his speech …": a relative clause after the comma is about the noun before it.)
    if (k + 1 <= stop && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'SCONJ' && !RELATIVE_PRONOUNS.has(tokens[k + 1]?.norm ?? '') && clauseAt(tokens, k + 1, stop, true) && !(tokens[k + 1]?.pos === 'ADV')) return { parenthetical: k };
    // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt", "…, she said, but the bank never paid": a
    // sentence that goes on with a conjunction after the attribution goes on saying what the source said.
    if (k + 2 <= stop && CONTINUING.has(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]?.quoted) return { parenthetical: k, continuing: true };
    return { closes: true };
  }
  if (!first.quoted && (TERMINAL.has(first.text) || (!explicit && CIRCUMSTANCE.has(first.norm)))) return { closes: true };
  if (NEEDS_CLAUSE.has(cue.lemma) && !explicit && !clauseAt(tokens, k, stop)) return null;
  // "its view of the world says something about …", "that says a lot about him": what a thing reveals, not words.
  const amount = tokens[k]?.norm === 'a' ? k + 1 : k;
  if (cue.lemma === 'say' && !explicit && !tokens[k]?.quoted && AMOUNTS.has(tokens[amount]?.norm ?? '') && tokens[amount + 1]?.norm === 'about') return null;
  // "urged Republicans to join …", "told his advisers to find …": what was urged or told is the addressee doing it;
  // the addressee is the subject of the infinitive, part of what was said.
  const infinitive = tokens[addressee?.[1] ?? -1]?.norm === 'to' || (tokens[k]?.norm === 'to' && tokens[k + 1]?.pos === 'VERB');
  if (addressee && k === addressee[1] + 1 && infinitive && !explicit) {
    return { first: addressee[0], explicit, integrated: false };
  }
  return { first: k, explicit, integrated: !explicit && first.quoted && k === cue.last + 1, ...(addressee ? { addressee } : {}), ...(that !== undefined ? { that } : {}), ...(cueLast !== undefined ? { cueLast } : {}) };
}

/** What was said before the source at `sourceStart`: from the clause start to the comma or quote before it. */
export function contentBefore(tokens: readonly Token[], sourceStart: number, floor: number): [number, number] | null {
  let j = sourceStart - 1;
  const mark = tokens[j];
  if (!mark) return null;
  const separated = mark.quoted || [',', '—', '–', '--', ':'].includes(mark.text);
  if (!separated) return null;
  if (!mark.quoted) j--;
  if (j < floor) return null;
  // "According to the report, the mayor shouted": a fronted "according to" phrase names a source; it was not said.
  if (tokens[floor]?.norm === 'according' && tokens[floor + 1]?.norm === 'to' && !tokens[floor]?.quoted) return null;
  return [floor, j];
}

export interface ContentSpan {
  start: number;
  end: number;
  kind: StatementKind;
  words: number;
  /** A quote inside the span runs on into the next paragraph. */
  open: boolean;
  /** Where the cue's own frame starts inside the span, when the words before it were too few to stand alone. */
  frameFrom?: number;
}

const EDGE = /[\s,;:—–-]/u;

/** A quote that opens with a capital and ends on its own full stop, question or exclamation mark. */
function isWholeSentence(text: string, quote: QuoteSpan): boolean {
  const inner = text.slice(quote.innerStart, quote.innerEnd).trim();
  return quote.closed && /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner) && inner.split(/\s+/).length >= 4;
}

/** The span of tokens from..to as a statement: trimmed, and reduced to the words inside when it is one quote. */
export function trimToQuote(text: string, tokens: readonly Token[], from: number, to: number, quotes: readonly QuoteSpan[], integrated = false): ContentSpan | null {
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last || to < from) return null;
  let start = first.start;
  let end = last.end;
  while (start < end && EDGE.test(text[start] ?? '')) start++;
  while (end > start && EDGE.test(text[end - 1] ?? '')) end--;
  if (end > start && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  const inside = overlapping(quotes, start, end);
  const whole = inside.length === 1 ? inside[0] : undefined;
  let kind: StatementKind = inside.length > 0 ? 'partial' : 'indirect';
  // A quote that is the verb's own object (said "…") is part of the reporter's sentence: a partial quote.
  // …unless it is a whole sentence of its own (said "It is over."): a direct quote, as with a comma.
  if (whole && (!integrated || isWholeSentence(text, whole)) && whole.start <= start + 1 && whole.end >= end - 1) {
    start = whole.innerStart;
    end = whole.innerEnd;
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    while (end > start && /[\s,;:]/u.test(text[end - 1] ?? '')) end--;
    if (end > start && text[end - 1] === '.' && text[end - 2] !== '.') end--;
    kind = 'direct';
  }
  if (end <= start) return null;
  const words = startingWithin(tokens, start, end).filter((t) => t.end <= end && /[\p{L}\p{N}]/u.test(t.text)).length;
  return { start, end, kind, words, open: inside.some((q) => !q.closed) };
}

/**
 * "told reporters Moscow would respond", "told CNN Trump would win": with no "that", the reported clause's subject
 * may run on from the addressee, and a verb right after them shows the clause needs it. A name after a common noun
 * ("reporters Moscow") opens the clause; after a name alone ("CNN Trump"), the last word is the subject. Returns
 * where the reported clause starts (`past` when nothing of the addressee belongs to it).
 */
function subjectInsideAddressee(tokens: readonly Token[], from: number, past: number): number {
  const next = tokens[past];
  const finite = next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.norm)));
  if (!finite || past - from < 2) return past;
  // ("reminded the audience of comments Trump made": past an "of", a name and its verb are a relative clause.)
  if (tokens.slice(from, past).some((t) => t.pos === 'ADP')) return past;
  for (let j = past - 1; j > from; j--) {
    const before = tokens[j - 1] as Token;
    if (tokens[j]?.pos === 'PROPN' && before.pos === 'NOUN' && !/^\p{Lu}/u.test(before.text)) return j;
  }
  const names = tokens.slice(from, past).filter((t) => t.pos !== 'DET');
  if (names.length >= 2 && names.every((t) => t.pos === 'PROPN')) return past - 1;
  return past;
}

/** Closing quotation marks a comma may stand inside ("…,” said …", "…,” with …"). */
const CLOSING_MARKS = new Set(['”', '"', '’', "'"]);

/**
 * The end of what was said inside a relative clause ("Lukashenko, who describes himself as “the last dictator,” is a
 * close ally of Putin"): the comma closing the clause, where a verb of the main clause follows (a closing quote
 * mark may stand between them). Returns the last token of what was said.
 */
export function endOfRelativeClause(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]?.text !== ',') continue;
    let next = k + 1;
    while (next <= to && CLOSING_MARKS.has(tokens[next]?.text ?? '')) next++;
    // ("Voters, who said they had doubts, still came": an adverb may stand before the main clause's verb.)
    let verb = next;
    while (verb < to && tokens[verb]?.pos === 'ADV') verb++;
    if (tokens[verb]?.pos === 'AUX' || tokens[verb]?.pos === 'VERB') return next - 1;
  }
  return to;
}

const DASHES = new Set(['—', '―', '–', '--']);
const NON_RESTRICTIVE = new Set(['which', 'who']);

/**
 * Where the writer's own addition to reported speech after the cue begins, or null. News writers append to what
 * someone said their own comment or context; the reporting verb's clause ends before it:
 * - at a semicolon or a lone dash ("said the plan was dead; its backers disagree", "said it was legal — a claim
 *   few accept"); a pair of dashes sets off words inside the clause and ends nothing;
 * - at a relative clause set off by a comma that runs to the end ("said he backed Smith, who has not been
 *   charged"); one closed by a comma is inside what was said ("said the force, which would include troops, would …");
 * - at an absolute phrase set off at the end (", with officials repeatedly expressing concern …").
 * A comma followed by a finite verb ("said the plan, which passed in May, would cut taxes") means the clause goes
 * on, so only later commas end it. Quoted words are the speaker's and never cut. (A participle after a comma is
 * left alone: "said it broke the law, including …", "said the storm hit, killing 12" are often the speaker's.)
 */
export function writersAddition(tokens: readonly Token[], from: number, to: number): number | null {
  const free = (k: number) => tokens[k] !== undefined && !(tokens[k] as Token).quoted;
  const dashes: number[] = [];
  for (let k = from + 2; k <= to; k++) {
    if (!free(k)) continue;
    if (tokens[k]?.text === ';') return k;
    if (DASHES.has(tokens[k]?.text ?? '')) dashes.push(k);
  }
  if (dashes.length === 1) return dashes[0] as number;
  // ", with Chinese officials repeatedly expressing concern …": an absolute phrase set off at the end is the writer's.
  // (The comma may stand inside a closing quotation mark: "said that “the war must end,” with officials …".)
  for (let w = from + 2; w < to - 1; w++) {
    if (tokens[w]?.norm !== 'with' || !free(w)) continue;
    const comma = CLOSING_MARKS.has(tokens[w - 1]?.text ?? '') ? w - 2 : w - 1;
    if (tokens[comma]?.text !== ',') continue;
    let v = w + 1;
    while (v <= to && v - w < 8 && free(v) && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(tokens[v]?.pos ?? '')) v++;
    if (v > w + 1 && tokens[v]?.pos === 'VERB' && /ing$/.test(tokens[v]?.norm ?? '') && free(v) && !tokens.slice(w, to + 1).some((t) => t.quoted)) return comma === w - 1 ? comma : w;
  }
  // ", contradicting the police's claim …", ", prompting calls for …": a participle set off at the end of reported
  // speech tells what the words did, in the writer's words. (Only these participles: verbs of saying there are cues of
  // their own.)
  for (let k = from + 3; k < to; k++) {
    const participle = tokens[k + 1];
    if (tokens[k]?.text !== ',' || !free(k) || !participle || !free(k + 1) || participle.pos !== 'VERB' || !/ing$/.test(participle.norm)) continue;
    if (!ADDITION_PARTICIPLES.has(participle.lemma) || tokens.slice(k, to + 1).some((t) => t.quoted)) continue;
    if (tokens.slice(from, k).some((t) => free(t.i) && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.norm))))) return k;
  }
  let goesOn = -1;
  for (let k = to; k > from; k--) {
    const next = tokens[k + 1];
    if (tokens[k]?.text === ',' && free(k) && next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.norm)))) {
      goesOn = k;
      break;
    }
  }
  // Only the last comma can open a clause that runs to the end.
  let last = to;
  while (last >= from + 2 && !(tokens[last]?.text === ',' && free(last))) last--;
  if (last < Math.max(from + 2, goesOn + 1) || last >= to - 1 || !free(last + 1)) return null;
  const next = tokens[last + 1] as Token;
  const after = tokens[last + 2];
  return NON_RESTRICTIVE.has(next.norm) && after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV') ? last : null;
}

/** "says something about", "says a lot about", "says volumes about": what a thing reveals. */
const AMOUNTS = new Set(['something', 'lot', 'much', 'little', 'nothing', 'more', 'volumes', 'plenty', 'everything', 'anything']);

/** Participles of what words do to others' words or to events, which writers add after them. */
const ADDITION_PARTICIPLES = new Set(['contradict', 'undercut', 'undermine', 'prompt', 'spark', 'fuel', 'echo', 'raise', 'trigger', 'reverse', 'mark', 'send', 'signal', 'set', 'draw', 'cast', 'renew', 'reignite', 'underscore', 'highlight']);

/** "asked about whether …", "spoke about how …": a question the words were about. */
const QUESTION_WORDS = new Set(['whether', 'why', 'how', 'what', 'who', 'when', 'where', 'which']);

/** "about half", "about a third": a quantity, not a topic, after "about". */
const QUANTITY_WORDS = new Set(['half', 'a', 'one', 'twice', 'double', 'third', 'quarter', 'dozen']);

const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'must', 'shall', 'may', "'d", "'ll", 'wo', 'ca']);

/** "said", "urges", "has been": a verb in a tense of its own, not a bare form, an infinitive or a participle in "-ing". */
function isInflected(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX') && token.norm !== token.lemma && !/ing$/.test(token.norm);
}

/**
 * Where another predicate of the speaker's begins after what was said, or null: "promised to back her and said she
 * would …", "urges him to leave the car and repeatedly says …", "said it would leave by March and suggested that …".
 * An "and" followed by a verb in the cue's own form cannot go on with what was said when that has no verb in a tense
 * of its own (an infinitive, a gerund, a noun phrase, only a modal's bare verb): the verb is the speaker's next act.
 * ("said he wanted to leave and bought a ticket" has "wanted" for "bought" to join; it is left whole.)
 */
export function coordinatedPredicate(tokens: readonly Token[], cue: Cue, from: number, to: number): number | null {
  const cueVerb = tokens[cue.at];
  if (!isInflected(cueVerb)) return null;
  const pastCue = !/s$/.test(cueVerb?.norm ?? '');
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) continue;
    if (t.norm === 'and') {
      let v = k + 1;
      while (v <= to && tokens[v]?.pos === 'ADV' && !tokens[v]?.quoted) v++;
      const verb = tokens[v];
      // ("called the charges baseless and fabricated by former aides": a participle with its agent is no act.)
      const sameForm = verb !== undefined && verb.pos === 'VERB' && !verb.quoted && isInflected(verb) && pastCue === !/s$/.test(verb.norm) && tokens[v + 1]?.norm !== 'by';
      if (sameForm) return tokens[k - 1]?.text === ',' ? k - 1 : k;
    }
    // A verb in a tense of its own, not a modal's: what was said has a verb the next one may join.
    if (isInflected(t) && !MODALS.has(t.norm) && !MODALS.has(tokens[k - 1]?.norm ?? '') && tokens[k - 1]?.norm !== 'to') return null;
  }
  return null;
}
