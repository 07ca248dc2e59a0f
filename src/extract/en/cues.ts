// Stage 3: cues. A cue is a reporting verb (by lemma, so every inflection counts), a verb with the particle it
// needs ("point out", "call for"), or "according to". Passive ("was told"), negated ("did not say") and
// hypothetical ("declined to say") uses are not statements. Denial verbs are cues too; their polarity is read from
// the cue's words (lexicon.ts polarityOf), the same for both languages.
import { DOCUMENT_NOUNS } from '../lexicon.ts';
import type { Token } from './tokens.ts';
import { POSSESSIVES } from './sources.ts';

export interface Cue {
  /** Index of the verb (or "according"). */
  at: number;
  /** Index of the last token of the cue ("out" in "pointed out"). */
  last: number;
  lemma: string;
  /** Where the speaker stands: before the verb, or after it ("according to X"). */
  sourceSide: 'before' | 'after';
  /** A verb whose first object is the person spoken to: "told reporters that …". */
  takesAddressee: boolean;
}

/** Verbs of saying and writing whose subject is the speaker. */
const SPEECH_LEMMAS = new Set(
  `say tell add ask argue claim state write tweet post announce explain note insist warn declare reply respond suggest
  acknowledge admit report confirm promise urge accuse criticize criticise praise blame predict pledge vow recall
  describe mock joke allege concede contend maintain stress emphasize emphasise counter complain quip shout testify
  assert reveal disclose recount repeat reiterate hint conclude demand tout boast dismiss slam blast decry condemn
  mention comment remark answer exclaim observe cite caution propose recommend proclaim lament speculate agree
  reassure assure remind inform threaten brag scoff retort muse opine estimate forecast guarantee swear charge
  question express endorse continue liken chide scold rebuke berate`
    .split(/\s+/)
    .filter(Boolean),
);

/** A verb of saying: quoted as the first words of a quote, it makes the quote the speaker's ("X “expressed concern”"). */
export function isSpeechVerb(token: Token): boolean {
  return token.pos === 'VERB' && (SPEECH_LEMMAS.has(token.lemma) || DENIAL_LEMMAS.has(token.lemma));
}

/** Verbs that report a denial: the statement is what the speaker says is not so (polarityOf marks it). */
const DENIAL_LEMMAS = new Set(['deny', 'reject', 'refute', 'dispute']);

/** Verbs that are cues only with a quotation straight after them ("attacked “…”"); otherwise they act. */
const QUOTED_OBJECT_LEMMAS = new Set(['attack', 'denounce', 'lambaste', 'ridicule', 'deride', 'hail']);

/** Naming verbs: a statement when what they name the object is quoted or follows a pronoun ("called it a scam"). */
const NAMING_LEMMAS = new Set(['call', 'brand', 'dub', 'label', 'term']);

/** Verbs whose content is a description of their object: "called it X", "described himself as X". */
export const DESCRIBING_LEMMAS: ReadonlySet<string> = new Set([...NAMING_LEMMAS, 'describe', 'characterize', 'characterise', 'portray']);

/** Verbs that also tell what something is likely to become ("promises to be long"). */
const PROSPECT_LEMMAS = new Set(['promise', 'threaten']);
const BECOMING = new Set(['be', 'become']);

/** Verbs whose object is the addressee before what was said. */
const ADDRESSEE_LEMMAS = new Set(['tell', 'ask', 'remind', 'inform', 'assure', 'reassure', 'warn', 'urge', 'promise', 'advise', 'caution']);

/** Verbs that are cues only with a particle: "pointed out that", "called for", "spoke about". */
const PARTICLE_CUES: Record<string, readonly string[]> = {
  point: ['out', 'to'],
  call: ['for', 'on'],
  speak: ['of', 'about', 'out'],
  weigh: ['in'],
  lash: ['out'],
  fire: ['back'],
  hit: ['back'],
  push: ['back'],
  believe: ['that'],
  hope: ['that'],
  think: ['that'],
  fear: ['that'],
  worry: ['that'],
  expect: ['that'],
  feel: ['that'],
  // Evidence: "the poll shows that …", "the study found that …", "records indicate that …".
  show: ['that'],
  find: ['that'],
  indicate: ['that'],
};

/** Verbs in the base form that the tagger reads as nouns after a plural ("documents show", "polls suggest"). */
const BASE_FORMS = new Set(['show', 'say', 'suggest', 'indicate', 'claim', 'argue']);

