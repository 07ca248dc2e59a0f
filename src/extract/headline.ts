// A stage of its own: what the headline attributes. Headlines have a grammar of their own — "Caddell: Voters are
// worried", "Mayor urges calm in the city", "Bridge will reopen, mayor says" — in Title Case, without articles,
// in the present tense for what was just said, which a tagger trained on sentences misreads. So the headline is read
// with these three shapes only, and only for a speaker the story itself quotes: a headline names its speaker by a
// surname or a short name, and the story says who that is. Anyone else ("Stealth Over Health: …", "Lawmakers rip …")
// is left alone: a missing statement costs less than a wrong speaker.
import type { Document, Language, Paragraph, SaidOn, StatementKind } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { SpeakerRef } from './discourse.ts';
import { isRoleWord } from './lexicon.ts';
import type { RawStatement } from './statements.ts';

/**
 * Verbs of saying as headlines write them: the present tense, for one speaker or several. Not "tells" or "asks":
 * their addressee runs into the words without a mark ("tells voters she's with them").
 */
const HEADLINE_VERBS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    `says say urges urge calls call warns warn denies deny vows vow pledges pledge promises promise claims claim slams
    slam blasts blast rips rip accuses accuse praises praise endorses endorse rejects reject insists insist argues
    argue admits admit predicts predict demands demand threatens threaten`
      .split(/\s+/)
      .filter(Boolean),
  ),
  nl: new Set('zegt zeggen eist eisen waarschuwt waarschuwen ontkent ontkennen belooft beloven noemt noemen'.split(' ')),
};

/** At most this many words name the speaker before the verb or the colon. */
const MAX_SUBJECT_WORDS = 5;

/** "Bridge will reopen, Ruiz says.", "Brug gaat open, zegt Jansen": the verb and its speaker at the end, in either order. */
const TRAILING_VERBS: Record<Language, string> = { en: 'says|said', nl: 'zegt|zei|aldus' };
const SUBJECT = `((?:\\S+\\s+){0,${MAX_SUBJECT_WORDS - 1}}?\\S+)`;
const trailing = (language: Language) => ({
  subjectFirst: new RegExp(`^(.*\\S),\\s+${SUBJECT}\\s+(${TRAILING_VERBS[language]})\\.?$`, 'iu'),
  verbFirst: new RegExp(`^(.*\\S),\\s+(${TRAILING_VERBS[language]})\\s+${SUBJECT}\\.?$`, 'iu'),
});
const TRAILING: Record<Language, { subjectFirst: RegExp; verbFirst: RegExp }> = { en: trailing('en'), nl: trailing('nl') };

