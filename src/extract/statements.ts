// Statements of one article: direct quotes, partial quotes inside a reported clause, and reported speech, each
// with the speaker as written and resolved in context, and the date it was said.
import type { Document, Paragraph, SaidOn, StatementKind } from '../model.ts';
import { fold } from '../text/fold.ts';
import { SaidWhen } from './said-when.ts';
import { Discourse, type KindLookup, type SpeakerRef } from './discourse.ts';
import {
  COMPLEMENTISERS,
  CUE_PARTICLES,
  CUE_VERBS,
  DUTCH_CLAUSE_ONLY,
  DUTCH_PARTICIPLE_CUES,
  DUTCH_SEPARATED,
  DUTCH_WEEKDAYS,
  DOCUMENT_NOUNS,
  LINKING_WORDS,
  NEGATIONS,
  NOMINAL_CUES,
  PARTICIPLE_CUES,
  PREPOSED_SOURCE,
  PREPOSITIONS,
  QUOTED_CUE_START,
  SENTENCE_OPENERS,
} from './lexicon.ts';
import { type Mention, type Word, describe, nameMention, speakerAfter, speakerBefore, words } from './mentions.ts';
import { firstFrom, startingWithin } from './offsets.ts';
import { OPENING_QUOTE, type QuoteSpan, insideQuote, paragraphQuotes } from './quotes.ts';
import { nominalCues } from './nominal.ts';
import { type SignedQuote, signedQuote, signedStatement } from './signed-quote.ts';
import { units, type Unit } from './units.ts';
import { headlineStatements } from './headline.ts';
import { EnglishReader } from './en/reader.ts';

export interface RawStatement {
  doc: string;
  kind: StatementKind;
  start: number;
  end: number;
  cue: string;
  saidOn: SaidOn;
  context: string;
  speaker: SpeakerRef;
  /** The words are the headline's (`headline.ts`). */
  headline?: true;
}

/** Words that may stand between a cue and its "that" without being part of what was said. */
const FRAME_WORDS = new Set(
  `on in at earlier later this last week month year morning evening afternoon today yesterday monday tuesday wednesday
  thursday friday saturday sunday a an the news conference press briefing statement interview verder ook eerder deze
  vorige week maand nog maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag al echter recently
  recentelijk onlangs`
    .split(/\s+/)
    .filter(Boolean),
);

/** Dutch words for a day: "dinsdag", "donderdagavond", "gisteren", "vanochtend". */
const DUTCH_TIME_WORD = new RegExp(`^(?:(?:${DUTCH_WEEKDAYS.join('|')})(?:avond|ochtend|middag|nacht)?|gisteren|gisteravond|eergisteren|vandaag|vanochtend|vanmiddag|vanavond)$`, 'u');

/** The preposed-source cues anchored where a quote's attribution starts ("…", aldus X). */
const PREPOSED_AT = PREPOSED_SOURCE.map((pattern) => new RegExp(pattern.source, 'iuy'));
/** Where another attribution starts inside a reported clause, ending it. */
const LATER_ATTRIBUTION = new RegExp(
  `(?:['’]s|\\b(?:from|by|van)\\s+\\p{Lu}[\\p{L}-]*)\\s*(?:${NOMINAL_CUES})?\\s+(?:that|dat)\\s|['’]s\\s+(?:${NOMINAL_CUES})\\s|,\\s*(?:maar|en)\\s+volgens\\s`,
  'u',
);

interface Found {
  kind: StatementKind;
  start: number;
  end: number;
  cue: string;
  speaker: SpeakerRef;
  /** Offset of the cue, for the date: frame words near it. */
  cueAt: number;
  inheritDate?: SaidOn;
  /** Words inside the span that still frame it (a parenthetical "…, the ministry said on Monday, …"). */
  frame?: { start: number; end: number };
  /** The statement ends in a quote left open for the next paragraph. */
  opensContinuation?: boolean;
}

/**
 * The cleaned text's statements for one document. English runs the tagged pipeline (src/extract/en); the rule
 * reader below serves Dutch.
 */
export function extractStatements(document: Document, kindOf: KindLookup): RawStatement[] {
  const body = document.language === 'en' ? new EnglishReader(document, kindOf).read((paragraph) => embeddedPost(document, paragraph)) : new ArticleReader(document, kindOf).read();
  // The headline comes first in the article; it is read last, as it names its speakers by what the story said.
  const read = [...headlineStatements(document, body), ...body];
  // Whatever a reader found, only a real span with words in it leaves extraction: a snippet must be verbatim,
  // non-empty text of the article.
  return read.filter((s) => s.start >= 0 && s.end <= document.text.length && s.end > s.start && /[\p{L}\p{N}]/u.test(document.text.slice(s.start, s.end)));
}

/**
 * Dutch puts the finite verb second: when an adverbial comes first ("Dinsdag zei", "Na afloop zei", "Daarom
 * stelde"), the subject follows the verb and "dat" follows the subject ("Dinsdag zei minister Jansen dat …").
 * Verbs that take an addressee without a preposition ("vertelde de minister dat") are left out: there the
 * phrase after the verb is who was told.
 */