/** Beliefs and evidence that report a clause without "that" as often as with it. */
const WITHOUT_THAT = new Set(['show', 'find', 'indicate', 'believe', 'think', 'hope', 'fear', 'worry', 'feel']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** A verb that can have a subject of its own: an auxiliary, or a verb in the past or in the third person. */
function isFinite(token: Token | undefined): boolean {
  if (token === undefined || token.quoted) return false;
  // (An inflected form: "held", "took", "shows"; not "-ing", and not a base form that could be an infinitive.)
  return token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/.test(token.norm) && (/(?:ed|s)$/.test(token.norm) || token.norm !== token.lemma));
}

/**
 * A clause opens at `k`: a subject pronoun or a noun phrase (a determiner, adjectives, nouns and names), then a
 * finite verb ("Clinton was the winner", "the United States was in breach", "he took a loss").
 */
function finiteClauseAfter(tokens: readonly Token[], k: number, last: number): boolean {
  const first = tokens[k];
  if (!first || first.quoted) return false;
  if (SUBJECT_PRONOUNS.has(first.norm)) return isFinite(tokens[k + 1]) || tokens[k + 1]?.pos === 'VERB';
  let j = k;
  if (tokens[j]?.pos === 'DET') j++;
  while (j <= last && tokens[j]?.pos === 'ADJ') j++;
  const headStart = j;
  while (j <= last && (tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN') && !tokens[j]?.quoted) j++;
  return j > headStart && isFinite(tokens[j]);
}

/** Cues that need a clause or a quote after them; with a bare object they mean something else ("added $5"). */
export const NEEDS_CLAUSE = new Set(['add', 'continue', 'state', 'report', 'charge', 'question', 'answer', 'observe', 'estimate', 'post', 'assert', 'maintain']);

const BE = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being', "'s", "'re"]);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const MAYBE_MODALS = new Set(['could', 'might', 'may', 'should', 'must', 'ought', 'can']);
/**
 * "went on to say", "continued to insist", "continue to warn", "are quick to point out": an infinitive that still
 * reports what was said.
 */
const GOES_ON = new Set(['on', 'continue', 'continued', 'continues', 'continuing', 'proceeded', 'proceeds', 'repeatedly', 'quick']);

/** Whether the verb at `at` is passive ("was told", "were asked"): its subject is the addressee, not the speaker. */
function isPassive(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (!verb || /ing$/.test(verb.norm)) return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const t = tokens[i] as Token;
    if (BE.has(t.norm)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** "did not say", "would never tell", "declined to say", "is expected to announce". */
function isNegatedOrUnreal(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const t = tokens[i] as Token;
    if (NEGATORS.has(t.norm)) return true;
    // An infinitive is not (yet) a statement ("wants to say", "for Russia to agree"), except "went on to say".
    if (t.norm === 'to') return !GOES_ON.has(tokens[i - 1]?.norm ?? '');
    // "might argue", "could claim", "should say": what someone may yet say is not a statement. ("would later say"
    // tells the story's past; "will say in a speech" announces remarks already written.)
    if (MAYBE_MODALS.has(t.norm) && t.pos === 'AUX') return true;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    return false;
  }
  return false;
}

/** "Trump claims that …", "Lynch says …": a verb the tagger read as a plural noun, between a subject and a clause. */
function isVerbInDisguise(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (/^(says|said)$/.test(token.norm)) return true;
  // "Leaked documents show he took a loss", "polls suggest that …": a plural subject, then the verb's base form,
  // then a clause.
  if (BASE_FORMS.has(token.norm)) {
    const subject = tokens[i - 1];
    const plural = subject !== undefined && !subject.quoted && subject.pos === 'NOUN' && /[^s]s$/.test(subject.norm);
    const clause = tokens[i + 1]?.norm === 'that' ? finiteClauseAfter(tokens, i + 2, tokens.length - 1) : finiteClauseAfter(tokens, i + 1, tokens.length - 1);
    return plural && clause;
  }
  if (!/s$/.test(token.norm)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // ("A memo on the website states that …": a singular noun, then a verb of saying; "the states that border …" has a
  // determiner before its plural instead.)
  // ("voting states that precede it", "the questions that would decide": a verb right after "that" makes it a
  // relative pronoun, and the word before it a noun.)
  const relative = ['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '');
  const singularNoun = before !== undefined && before.pos === 'NOUN' && !/s$/.test(before.norm) && SPEECH_LEMMAS.has(token.lemma) && !relative;
  const subject = before !== undefined && (before.pos === 'PROPN' || singularNoun || (before.pos === 'PRON' && ['he', 'she', 'it'].includes(before.norm)));
  // "Lynch notes they were appointed …": a subject pronoun and its verb open the clause as "that" would.
  const clause = after !== undefined && ['he', 'she', 'they', 'it', 'we', 'i'].includes(after.norm) && ['AUX', 'VERB'].includes(tokens[i + 2]?.pos ?? '');
  return subject && after !== undefined && (after.norm === 'that' || after.text === ':' || after.quoted || clause);
}

/**
 * "Japan branded North Korea an “outlaw nation”": a past tense the tagger read as an adjective, between a named
 * subject and an object. Its lemma when it is a verb of saying or naming, else null.
 */
function verbReadAsAdjective(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i] as Token;
  // "…, promising to lift the rules": an adjective never takes "to" and a verb ("a promising start" does not).
  if (/ing$/.test(token.norm) && tokens[i + 1]?.norm === 'to' && tokens[i + 2]?.pos === 'VERB') {
    const stem = token.norm.slice(0, -3);
    return [stem, `${stem}e`].find((lemma) => SPEECH_LEMMAS.has(lemma)) ?? null;
  }
  if (!/ed$/.test(token.norm)) return null;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const subject = before !== undefined && (before.pos === 'PROPN' || (before.pos === 'PRON' && ['he', 'she', 'they', 'it', 'we'].includes(before.norm)));
  if (!subject || !after || !['PROPN', 'DET', 'PRON'].includes(after.pos)) return null;
  const stem = token.norm.slice(0, -2);
  const candidates = [stem, `${stem}e`, token.norm.slice(0, -3) + 'y', stem.slice(0, -1)];
  return candidates.find((lemma) => SPEECH_LEMMAS.has(lemma) || DENIAL_LEMMAS.has(lemma) || NAMING_LEMMAS.has(lemma) || DESCRIBING_LEMMAS.has(lemma)) ?? null;
}

const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** "called it a disaster", "called her a liar" — but not "called her brother", where "her" is a possessive. */
function namesPronoun(tokens: readonly Token[], at: number): boolean {
  const object = tokens[at + 1]?.norm ?? '';
  if (!['it', 'him', 'her', 'them', 'this', 'that'].includes(object)) return false;
  return !(object === 'her' && tokens[at + 2]?.pos === 'NOUN');
}
/** Prepositions inside a named object ("her vote in favor of the war"). */
const INNER_OF_OBJECT = new Set(['of', 'in', 'for', 'on', 'about', 'over', 'to']);
const TIME_NOUNS = new Set(['time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'evening', 'hour', 'hours', 'minute', 'minutes', 'half-hour', 'half', 'moment', 'decade', 'decades']);

/**
 * "called the charges unsubstantiated", "branded the plan a disaster": the verb, an object, then what the speaker
 * named it (an adjective, or "a/an" and a noun that is not a time: "called his mother every day" is no naming).
 */
function namesAsComplement(tokens: readonly Token[], at: number, last: number): boolean {
  let k = at + 1;
  let heads = 0;
  /** Where the object's current phrase starts: after the verb, an inner preposition or "and". */
  let phraseStart = k;
  for (;;) {
    const t = tokens[k];
    if (k > last || !t || t.quoted) break;
    // "her vote in favor of the war", "the citation and the demand for his testimony": the object's own phrases.
    const opens = tokens[k + 1];
    if (heads > 0 && (INNER_OF_OBJECT.has(t.norm) || t.norm === 'and') && opens && (OBJECT_TAGS.has(opens.pos) || POSSESSIVES.has(opens.norm)) && opens.norm !== 'a' && opens.norm !== 'an') {
      k++;
      phraseStart = k;
      continue;
    }
    const fresh = k === phraseStart;
    if (!(OBJECT_TAGS.has(t.pos) || (fresh && POSSESSIVES.has(t.norm)))) break;
    if (!fresh && heads > 0 && (t.pos === 'DET' || t.pos === 'ADJ') && tokens[k - 1]?.pos !== 'DET' && tokens[k - 1]?.pos !== 'ADJ' && !POSSESSIVES.has(tokens[k - 1]?.norm ?? '')) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') heads++;
    k++;
  }
  const next = tokens[k];
  if (heads === 0 || !next || next.quoted) return false;
  // ("called the race … less than a half-hour after": a comparison, not a description.)
  if (next.pos === 'ADJ') return tokens[k + 1]?.norm !== 'than';
  if (next.norm !== 'a' && next.norm !== 'an') return false;
  let n = k + 1;
  while (tokens[n]?.pos === 'ADJ') n++;
  return tokens[n]?.pos === 'NOUN' && !TIME_NOUNS.has(tokens[n]?.norm ?? '');
}

/** "the state's 20 pledged delegates", "a stated goal": a past participle inside a noun phrase describes its noun. */
function isAdjectival(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return /ed$/.test(tokens[at]?.norm ?? '') && tokens[at + 1]?.pos === 'NOUN' && before !== undefined && !before.quoted && (before.pos === 'NUM' || before.pos === 'DET' || before.pos === 'ADJ' || before.norm === "'s");
}

/** "as" opens the clause of the verb at `at`: "As X put it", "as one senator recently put it". */
function asOpens(tokens: readonly Token[], at: number, first: number): boolean {
  for (let i = at - 1; i >= Math.max(first, at - 10); i--) {
    const t = tokens[i] as Token;
    if (t.quoted) return false;
    if (t.norm === 'as') return i === first || [',', ';', ':', '—', '–'].includes(tokens[i - 1]?.text ?? '');
  }
  return false;
}

/** "called half of Donald Trump's supporters “deplorables”": a quote after the verb's object, in the same clause. */
function quotedSoon(tokens: readonly Token[], at: number, last: number): boolean {
  for (let i = at + 1; i <= Math.min(last, at + 10); i++) {
    const token = tokens[i] as Token;
    if (token.quoted) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || [',', ';', ':', '.'].includes(token.text)) return false;
  }
  return false;
}

/** What a source asks not to be: "asked not to be named", "requested not to be identified". */
const ANONYMITY = new Set(['named', 'identified', 'quoted', 'cited', 'disclosed']);

/** "asked not to be named", "requested not to be identified", at the verb `at`. */
function asksAnonymity(tokens: readonly Token[], at: number, lemma: string): boolean {
  return ['ask', 'request'].includes(lemma) && tokens[at + 1]?.norm === 'not' && tokens[at + 2]?.norm === 'to' && tokens[at + 3]?.norm === 'be' && ANONYMITY.has(tokens[at + 4]?.norm ?? '');
}

/** "responded to (a / the reporter's) request(s) for comment", "replied to requests for comment" at the verb `at`. */
function answersRequestForComment(tokens: readonly Token[], at: number, lemma: string): boolean {
  if (!['respond', 'reply'].includes(lemma) || tokens[at + 1]?.norm !== 'to') return false;
  const request = tokens.findIndex((t, k) => k > at + 1 && k <= at + 5 && /^(?:request|inquiry|enquiry|query|queries|inquiries|enquiries)s?$/.test(t.norm));
  return request > 0 && tokens[request + 1]?.norm === 'for' && tokens[request + 2]?.norm === 'comment';
}

/** "Neither Smith nor Jones said …": a subject opened by "neither" with its "nor", right before the verb `at`. */
function hasNeitherSubject(tokens: readonly Token[], first: number, at: number): boolean {
  let nor = false;
  // (Past the verb's auxiliaries and adverbs: "Neither … nor … has yet said".)
  let k = at - 1;
  while (k >= first && ['AUX', 'ADV', 'PART'].includes(tokens[k]?.pos ?? '')) k--;
  for (; k >= first; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || t.pos === 'VERB' || t.pos === 'AUX' || [';', ':', ','].includes(t.text)) return false;
    if (t.norm === 'nor') nor = true;
    if (t.norm === 'neither') return nor;
  }
  return false;
}

/** The cues of one sentence (tokens first..last), outside quotations. */
export function findCues(tokens: readonly Token[], first: number, last: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = first; i <= last; i++) {
    const token = tokens[i] as Token;
    if (token.quoted) continue;
    if (token.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      cues.push({ at: i, last: i + 1, lemma: 'according to', sourceSide: 'after', takesAddressee: false });
      i++;
      continue;
    }
    const misread = token.pos === 'ADJ' ? verbReadAsAdjective(tokens, i) : null;
    if (token.pos !== 'VERB' && !misread && !(token.pos === 'NOUN' && isVerbInDisguise(tokens, i))) continue;
    // Capitalised inside a sentence: a name or a headline word, not a verb ("Says" in a title).
    if (/^\p{Lu}/u.test(token.text) && i !== first) continue;
    const lemma = misread ?? token.lemma;
    let end = i;
    let isCue = SPEECH_LEMMAS.has(lemma) || DENIAL_LEMMAS.has(lemma);
    const particles = PARTICLE_CUES[lemma];
    // "spoke emotionally of": one adverb may stand between the verb and its particle.
    const particleAt = tokens[i + 1]?.pos === 'ADV' && /ly$/.test(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    // ("feel that way", "believe that story": "that" before a noun points at it; it opens no clause. "show that
    // women earn less": a verb after the noun makes the noun a subject.)
    const demonstrative = tokens[particleAt]?.norm === 'that' && tokens[particleAt + 1]?.pos === 'NOUN' && !isFinite(tokens[particleAt + 2]);
    if (particles && particles.includes(tokens[particleAt]?.norm ?? '') && !demonstrative) {
      isCue = true;
      end = particleAt;
    } else if (particles?.includes('that') && WITHOUT_THAT.has(lemma) && cues.length === 0 && finiteClauseAfter(tokens, i + 1, last)) {
      // "Polls showed Clinton was ahead", "one study found Trump would raise taxes", "Trump thinks he can win": the
      // clause without its "that". (After another cue it is part of what was said: "said she thinks it should …".)
      isCue = true;
    } else if (NAMING_LEMMAS.has(lemma) && (quotedSoon(tokens, i, last) || namesPronoun(tokens, i) || namesAsComplement(tokens, i, last))) {
      // "called it “a disaster”", "called it an important first step": naming in the speaker's own words.
      isCue = true;
    } else if (QUOTED_OBJECT_LEMMAS.has(lemma) && tokens[i + 1]?.quoted === true) {
      // "Trump attacked “the hateful ideology of radical Islam”": the words attacked or hailed are the speaker's.
      isCue = true;
    } else if (lemma === 'put' && tokens[i + 1]?.norm === 'it' && asOpens(tokens, i, first)) {
      // "As Ms. Simonyan put it, RT is …", "…, as one senator put it": the speaker's own way of saying it.
      isCue = true;
      end = i + 1;
    } else if (lemma === 'read' && DOCUMENT_NOUNS.has(tokens[i - 1]?.norm ?? '')) {
      // "the plan reads": a document's own words.
      isCue = true;
    }
    if (!isCue || isPassive(tokens, i) || isNegatedOrUnreal(tokens, i) || isAdjectival(tokens, i)) continue;
    // "The ad concludes with footage of …": to conclude with something is to end with it, not to say it.
    if (lemma === 'conclude' && tokens[i + 1]?.norm === 'with') continue;
    // "Prices continued to rise", "continues his attacks": only "continued: “…”" or "“…,” he continued." goes on
    // speaking ("continued to say" is the verb after it).
    if (lemma === 'continue' && !(tokens[i + 1]?.quoted || [':', ',', '.', undefined].includes(tokens[i + 1]?.text))) continue;
    // "The fight promises to be long", "the row threatens to become a crisis": a prospect, not a pledge or a threat.
    if (PROSPECT_LEMMAS.has(lemma) && tokens[i + 1]?.norm === 'to' && BECOMING.has(tokens[i + 2]?.lemma ?? '')) continue;
    // "“…,” one resident, who asked not to be named, told the BBC": a request for anonymity is how the story got the
    // words, not words; the cue is the verb after it.
    if (asksAnonymity(tokens, i, lemma)) continue;
    // "responded to a request for comment": answering the reporter's request is told, not what the answer said.
    if (answersRequestForComment(tokens, i, lemma)) continue;
    // "Neither the White House nor the Pentagon responded": the subject negates the verb as "did not" would.
    if (hasNeitherSubject(tokens, first, i)) continue;
    cues.push({ at: i, last: end, lemma, sourceSide: 'before', takesAddressee: ADDRESSEE_LEMMAS.has(lemma) });
  }
  return cues;
}