const QUOTE_OPEN = /^[“‘"'«„]/u;
const QUOTE_CLOSE = /[”’"'»]$/u;
const QUOTE_MARK = /[“”‘’"«»„]/u;

/**
 * What the headline ends on that is no longer what was said: another clause about someone else ("…, who says he is
 * honored", "…, but backs him"), the speaker's next act (", calls Trump's remarks troubling").
 */
const CONTENT_TAIL: Record<Language, RegExp> = {
  en: new RegExp(`,\\s+(?:who|which)\\s.*$|,?\\s+but\\s.*$|,\\s+(?:${[...HEADLINE_VERBS.en].join('|')})\\s.*$`, 'iu'),
  nl: new RegExp(`,\\s+(?:die|dat|wat)\\s.*$|,?\\s+maar\\s.*$|,\\s+(?:${[...HEADLINE_VERBS.nl].join('|')})\\s.*$`, 'iu'),
};

/**
 * "China urges a ceasefire as Zelensky calls 2023 …": in a headline written as a sentence, a conjunction before a
 * name opens another event. (In Title Case every word is capitalised: "Action In First 100 Days As President".)
 */
const OTHER_EVENT: Record<Language, RegExp> = {
  en: /\s+(?:as|while|after|before)\s+\p{Lu}.*$/u,
  nl: /\s+(?:terwijl|nadat|voordat)\s.*$/u,
};

/** Words that open a clause of their own: "As Trump demands wall, smugglers build tunnels" attributes nothing. */
const SUBORDINATORS = new Set('if as when while after before because although though how why once als wanneer terwijl nadat omdat hoe waarom'.split(' '));

/** Particles a headline verb takes before its object: "calls for", "calls on". */
const PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = { calls: new Set(['for', 'on']), call: new Set(['for', 'on']) };

/** A speaker the story quotes, and when the story first dated their words. */
interface Known {
  speaker: SpeakerRef;
  saidOn: SaidOn;
}

interface Found {
  speaker: Known;
  written: string;
  cue: string;
  start: number;
  end: number;
}

/** The statements of the article's headline lines; `body` gives the speakers it may name, and when they spoke. */
export function headlineStatements(doc: Document, body: readonly RawStatement[]): RawStatement[] {
  const headlines = doc.paragraphs.filter((paragraph) => paragraph.kind === 'headline');
  if (headlines.length === 0 || body.length === 0) return [];
  const speakers = knownSpeakers(body);
  const out: RawStatement[] = [];
  for (const paragraph of headlines) {
    for (const found of readHeadline(doc.text, paragraph, doc.language, speakers)) {
      const span = contentSpan(doc.text, found.start, found.end, doc.language);
      if (!span) continue;
      out.push({
        doc: doc.id,
        kind: span.kind,
        start: span.start,
        end: span.end,
        cue: found.cue,
        saidOn: headlineDate(found.speaker.saidOn, doc),
        context: doc.text.slice(paragraph.start, paragraph.end),
        speaker: { ...found.speaker.speaker, written: found.written },
        headline: true,
      });
    }
  }
  return out;
}

/**
 * A headline sums up the story's news: the speaker's words it reports are those the story first reports of them, and
 * were said when those were ("Obama says museum will tell …" over Saturday's dedication speech).
 */
function headlineDate(first: SaidOn, doc: Document): SaidOn {
  return first.basis === 'published' ? { ...doc.published, basis: 'published' } : { ...first, basis: 'event' };
}

/** The speakers the story quotes by name, under their full name and, for people, their family name. */
function knownSpeakers(body: readonly RawStatement[]): Map<string, Known> {
  const byName = new Map<string, Known>();
  for (const { speaker, saidOn } of body) {
    // ("Justice", "Judge": an office alone names no one a headline can be matched to.)
    if (!/^\p{Lu}/u.test(speaker.name) || speaker.kind === 'document' || isRoleWord(fold(speaker.name))) continue;
    const words = speaker.name.split(/\s+/);
    const keys = [fold(speaker.name)];
    if (speaker.kind === 'person' && words.length > 1) keys.push(fold(words.at(-1) ?? ''));
    for (const key of keys) if (key && !byName.has(key)) byName.set(key, { speaker, saidOn });
  }
  return byName;
}

/** The speaker a headline's words name, or null: the whole phrase, or (for a person) the family name it ends on. */
function speakerNamed(phrase: string, speakers: ReadonlyMap<string, Known>): Known | null {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS || !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  if (words.some((word) => SUBORDINATORS.has(word.toLowerCase()))) return null;
  const whole = speakers.get(fold(phrase.trim()));
  if (whole) return whole;
  const last = speakers.get(fold(words.at(-1) ?? ''));
  return last?.speaker.kind === 'person' ? last : null;
}

/** Each deck of a headline line (split at ";") read in one of the three shapes; offsets into `text`. */
function readHeadline(text: string, paragraph: Paragraph, language: Language, speakers: ReadonlyMap<string, Known>): Found[] {
  const found: Found[] = [];
  let deckStart = paragraph.start;
  for (const deck of text.slice(paragraph.start, paragraph.end).split(';')) {
    const start = deckStart;
    deckStart += deck.length + 1;
    const lead = deck.length - deck.trimStart().length;
    const item = readDeck(deck.trim(), start + lead, language, speakers);
    if (item) found.push(item);
  }
  // "Caddell: Voters worried …; It’s ‘in Their Heads’": a colon's words run over the decks after it.
  const colon = found[0];
  if (colon?.cue === ':' && found.length === 1) colon.end = paragraph.end;
  return found;
}

function readDeck(deck: string, at: number, language: Language, speakers: ReadonlyMap<string, Known>): Found | null {
  // "Caddell: …"; or a label before the colon ("The Latest: Trump urges …"), and the rest read on.
  const colon = /^([^:]{2,60}?):\s+/u.exec(deck);
  if (colon) {
    const speaker = speakerNamed(colon[1] ?? '', speakers);
    if (speaker) return { speaker, written: colon[1] ?? '', cue: ':', start: at + colon[0].length, end: at + deck.length };
    return readDeck(deck.slice(colon[0].length), at + colon[0].length, language, speakers);
  }
  // "Bridge will reopen, Ruiz says.", "Brug gaat open, zegt Jansen".
  const after = TRAILING[language].subjectFirst.exec(deck);
  const before = after ? null : TRAILING[language].verbFirst.exec(deck);
  if (after || before) {
    const said = (after ?? before)?.[1] ?? '';
    const written = (after ? after[2] : before?.[3]) ?? '';
    const cue = ((after ? after[3] : before?.[2]) ?? '').toLowerCase();
    const speaker = speakerNamed(written, speakers);
    return speaker ? { speaker, written, cue, start: at, end: at + said.length } : null;
  }
  // "Mayor Ruiz urges calm in the city": the first verb of saying within the first few words.
  const words = [...deck.matchAll(/\S+/gu)];
  for (let i = 1; i <= Math.min(MAX_SUBJECT_WORDS, words.length - 2); i++) {
    const word = words[i];
    if (!word || !HEADLINE_VERBS[language].has(word[0].toLowerCase())) continue;
    // ("Railing Against Trump, Sanders vows …": a phrase set before the subject.)
    const subject = deck.slice(0, word.index).replace(/^.*,\s*/u, '').trim();
    const speaker = speakerNamed(subject, speakers);
    if (!speaker) return null;
    const verb = word[0].toLowerCase();
    const particle = words[i + 1]?.[0].toLowerCase() ?? '';
    const withParticle = PARTICLES[verb]?.has(particle) === true;
    const contentStart = words[withParticle ? i + 2 : i + 1]?.index ?? deck.length;
    return { speaker, written: subject, cue: withParticle ? `${verb} ${particle}` : verb, start: at + contentStart, end: at + deck.length };
  }
  return null;
}

/** The words said, from `start` to `end`, without a closing stop or a clause about someone else; quoted or not. */
function contentSpan(text: string, start: number, end: number, language: Language): { kind: StatementKind; start: number; end: number } | null {
  let said = text.slice(start, end);
  for (const tail of isTitleCase(said) ? [CONTENT_TAIL[language]] : [CONTENT_TAIL[language], OTHER_EVENT[language]]) {
    const found = tail.exec(said);
    if (found) said = said.slice(0, found.index);
  }
  said = said.replace(/\s+$/u, '');
  // A full stop closes the headline, not the words; inside a closing quote it stays with them.
  if (said.endsWith('.')) said = said.slice(0, -1);
  if (said.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < 2) return null;
  const inner = said.slice(1, -1);
  // "Lynch: ‘Be the voice people hear.’": the whole of it quoted is the speaker's own words, without the marks.
  if (QUOTE_OPEN.test(said) && QUOTE_CLOSE.test(said) && !QUOTE_MARK.test(inner.replace(/(?<=\p{L})[’'](?=\p{L})/gu, ''))) {
    return { kind: 'direct', start: start + 1, end: start + said.length - 1 };
  }
  return { kind: QUOTE_MARK.test(said.replace(/(?<=\p{L})[’'](?=\p{L})/gu, '')) ? 'partial' : 'indirect', start, end: start + said.length };
}

/** Whether most words are capitalised, as Title Case headlines write them. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}‘’“”'"]/u.test(word));
  const capitalised = words.filter((word) => /^[‘’“”'"]?\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length >= 0.7;
}