function dutchInvertedSubject(list: Word[], index: number): Mention | null {
  if (index === 0) return null;
  // "Rutte noemde het plan dat …": a subject already stands before the verb; the phrase after it is the object.
  const before = speakerBefore(list, index);
  const openerAt = before ? list.findIndex((w) => w.start === before.start) : -1;
  const opener = list[openerAt];
  // ("In een verklaring laat het ministerie weten dat …", "Dinsdag liet minister Jansen weten dat …": a phrase of
  // time, or after a preposition, is a fronted adverbial too.)
  const fronted = opener !== undefined && (DUTCH_TIME_WORD.test(fold(opener.text)) || FRAME_WORDS.has(opener.norm) || SENTENCE_OPENERS.has(opener.norm) || PREPOSITIONS.has(opener.norm) || PREPOSITIONS.has(list[openerAt - 1]?.norm ?? ''));
  if (before && before.kind !== 'relative' && opener && !fronted) return null;
  // Verbs that take an addressee without a preposition ("vertelde de minister dat"): the phrase after the verb is
  // its subject only after a fronted adverbial, where Dutch puts the subject right after the verb.
  if (ADDRESSEE_VERBS.has(list[index]?.norm ?? '') && !fronted) return null;
  const subject = speakerAfter(list, index + 1);
  if (!subject || subject.kind === 'relative') return null;
  // (A separable verb's particle may stand between the subject and "dat": "laat het ministerie weten dat".)
  let next = firstFrom(list, subject.end);
  if (list[next]?.norm === DUTCH_SEPARATED[list[index]?.norm ?? '']?.particle) next++;
  const follower = list[next];
  return follower && (follower.norm === 'dat' || follower.text === ':') ? subject : null;
}

/** Where a bracketed note right before `index` opens ("(NSC)", "(VVD)"), or `index` when there is none. */
function bracketBefore(list: readonly Word[], index: number): number {
  if (list[index - 1]?.text !== ')') return index;
  for (let k = index - 2; k >= Math.max(0, index - 6); k--) {
    if (list[k]?.text === '(') return k;
    if (list[k]?.text === ')') break;
  }
  return index;
}

/** How many words (not punctuation) a span of `text` holds. */
function wordsIn(text: string, span: { start: number; end: number }): number {
  return words(text.slice(span.start, span.end)).filter((w) => /^[\p{L}\p{N}]/u.test(w.text)).length;
}

/** "noemt het plan “onverantwoord”": the object and what it is called follow the verb, never a "dat" clause. */
const DUTCH_NAMING_VERBS = new Set(['noemt', 'noemde', 'noemen', 'noemden']);

/** Finite verbs that follow "volgens haar" straight away (Dutch puts the verb second): "haar" is then the person. */
const DUTCH_FINITE = new Set(['is', 'zijn', 'was', 'waren', 'heeft', 'hebben', 'had', 'hadden', 'moet', 'moeten', 'moest', 'moesten', 'kan', 'kunnen', 'kon', 'konden', 'wil', 'willen', 'wilde', 'gaat', 'gaan', 'ging', 'gingen', 'zal', 'zullen', 'zou', 'zouden', 'wordt', 'worden', 'werd', 'werden', 'blijft', 'blijven', 'lijkt', 'staat', 'komt', 'mag', 'mogen', 'hoeft', 'hoeven']);

/**
 * "Volgens hem is …", "volgens haar moet …": an object pronoun after the preposition is the person, as "hij" or "zij"
 * would be. ("volgens haar woordvoerder": "haar" before a noun is a possessive, and the phrase is read as usual.)
 */
function objectPronoun(list: Word[], index: number): Mention | null {
  const word = list[index];
  if (!word) return null;
  const next = list[index + 1];
  const person = word.norm === 'hem' ? 'hij' : word.norm === 'haar' && (next?.text === ',' || DUTCH_FINITE.has(next?.norm ?? '')) ? 'zij' : null;
  if (!person) return null;
  return { text: word.text, start: word.start, end: word.end, parts: [], kind: 'person-pronoun', definite: true, name: person, role: null };
}

/** Punctuation that ends a Dutch clause's middle. */
const CLAUSE_MARKS = new Set([',', ';', ':', '.']);

/**
 * "Femke Halsema, burgemeester van Amsterdam, zegt dat …", "De burgemeester van Amsterdam, Femke Halsema, zegt …":
 * a sentence that opens on its subject and an appositive between commas, right before the cue. The subject speaks;
 * when it is a description and the appositive a name alone, the name does.
 */
function appositiveSubject(list: Word[], index: number): Mention | null {
  if (list[index - 1]?.text !== ',') return null;
  let open = index - 2;
  while (open > 0 && list[open]?.text !== ',') {
    const word = list[open] as Word;
    if (index - open > 14 || CLAUSE_MARKS.has(word.text) || CUE_VERBS.has(word.norm)) return null;
    open--;
  }
  if (open <= 0 || list[open]?.text !== ',') return null;
  const subject = speakerBefore(list, open);
  // (Only the sentence's own subject: "Hij sprak met Jansen, de minister, …" is not.)
  if (!subject || subject.start !== list[0]?.start || subject.kind === 'relative') return null;
  const apposed = speakerAfter(list, open + 1);
  if (!apposed || apposed.end !== list[index - 2]?.end) return subject;
  return namedBy(subject, apposed) ?? subject;
}

/** The name an appositive gives a description ("de burgemeester, Femke Halsema,"): a name alone; else null. */
function namedBy(described: Mention, apposed: Mention): Mention | null {
  return described.kind !== 'name' && apposed.kind === 'name' && apposed.role === null ? apposed : null;
}

/** Where a clause ends, looking from its verb: at punctuation, or at the "dat" that opens the next one. */
function endsClause(word: Word): boolean {
  return CLAUSE_MARKS.has(word.text) || word.norm === 'dat';
}

/** Whether "heeft", "hebben", "had" or "hadden" stands earlier in the clause of the participle at `index`. */
function afterAuxiliary(list: Word[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 8); i--) {
    const word = list[i] as Word;
    if (endsClause(word)) return false;
    if (['heeft', 'hebben', 'had', 'hadden'].includes(word.norm)) return true;
  }
  return false;
}

/** Where a separated verb's particle stands ("voegde eraan toe", "laat in een verklaring weten"), or -1. */
function separatedParticle(list: Word[], index: number, verb: { particle: string; before?: ReadonlySet<string> }): number {
  if (verb.before) {
    const between = list[index + 1];
    return between && verb.before.has(between.norm) && list[index + 2]?.norm === verb.particle ? index + 2 : -1;
  }
  for (let i = index + 1; i <= Math.min(list.length - 1, index + 8); i++) {
    const word = list[i] as Word;
    if (word.norm === verb.particle) return i;
    if (endsClause(word)) return -1;
  }
  return -1;
}

/** Verbs of "Dat zegt X": the sentence before is what X said, wrote or reported. */
const POINTING_VERBS = new Set(['zegt', 'zei', 'zeggen', 'zeiden', 'meldt', 'meldde', 'melden', 'meldden', 'schrijft', 'schreef', 'schrijven', 'stelt', 'stelde', 'bevestigt', 'bevestigde', 'verklaart', 'verklaarde', 'concludeert', 'concludeerde']);

/** The verbs that close "Dat heeft X gezegd." and "Dat laat X weten.", by the verb that opens them. */
const POINTING_CLOSERS: ReadonlyArray<[ReadonlySet<string>, ReadonlySet<string>]> = [
  [new Set(['heeft', 'hebben', 'had', 'hadden']), new Set(['gezegd', 'gemeld', 'geschreven', 'gesteld', 'bevestigd', 'verklaard', 'geconcludeerd', 'bekendgemaakt', 'verteld'])],
  [new Set(['laat', 'liet', 'laten', 'lieten']), new Set(['weten'])],
];

/**
 * Where the verb's other part stands in "Dat heeft een woordvoerder van Defensie gezegd." or "Dat laat de gemeente
 * weten (in een verklaring).": the index of the participle or of "weten", or null when the sentence is not one.
 */
function pointingVerbEnd(list: readonly Word[]): number | null {
  const opener = list[1]?.norm ?? '';
  const closers = POINTING_CLOSERS.find(([openers]) => openers.has(opener))?.[1];
  if (!closers) return null;
  const at = list.findIndex((word, k) => k > 2 && closers.has(word.norm));
  return at > 2 ? at : null;
}

const ADDRESSEE_VERBS = new Set(['vertelde', 'vertelt', 'vertelden', 'vroeg', 'vraagt', 'vroegen', 'beloofde', 'belooft', 'verzekerde', 'verzekert', 'liet', 'laat', 'wees', 'wijst']);

/** An embedded social post: the account's own words, dated by the post. */
function embeddedPost(doc: Document, paragraph: Paragraph): RawStatement | null {
  const post = paragraph.embed;
  if (!post) return null;
  const raw = doc.text.slice(paragraph.start, paragraph.end);
  // The post's own words, without the hashtags and short links the embed glued to its end.
  const trimmed = raw.replace(/https?:\/\/\S+$/u, '').replace(/(\s*#[\p{L}\p{N}_]+)+$/u, '').trimEnd();
  const written = `${post.author} (@${post.handle})`;
  const saidOn: SaidOn = post.posted ? { ...post.posted, basis: 'explicit' } : { ...doc.published, basis: 'published' };
  return {
    doc: doc.id,
    kind: 'direct',
    start: paragraph.start,
    end: paragraph.start + trimmed.length,
    cue: 'posted',
    saidOn,
    context: raw,
    speaker: { written, name: post.author, role: `@${post.handle}`, kind: 'account', parts: [], handle: post.handle },
  };
}

class ArticleReader {
  private readonly discourse: Discourse;
  private readonly out: RawStatement[] = [];
  private readonly dates: SaidWhen;
  private previousParagraphSpoke: RawStatement | null = null;
  /** Set when a paragraph ends inside an unclosed quote: the next paragraph's opening quote is the same speaker's. */
  private continuation: RawStatement | null = null;
  private pendingContinuation = false;
  private paragraphStatements = 0;
  private base = 0;

  constructor(
    private readonly doc: Document,
    kindOf: KindLookup,
  ) {
    this.discourse = new Discourse(doc.text, kindOf);
    this.dates = new SaidWhen(doc);
  }

  read(): RawStatement[] {
    const paragraphs = this.doc.paragraphs;
    for (const [index, paragraph] of paragraphs.entries()) {
      const before = this.out.length;
      this.paragraphStatements = before;
      this.base = paragraph.start;
      if (paragraph.kind === 'embed') {
        const post = embeddedPost(this.doc, paragraph);
        if (post) this.out.push(post);
      }
      else if (paragraph.kind === 'body') {
        const signed = signedQuote(this.doc.text.slice(paragraph.start, paragraph.end));
        if (signed) this.readSigned(paragraph, signed);
        else this.readParagraph(paragraph, paragraphs[index + 1]);
      }
      this.previousParagraphSpoke = this.out.length > before ? (this.out.at(-1) ?? null) : null;
      if (!this.pendingContinuation) this.continuation = null;
      this.pendingContinuation = false;
    }
    return this.out;
  }

  /** A signed quote ("“…” ― Anna de Vries"): the words between the marks are the signer's. */
  private readSigned(paragraph: Paragraph, signed: SignedQuote): void {
    const statement = signedStatement(this.doc, paragraph, signed, this.discourse, this.dates);
    if (!statement) return;
    this.out.push(statement);
    this.discourse.spoke(statement.speaker);
  }

  private readParagraph(paragraph: Paragraph, next: Paragraph | undefined): void {
    const text = this.doc.text.slice(paragraph.start, paragraph.end);
    const quotes = this.usableQuotes(text, next);
    let previous: Unit | null = null;
    for (const unit of units(text, quotes, this.doc.language)) {
      this.readUnit(text, unit, quotes, previous);
      previous = unit;
    }
  }

  /**
   * An unclosed quote is the news convention for a quote that goes on in the next paragraph — but only when that
   * paragraph opens with a quote mark and this one was attributable; otherwise the mark is a typo and is ignored.
   */
  private usableQuotes(text: string, next: Paragraph | undefined): QuoteSpan[] {
    const nextText = next && next.kind === 'body' ? this.doc.text.slice(next.start, next.end) : '';
    return paragraphQuotes(text, nextText, (open) => {
      const before = text.slice(0, open.start);
      const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf(': '), -1) + 1;
      const lead = before.slice(sentenceStart);
      return !lead.trim() || /:\s*$/.test(lead) || words(lead).some((word) => CUE_VERBS.has(word.norm));
    });
  }

  private readUnit(paragraphText: string, unit: Unit, quotes: readonly QuoteSpan[], previousUnit: Unit | null = null): void {
    const base = this.base;
    const unitQuotes = startingWithin(quotes, unit.start, unit.end);
    const list = words(paragraphText.slice(unit.start, unit.end), unit.start);
    const masked = list.map((word) => insideQuote(unitQuotes, word.start));
    const consumed = new Set<number>();
    const found: Found[] = [];

    for (const [index, quote] of unitQuotes.entries()) {
      const direct = this.directQuote(paragraphText, unit, quote, unitQuotes[index - 1], unitQuotes[index + 1], list, consumed);
      if (direct) found.push(direct);
    }
    found.push(...this.reportedSpeech(paragraphText, unit, list, masked, consumed, unitQuotes, found));
    if (found.length === 0 && previousUnit) {
      const pointing = this.pointsBack(paragraphText, unit, previousUnit, list, quotes);
      if (pointing) found.push(pointing);
    }

    if (found.length === 0) this.noteSubject(list, unit);
    const sentenceStart = base + unit.start;
    found.sort((a, b) => a.start - b.start);
    const dates = this.dates.dateUnit(paragraphText, unit, unitQuotes, found);
    for (const [index, statement] of found.entries()) {
      const saidOn = statement.inheritDate ?? dates[index] ?? { ...this.doc.published, basis: 'published' };
      const raw: RawStatement = {
        doc: this.doc.id,
        kind: statement.kind,
        start: base + statement.start,
        end: base + statement.end,
        cue: statement.cue,
        saidOn,
        context: this.doc.text.slice(sentenceStart, base + unit.end),
        speaker: statement.speaker,
      };
      this.out.push(raw);
      this.discourse.spoke(statement.speaker);
      if (statement.opensContinuation) {
        this.continuation = raw;
        this.pendingContinuation = true;
      }
    }
  }

  /** A quote attributed before a colon, after it ("…," the proposal said), or standing alone (a continuation). */
  private directQuote(text: string, unit: Unit, quote: QuoteSpan, previous: QuoteSpan | undefined, next: QuoteSpan | undefined, list: Word[], consumed: Set<number>): Found | null {
    // Quotes do not overlap, so the words between this quote and its neighbours are all that can attribute it.
    const previousEnd = Math.max(unit.start, previous?.end ?? unit.start);
    const nextStart = Math.min(unit.end, next?.start ?? unit.end);
    const lead = text.slice(previousEnd, quote.start);
    const span = trimSpan(text, quote.innerStart, quote.innerEnd);
    const make = (speaker: SpeakerRef | null, cue: string, cueAt: number): Found | null =>
      speaker ? { kind: 'direct', start: span.start, end: span.end, cue, speaker, cueAt, opensContinuation: !quote.closed } : null;

    // "He wrote: "…"" / "X: "…""
    if (/:\s*$/.test(lead)) {
      const leadFrom = firstFrom(list, previousEnd);
      const colonInLead = startingWithin(list, previousEnd, quote.start).findIndex((word) => word.text === ':');
      const colon = colonInLead < 0 ? -1 : leadFrom + colonInLead;
      const cueIndex = colon - 1;
      const cueWord = list[cueIndex];
      if (cueWord && CUE_VERBS.has(cueWord.norm)) {
        consumed.add(cueIndex);
        return make(this.speakerRef(speakerBefore(list, cueIndex), unit), cueWord.text, cueWord.start);
      }
      // "Jansen zegt in een verklaring: ‘…’": the verb before the channel, not the channel, speaks.
      for (let k = cueIndex - 1; k >= Math.max(leadFrom, colon - 7); k--) {
        const word = list[k] as Word;
        if (CLAUSE_MARKS.has(word.text)) break;
        if (!CUE_VERBS.has(word.norm) || CUE_PARTICLES[word.norm]) continue;
        // ("Dinsdag zei minister Jansen in een verklaring:": after an adverbial the subject follows the verb.)
        const dutch = this.doc.language === 'nl';
        const before = speakerBefore(list, k);
        const adverbial = !before || (dutch && (DUTCH_TIME_WORD.test(fold(before.text)) || FRAME_WORDS.has(fold(before.text))));
        const subject = adverbial ? (dutch ? speakerAfter(list, k + 1) : null) : before;
        if (!subject) break;
        consumed.add(k);
        return make(this.speakerRef(subject, unit), word.text, word.start);
      }
      if (colon > 0) return make(this.speakerRef(speakerBefore(list, colon), unit), ':', list[colon]?.start ?? 0);
    }
    if (lead.trim() && !/^[\s,.;:!?’”"]*$/.test(lead)) return null;

    // "…," the proposal said / "…", aldus het ministerie / "…", staat te lezen in een twaalfpuntenplan
    const tailFrom = firstFrom(list, quote.end);
    const tailWords = startingWithin(list, quote.end, nextStart);
    const firstInTail = tailWords.findIndex((word) => /^[\p{L}\p{N}]/u.test(word.text));
    const firstIndex = firstInTail < 0 ? -1 : tailFrom + firstInTail;
    const first = list[firstIndex];
    if (first) {
      const preposed = PREPOSED_AT.find((pattern) => {
        pattern.lastIndex = first.start;
        return pattern.test(text);
      });
      if (preposed) {
        const after = firstFrom(list, preposed.lastIndex);
        consumed.add(firstIndex);
        return make(this.speakerRef(speakerAfter(list, after), unit), text.slice(first.start, preposed.lastIndex), first.start);
      }
      if (CUE_VERBS.has(first.norm)) {
        consumed.add(firstIndex);
        return make(this.speakerRef(speakerAfter(list, firstIndex + 1), unit), first.text, first.start);
      }
      const subject = speakerAfter(list, firstIndex);
      if (subject) {
        let cueIndex = firstFrom(list, subject.end);
        while (list[cueIndex] && LINKING_WORDS.has(list[cueIndex]?.norm ?? '')) cueIndex++;
        const cueWord = list[cueIndex];
        if (cueWord && CUE_VERBS.has(cueWord.norm)) {
          consumed.add(cueIndex);
          return make(this.speakerRef(subject, unit), cueWord.text, cueWord.start);
        }
      }
    }
    // A quote alone in its unit: the previous speaker goes on (the paragraph before, or earlier in this one).
    if (!tailWords.some((word) => /^[\p{L}\p{N}]/u.test(word.text))) {
      const previous = this.continuation ?? this.lastStatementNear();
      this.continuation = null;
      if (previous) return { kind: 'direct', start: span.start, end: span.end, cue: previous.cue, speaker: previous.speaker, cueAt: span.start, inheritDate: previous.saidOn };
    }
    return null;
  }

  /**
   * "Dat zei minister Jansen woensdag tegen de NOS.": Dutch names the source of the sentence before in one of its
   * own, opening with "Dat" and the verb. What was said is that sentence.
   */
  private pointsBack(text: string, unit: Unit, previous: Unit, list: Word[], quotes: readonly QuoteSpan[]): Found | null {
    if (this.doc.language !== 'nl') return null;
    const [first, verb] = list;
    if (!first || !verb || first.norm !== 'dat') return null;
    // ("Dat heeft een woordvoerder gezegd.", "Dat laat de gemeente weten.": the verb's other part closes the sentence.)
    const closing = POINTING_VERBS.has(verb.norm) ? null : pointingVerbEnd(list);
    if (!POINTING_VERBS.has(verb.norm) && closing === null) return null;
    const subject = closing === null ? (dutchInvertedSubject(list, 1) ?? speakerAfter(list, 2)) : speakerAfter(list.slice(0, closing), 2);
    if (!subject || subject.kind === 'relative' || subject.kind === 'person-pronoun' || subject.kind === 'thing-pronoun') return null;
    const speaker = this.speakerRef(subject, unit);
    if (!speaker) return null;
    const whole = trimSpan(text, previous.start, previous.end);
    // The sentence before is one whole quote: what was said is inside its marks.
    const quote = quotes.find((q) => q.start <= whole.start && q.end >= whole.end - 1);
    const span = quote ? trimSpan(text, quote.innerStart, quote.innerEnd) : whole;
    if (span.end <= span.start) return null;
    // A lone quote just given to the speaker before by continuation is this speaker's: the sentence says so.
    const last = this.out.at(-1);
    if (last && last.start < this.base + span.end && last.end > this.base + span.start) this.out.pop();
    const cue = closing === null ? verb.text : text.slice(verb.start, (list[closing] as Word).end);
    return { kind: quote ? 'direct' : 'indirect', start: span.start, end: span.end, cue, speaker, cueAt: verb.start };
  }

  /** The last statement of this paragraph, else of the paragraph just before. */
  private lastStatementNear(): RawStatement | null {
    return this.out.length > this.paragraphStatements ? (this.out.at(-1) ?? null) : this.previousParagraphSpoke;
  }

  /** Reported speech, partial quotes and the nominal and prepositional cues, left to right through the unit. */
  private reportedSpeech(text: string, unit: Unit, list: Word[], masked: boolean[], consumed: Set<number>, quotes: readonly QuoteSpan[], direct: Found[]): Found[] {
    const cues = this.cueIndexes(text, unit, list, masked, consumed);
    const found: Found[] = [];
    const overlapsDirect = (start: number, end: number) => direct.some((d) => start < d.end + 2 && end > d.start - 2);

    let previousSpeaker: SpeakerRef | null = null;
    for (const [n, cue] of cues.entries()) {
      const word = list[cue.index] as Word;
      const trailing = this.trailingInversion(text, unit, list, cue.index, quotes);
      if (trailing) {
        if (!overlapsDirect(trailing.start, trailing.end)) found.push(trailing);
        previousSpeaker = trailing.speaker;
        continue;
      }
      const mention = this.cueSubject(list, cue.index, masked);
      // "…, and said he was glad": a coordinated cue keeps the speaker of the one before it.
      const coordinated: SpeakerRef | null = previousSpeaker && this.coordinated(list, cue.index) ? previousSpeaker : null;
      const speaker: SpeakerRef | null = coordinated ?? (mention ? this.speakerRef(mention, unit) : null);
      if (!speaker) continue;
      previousSpeaker = speaker;
      const nextCue = cues[n + 1];
      const end = this.contentEnd(text, list, unit, nextCue?.index, quotes, word.end);
      // Dutch inversion ("Zo uitte de minister … Blinken recentelijk …"): what was said follows the speaker.
      const contentIndex = mention && mention.start > word.start ? firstFrom(list, mention.end) : cue.contentIndex;
      const start = this.contentStart(list, contentIndex, unit);
      if (start === null || end <= start) continue;
      let span = trimSpan(text, start, end);
      if (overlapsDirect(span.start, span.end)) continue;
      let kind: StatementKind = quotes.some((q) => q.start >= span.start && q.start < span.end) ? 'partial' : 'indirect';
      // "reageerde verheugd: “Dit is goed nieuws.”": one whole quote after the colon is the speaker's own words.
      const whole = text[start - 1] === ':' || /:\s*$/u.test(text.slice(word.end, start)) ? quotes.find((q) => q.start <= span.start && q.end >= span.end) : undefined;
      if (whole) {
        span = trimSpan(text, whole.innerStart, whole.innerEnd);
        kind = 'direct';
      }
      const size = wordsIn(text, span);
      if (size < (kind === 'partial' ? 2 : 3)) continue;
      const opensContinuation = quotes.some((q) => !q.closed && q.start >= span.start && q.start < span.end);
      const statement: Found = { kind, start: span.start, end: span.end, cue: text.slice(word.start, list[cue.contentIndex - 1]?.end ?? word.end), speaker, cueAt: word.start, opensContinuation };
      if (mention && start === unit.start) {
        const comma = text.indexOf(',', word.end);
        statement.frame = { start: Math.min(mention.start, word.start), end: comma > 0 ? comma : word.end };
      }
      found.push(statement);
    }
    const taken = [...direct, ...found];
    found.push(...this.prepositionalSources(text, unit, list, masked, quotes).filter((f) => !taken.some((t) => f.start < t.end + 3 && f.end > t.start - 3)));
    found.push(...this.quotedVerbPhrases(text, unit, list, quotes, found, direct));
    found.push(...this.nominalCues(text, unit, list, masked, quotes));
    return found;
  }

  /**
   * "Het plan is van tafel, zei minister Jansen.", "…, zegt hij woensdag", "…, meent het.": after what was said and a
   * comma, Dutch puts the verb first and its subject after it. What was said is the clause before the comma.
   */
  private trailingInversion(text: string, unit: Unit, list: Word[], index: number, quotes: readonly QuoteSpan[]): Found | null {
    const comma = list[index - 1];
    if (this.doc.language !== 'nl' || comma?.text !== ',' || index < 2) return null;
    const subject = speakerAfter(list, index + 1);
    if (!subject || subject.kind === 'relative') return null;
    // ("Op dinsdag, na een lang debat, zei de premier dat …": the verb takes its own clause after the subject; the
    // words before the comma only framed it.)
    for (let k = firstFrom(list, subject.end); k >= 0 && k < list.length && !CLAUSE_MARKS.has(list[k]?.text ?? ''); k++) {
      if (['dat', 'of'].includes(list[k]?.norm ?? '')) return null;
    }
    const speaker = this.speakerRef(subject, unit);
    if (!speaker) return null;
    const span = trimSpan(text, unit.start, comma.start);
    const size = wordsIn(text, span);
    if (size < 3) return null;
    const quoted = quotes.filter((q) => q.start >= span.start && q.start < span.end);
    // A quote that is the whole clause is read as a direct quote elsewhere.
    if (quoted.some((q) => q.start <= span.start && q.end >= span.end - 1)) return null;
    const word = list[index] as Word;
    return { kind: quoted.length > 0 ? 'partial' : 'indirect', start: span.start, end: span.end, cue: word.text, speaker, cueAt: word.start };
  }

  private cueIndexes(text: string, unit: Unit, list: Word[], masked: boolean[], consumed: Set<number>): Array<{ index: number; contentIndex: number }> {
    const cues: Array<{ index: number; contentIndex: number }> = [];
    const dutch = this.doc.language === 'nl';
    for (const [index, word] of list.entries()) {
      if (masked[index] || consumed.has(index) || /^\p{Lu}/u.test(word.text)) continue;
      const participle = dutch && DUTCH_PARTICIPLE_CUES.has(word.norm) && afterAuxiliary(list, index);
      if (!CUE_VERBS.has(word.norm) && !participle) continue;
      if (NEGATIONS.test(text.slice(Math.max(unit.start, word.start - 40), word.start))) continue;
      const separated = dutch ? DUTCH_SEPARATED[word.norm] : undefined;
      if (separated) {
        const particle = separatedParticle(list, index, separated);
        if (particle > 0) cues.push({ index, contentIndex: particle + 1 });
        if (particle > 0 || !CUE_PARTICLES[word.norm]) continue;
      }
      if (dutch && DUTCH_CLAUSE_ONLY.has(word.norm)) {
        // "reageerde verheugd: “…”": what follows the colon or "dat", a few words on.
        const opens = list.slice(index + 1, index + 4).findIndex((w) => w.text === ':' || w.norm === 'dat');
        if (opens >= 0) cues.push({ index, contentIndex: index + 1 + opens });
        continue;
      }
      const particles = CUE_PARTICLES[word.norm];
      const next = list[index + 1];
      if (particles) {
        if (!next || !particles.has(next.norm)) continue;
        // ("vindt dat …": a "dat" or "that" opens what was said, as after "zei"; the cue is the verb.)
        cues.push({ index, contentIndex: next.norm === 'it' || COMPLEMENTISERS.has(next.norm) ? index + 1 : index + 2 });
        continue;
      }
      if (word.norm === 'reads' && !['document', 'name'].includes(describe([list[index - 1] as Word])?.kind ?? '')) {
        // "reads" is a cue for documents only ("the plan reads"), not "he reads books".
        if (!list[index - 1] || !/plan|statement|document|proposal|letter|text/i.test(list[index - 1]?.text ?? '')) continue;
      }
      cues.push({ index, contentIndex: index + 1 });
    }
    return cues;
  }

  /** Whether the cue follows "and"/"but" (past linking words): it shares the subject of the clause before. */
  private coordinated(list: Word[], index: number): boolean {
    let i = index - 1;
    while (list[i] && (LINKING_WORDS.has(list[i]?.norm ?? '') || /ly$/.test(list[i]?.norm ?? ''))) i--;
    return ['and', 'but', 'en', 'maar'].includes(list[i]?.norm ?? '');
  }

  /** The speaker of a cue: the phrase before it, the clause's subject for a participle, or (Dutch) the one after. */
  private cueSubject(list: Word[], index: number, masked: boolean[]): Mention | null {
    const word = list[index] as Word;
    const inverted = this.doc.language === 'nl' ? dutchInvertedSubject(list, index) : null;
    if (inverted) return inverted;
    // "Kamerlid Pieter Omtzigt (NSC) zei": a party or place in brackets after the name is a note about it.
    const before = speakerBefore(list, bracketBefore(list, index));
    const beforeAt = before ? list.findIndex((w) => w.start === before.start) : -1;
    // ("Na afloop zei de trainer …": a phrase opened by a preposition is fronted, never the subject.)
    const adjacent = before && PREPOSITIONS.has(list[beforeAt]?.norm ?? '') ? null : before;
    const at = adjacent ? beforeAt : -1;
    // "drones which Kyiv says are …": the cue sits in a relative clause about something else.
    if (adjacent && ['which', 'that', 'die', 'dat'].includes(list[at - 1]?.norm ?? '') && adjacent.kind !== 'relative') return null;
    if (adjacent?.kind === 'relative') {
      if (adjacent.text.toLowerCase() !== 'who') return null;
      // "Lukashenko, who describes himself as …": the name before the comma.
      return list[at - 1]?.text === ',' ? speakerBefore(list, at - 1) : null;
    }
    // "The 12-point plan issued on Friday by China's foreign ministry also urges": the subject is the plan.
    if (adjacent && list[at - 1]?.norm === 'by') {
      const document = list.slice(0, at).findLastIndex((w) => DOCUMENT_NOUNS.has(w.norm));
      if (document >= 0) return speakerBefore(list, document + 1);
    }
    if (adjacent) return adjacent;
    const apposed = appositiveSubject(list, index);
    if (apposed) return apposed;
    if (PARTICIPLE_CUES.has(word.norm) || this.doc.language === 'nl' || this.coordinated(list, index)) {
      const subject = this.clauseSubject(list, index, masked);
      if (subject) return subject;
    }
    const after = speakerAfter(list, index + 1);
    if (after && after.kind === 'name') return after;
    return null;
  }

  /** The subject of the clause a cue hangs on: the last (English) or first (Dutch) phrase followed by a verb. */
  private clauseSubject(list: Word[], index: number, masked: boolean[]): Mention | null {
    const candidates: Mention[] = [];
    let i = 0;
    while (i < index) {
      const word = list[i] as Word;
      const previous = list[i - 1];
      const startsPhrase = /^\p{Lu}/u.test(word.text) || ['the', 'de', 'het', 'a', 'een'].includes(word.norm);
      if (!startsPhrase || masked[i] || (i === 0 && SENTENCE_OPENERS.has(word.norm)) || (previous && PREPOSITIONS.has(previous.norm))) {
        i++;
        continue;
      }
      const mention = speakerAfter(list, i);
      if (!mention || mention.kind === 'relative') {
        i++;
        continue;
      }
      const after = firstFrom(list, mention.end);
      const follower = list[after];
      if (follower && /^\p{Ll}/u.test(follower.text) && !PREPOSITIONS.has(follower.norm) && after <= index) candidates.push(mention);
      i = Math.max(i + 1, after);
    }
    return (this.doc.language === 'nl' ? candidates[0] : candidates.at(-1)) ?? null;
  }

  /** Where what was said begins: after the cue, past words that only frame it ("earlier on Thursday that"). */
  private contentStart(list: Word[], from: number, unit: Unit): number | null {
    // Dutch keeps the "dat" clause after the whole middle of the main clause: when, to whom, where and how it was
    // said ("zei donderdagavond tegen de NOS in Den Haag dat …"). What was said opens at the "dat".
    // (Not after "noemde": "noemde het plan dat X indiende “onverantwoord”" names the plan X filed.)
    if (this.doc.language === 'nl' && !DUTCH_NAMING_VERBS.has(list[from - 1]?.norm ?? '')) {
      for (let j = from; j < Math.min(list.length, from + 10); j++) {
        const word = list[j] as Word;
        if (word.norm === 'dat') {
          if (j > from) return word.start;
          break;
        }
        if (CLAUSE_MARKS.has(word.text) || OPENING_QUOTE.test(word.text)) break;
      }
    }
    let i = from;
    while (list[i] && FRAME_WORDS.has(list[i]?.norm ?? '') && !COMPLEMENTISERS.has(list[i]?.norm ?? '')) i++;
    const word = list[i];
    if (!word) return null;
    if (word.text === ',' && i > from) return unit.start; // "…, the ministry said on Monday, will be …": the whole sentence
    // "zei dat …": what was said opens with its "dat"/"that", as annotators of attribution mark it.
    if (COMPLEMENTISERS.has(word.norm)) return list[i + 1] ? word.start : null;
    if (word.text === ':') return list[i + 1]?.start ?? null;
    // "waarschuwde woensdag voor nieuwe rellen": in Dutch a day right after the verb is when, not what.
    const onlyDays = i > from && this.doc.language === 'nl' && list.slice(from, i).every((w) => DUTCH_TIME_WORD.test(w.norm));
    if (i > from && !OPENING_QUOTE.test(word.text) && !onlyDays) return list[from]?.start ?? null;
    return word.start;
  }

  /** Where it ends: the unit's end, a spaced dash, a quote closing on a comma, or the next cue's own clause. */
  private contentEnd(text: string, list: Word[], unit: Unit, nextCue: number | undefined, quotes: readonly QuoteSpan[], from: number): number {
    let end = unit.end;
    // "…, in an implied repudiation of Putin's statement that …": another attribution starts a clause of its own.
    const later = LATER_ATTRIBUTION.exec(text.slice(from, end));
    if (later) {
      const comma = text.lastIndexOf(',', from + later.index);
      if (comma > from) end = comma;
    }
    if (nextCue !== undefined) {
      const subject = speakerBefore(list, nextCue);
      const boundary = subject ? subject.start : (list[nextCue]?.start ?? end);
      const clause = text.slice(0, boundary);
      const join = /(?:,?\s+(?:and|en|but|maar)(?:\s+(?:has|have|had|also|then|heeft|\p{Ll}+ly))*\s*|,\s*(?:something|which|claims?|die|dat)?\s*)$/u.exec(clause);
      end = Math.min(end, join ? join.index : boundary);
    }
    const dash = dashAfterLastQuote(text, unit.start, end);
    if (dash > unit.start) end = Math.min(end, dash);
    for (const quote of quotes) {
      if (quote.end <= end && quote.start >= unit.start && /,\s*$/.test(text.slice(quote.innerStart, quote.innerEnd)) && text.slice(quote.end, end).trim().length > 0) {
        end = Math.min(end, quote.end);
        break;
      }
    }
    return end;
  }

  /** "Volgens China mag …", "…, according to the UN", "…, aldus X". */
  private prepositionalSources(text: string, unit: Unit, list: Word[], masked: boolean[], quotes: readonly QuoteSpan[]): Found[] {
    const found: Found[] = [];
    const unitText = text.slice(unit.start, unit.end);
    for (const pattern of PREPOSED_SOURCE) {
      for (const match of unitText.matchAll(pattern)) {
        const at = unit.start + match.index;
        const index = firstFrom(list, at + match[0].length);
        if (index < 0 || masked[index]) continue;
        const source = objectPronoun(list, index) ?? speakerAfter(list, index);
        if (!source) continue;
        // "Volgens de wethouder, Jan de Vries, is …": an appositive between commas belongs to the source, and a name
        // alone there names the person the description stands for.
        const comma = firstFrom(list, source.end);
        const apposed = list[comma]?.text === ',' ? speakerAfter(list, comma + 1) : null;
        const closing = apposed ? list[firstFrom(list, apposed.end)] : undefined;
        const mention = apposed && closing?.text === ',' ? { ...(namedBy(source, apposed) ?? source), end: closing.end } : source;
        const speaker = this.speakerRef(mention, unit);
        if (!speaker) continue;
        const before = text.slice(unit.start, at).replace(/[\s,]+$/, '');
        // "…, maar volgens De Vries is de situatie ernstig": a clause of its own, joined to the one before; what was
        // said follows the source.
        const joined = /,\s*(?:maar|en|but|and)$/iu.test(text.slice(unit.start, at).trimEnd());
        const content = before.length > 0 && !joined ? { start: unit.start, end: unit.start + before.length } : { start: mention.end, end: unit.end };
        const span = trimSpan(text, content.start, content.end);
        if (words(text.slice(span.start, span.end)).length < 3 || insideQuote(quotes, at)) continue;
        found.push({ kind: 'indirect', start: span.start, end: span.end, cue: match[0], speaker, cueAt: at });
      }
    }
    return found;
  }

  /** `both China and Belarus "expressed deep concern"`: the cue verb is inside the quote. */
  private quotedVerbPhrases(text: string, unit: Unit, list: Word[], quotes: readonly QuoteSpan[], found: Found[], direct: Found[]): Found[] {
    const out: Found[] = [];
    for (const quote of quotes) {
      if (!QUOTED_CUE_START.test(text.slice(quote.innerStart, quote.innerEnd))) continue;
      if ([...found, ...direct].some((f) => quote.start >= f.start && quote.start < f.end)) continue;
      const index = firstFrom(list, quote.start);
      const mention = speakerBefore(list, index);
      const speaker = mention && this.speakerRef(mention, unit);
      if (!speaker) continue;
      const span = trimSpan(text, quote.start, unit.end);
      out.push({ kind: 'partial', start: span.start, end: span.end, cue: text.slice(quote.innerStart, quote.innerEnd).split(/\s/)[0] ?? '', speaker, cueAt: quote.start });
    }
    return out;
  }

  /** "Putin's statement that Russia would …", "an accusation from Zelenskyy that China was …". */
  private nominalCues(text: string, unit: Unit, list: Word[], masked: boolean[], quotes: readonly QuoteSpan[]): Found[] {
    const out: Found[] = [];
    for (const nominal of nominalCues(text, unit.start, unit.end)) {
      const index = firstFrom(list, nominal.nameStart);
      if (index < 0 || masked[index]) continue;
      const speaker = this.speakerRef(nameMention(nominal.name, nominal.nameStart), unit);
      if (!speaker) continue;
      const end = this.contentEnd(text, list, unit, undefined, quotes, nominal.contentStart);
      const span = trimSpan(text, nominal.contentStart, end);
      const kind: StatementKind = /["“‘]/.test(text.slice(span.start, span.end)) ? 'partial' : 'indirect';
      out.push({ kind, start: span.start, end: span.end, cue: nominal.cue, speaker, cueAt: nominal.cueStart });
    }
    return out;
  }

  /**
   * "Minister Piet Jansen was dinsdag in Utrecht. ‘…’, zegt hij.": a person named at the start of a sentence that
   * quotes nobody is who the next "hij"/"zij" most likely is.
   */
  private noteSubject(list: Word[], unit: Unit): void {
    const subject = speakerAfter(list, 0);
    const next = subject ? list[firstFrom(list, subject.end)] : undefined;
    if (!subject || subject.kind !== 'name' || subject.start !== list[0]?.start || !next || !/^\p{Ll}/u.test(next.text)) return;
    const ref = this.speakerRef(subject, unit);
    if (ref) this.discourse.mentioned(ref);
  }

  private speakerRef(mention: Mention | null, unit: Unit): SpeakerRef | null {
    if (!mention) return null;
    // Offsets inside a paragraph are paragraph-relative; the discourse reads the whole article.
    return this.discourse.resolve(mention, this.base + mention.start, this.base + unit.start);
  }
}

const SPACED_DASH = /\s[-–—]\s/gu;

/** The first spaced dash in [from, end) with no quote mark after it, or -1 (one scan of the unit, however many dashes). */
function dashAfterLastQuote(text: string, from: number, end: number): number {
  const unit = text.slice(from, end);
  SPACED_DASH.lastIndex = Math.max(unit.lastIndexOf('"'), unit.lastIndexOf('“'), unit.lastIndexOf('”')) + 1;
  const dash = SPACED_DASH.exec(unit);
  return dash ? from + dash.index : -1;
}

/** Trims white space and a trailing comma or period outside quotes, so the span reads cleanly. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1] ?? '')) e--;
  if (e > s && text[e - 1] === '.' && text[e - 2] !== '.') e--;
  return { start: s, end: e };
}
