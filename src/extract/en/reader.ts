// The English pipeline, one paragraph at a time: tokens (tagged) → quotes → sentences (a quote that spans
// sentences keeps them together) → cues → sources → content → resolution → dates. Each stage is its own module;
// this one only runs them in order and keeps the article's state (who spoke last, the scene's date).
import type { Document, Paragraph, SaidOn, StatementKind } from '../../model.ts';
import { Discourse, type KindLookup, type SpeakerRef, familyKey } from '../discourse.ts';
import { NOMINAL_CUES, isPeopleInPlural } from '../lexicon.ts';
import { type Mention, nameMention } from '../mentions.ts';
import { nominalCues } from '../nominal.ts';
import { type SignedQuote, signedQuote, signedStatement, wholeParagraphStatement } from '../signed-quote.ts';
import { type Turn, transcriptTurns } from '../transcript.ts';
import { firstFrom, lastStartingBy, overlapping, overlapsAny } from '../offsets.ts';
import { type QuoteSpan, paragraphQuotes } from '../quotes.ts';
import { continuesSentence, datelineLength } from '../units.ts';
import { type Framed, SaidWhen, type Span } from '../said-when.ts';
import type { RawStatement } from '../statements.ts';
import { type ContentSpan, TOPIC_PREPOSITIONS, contentAfter, coordinatedPredicate, contentBefore, endOfRelativeClause, trimToQuote, writersAddition } from './content.ts';
import { type Cue, DESCRIBING_LEMMAS, findCues, isSpeechVerb } from './cues.ts';
import { isFreeVerb, objectsSubject, recordedSpeaker, sendersSubject } from './carriers.ts';
import { mentionOf } from './mention.ts';
import { CLOSING, TERMINAL, relativeClauseBefore, resumesAfter, resumingQuote, setOff, trailingAttribution } from './set-off.ts';
import { FRONTED_CLAUSE_OPENERS, type SourcePhrase, WH_WORDS, isTimeWord, mainClauseSubject, postmodifierComma, sourceAfter, sourceBefore } from './sources.ts';
import { type TaggedText, type Token, tagEnglish } from './tokens.ts';

interface Found extends Framed {
  kind: StatementKind;
  cue: string;
  speaker: SpeakerRef;
  /** The statement ends in a quote left open for the next paragraph. */
  opensContinuation?: boolean;
  /** A quote that goes on from the statement before is dated as that one was. */
  inherits?: SaidOn;
  /** Said in a relative clause about the source of the sentence ("Barkley, who said …, said …"). */
  inRelativeClause?: boolean;
}

/** "… in a statement on Thursday", "… in the interview last week", "… on Twitter", "… on Monday" at a span's end. */
// (A day alone is not cut: "said the vote would come on Monday" means the vote's day.)
const OCCASION = String.raw`(?:statement|interview|letter|speech|rally|conference|briefing|hearing|post|tweet|tweets|email|op-ed|appearance|broadcast|Show|Program|Programme|[Pp]odcast|Twitter|Facebook|television|radio)`;
/**
 * Occasions where more happens than saying: after a verb of what was said that is yet to happen ("she would testify
 * at the hearing", "plans to speak at the convention") they are that verb's, not the cue's.
 */
const EVENT = /\b(?:rally|conference|briefing|hearing|appearance)\b/u;
const YET_TO_HAPPEN = /\b(?:would|will|won[’']t|could|might|shall|should|to)\s+(?:[\p{L}'’-]+\s+)?[\p{L}'’-]+$/u;
/** What one is "on": a channel, not a document ("on your card statement" is no frame). */
const CHANNEL_ON = String.raw`(?:Twitter|Facebook|television|radio|broadcast|Show|Program|Programme|[Pp]odcast|post|tweet|tweets|blog)`;
const FRAME_WORDS = String.raw`(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,3}?`;
const TRAILING_FRAME = new RegExp(
  String.raw`(?:,?\s+(?:(?:in|at|during)\s+${FRAME_WORDS}${OCCASION}|on\s+${FRAME_WORDS}${CHANNEL_ON})\b(?:\s+(?:with|to|on)\s+[\p{Lu}][^,.;:]{0,40}?)?(?:\s+(?:before|after)\s+(?:the|his|her|their|its)\s+${OCCASION})?)(?:,?\s+(?:on\s+)?(?:(?:last|this)\s+(?:week|month|weekend)|yesterday|today|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?))?\s*$`,
  'u',
);
/** Characters at a span's end that a frame can take ("…, in an interview with the Evening Chronicle on Friday night"). */
const FRAME_TAIL = 200;
/**
 * A day or month at a span's end: when what was said is the verb's object ("praised the plan on Monday", "endorsed
 * her in March", "complained about his mic the morning after the debate"), when the praising was.
 * Not a day named with a capitalised word before it ("Super Tuesday", "Black Friday").
 */
const TRAILING_DAY = /(?:,?\s+on|,|(?<!\p{Lu}[\p{L}.’'-]*))\s+(?:(?:earlier\s+)?(?:last|this)\s+(?:week|month|weekend)|yesterday|today|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)\s*$|,?\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\s*$|,?\s+the\s+(?:morning|day|night|evening|afternoon)\s+(?:after|before)\s+(?:the|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s*$/u;

/** Past forms without "-ed" that open a clause after a name ("before Mr. Manafort joined" has one already). */
const IRREGULAR_PAST = 'left|ran|went|came|took|made|gave|got|won|lost|met|said|told|spoke|wrote|began|became|held|led|sat|stood|saw|knew|found|thought|brought|bought|fought|sent|spent|put|set|quit|let|rose|fell|broke|chose|drove|flew|grew|threw|sold|paid|heard|kept|felt|built|struck|fled';
/** A subject and its verb: any word after a subject pronoun, a verb in "-ed"/"-s" or a past form after a name. */
const SUBJECT_AND_VERB = String.raw`(?:(?:he|she|they|it|we|I)\s+(?:\p{L}+ly\s+)?\p{L}+|(?:the\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,4}\s+(?:\p{L}+ly\s+)?(?:\p{L}+(?:ed|s)|${IRREGULAR_PAST}))\b`;
/**
 * When the verb acted, after its object: "described Mr. Obama as a climate evangelist when he ran in 2008",
 * "spoke about her ties to the churches while at the convention", "condemned the launch as Pyongyang fired three
 * missiles", "endorsed Trump, but only after publicly deliberating". Only after an object without a verb of its own:
 * "said taxes would rise when the law passed" dates the rise, not the saying. "after", "before" and "as" only before
 * a clause or a participle: "praised her work after the attacks" and "condemned the launch as a provocation" name
 * the thing.
 */
const TRAILING_OCCASION = new RegExp(String.raw`,?\s+(?:but\s+)?(?:(?:only|just|even|shortly|soon|long|right)\s+)?(?:(?:when|while|whilst|until)\s+[^,;:“”"]{3,160}|(?:after|before)\s+(?:(?:\p{L}+ly\s+)?\p{L}+ing\b|${SUBJECT_AND_VERB})[^,;:“”"]{0,160}|as\s+${SUBJECT_AND_VERB}[^,;:“”"]{0,160})$`, 'u');

/** Frames that end what was said only after an object with no verb of its own: a day, then a clause of when. */
const OBJECT_FRAMES = [TRAILING_DAY, TRAILING_OCCASION];

/** ", another sign of …", ", the latest chapter in …": a phrase set off after the object sums it up. */
const SUMMING_UP = /,\s+(?:the|a|an|another)\s[^,]*$/u;

/**
 * Where the object of an object-first cue ends: before a phrase that sums the act up in the writer's words ("endorsed
 * Clinton on Thursday, another sign of labor's support"). Not in a list ("praised the nurses, the police and …").
 */
function endOfObject(text: string, span: ContentSpan, objectOnly: (end: number) => boolean): number {
  const from = Math.max(span.start, span.end - FRAME_TAIL);
  const tail = text.slice(from, span.end);
  const comment = SUMMING_UP.exec(tail);
  if (!comment || /\b(?:and|or)\b/u.test(comment[0])) return span.end;
  // ("spoke of the malaise, the lack of jobs, the violence": a phrase set off before it too makes a list.)
  if (/,\s+(?:the|a|an)\s/u.test(tail.slice(0, comment.index))) return span.end;
  const end = from + comment.index;
  return objectOnly(end) ? end : span.end;
}

/**
 * The span without the cue's own frame at its end: the channel and the day are how and when it was said, not what.
 * `objectOnly(end)`: what was said up to `end` is the verb's object, with no verb of its own ("praised the plan"),
 * so a day alone after it is the verb's too; after a clause it may be the clause's ("threatened to leave before the
 * vote Monday").
 */
function withoutTrailingFrame(text: string, span: ContentSpan, objectCue: boolean, objectOnly: (end: number) => boolean): ContentSpan {
  let end = objectCue ? endOfObject(text, span, objectOnly) : span.end;
  for (let cut = 0; cut < 2; cut++) {
    // Only the span's tail can hold its frame: the patterns run on the last words, not on every position.
    const from = Math.max(span.start, end - FRAME_TAIL);
    const tail = text.slice(from, end);
    let frame = TRAILING_FRAME.exec(tail);
    if (frame && EVENT.test(frame[0]) && YET_TO_HAPPEN.test(text.slice(span.start, from + frame.index))) frame = null;
    if (!frame && objectCue) {
      for (const pattern of OBJECT_FRAMES) {
        const found = pattern.exec(tail);
        if (found && objectOnly(from + found.index)) {
          frame = found;
          break;
        }
      }
    }
    if (!frame || frame[0].length === 0) break;
    end = from + frame.index;
  }
  if (end === span.end) return span;
  const kept = text.slice(span.start, end);
  const words = kept.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  // ("endorsed one in July": a word alone is too little to show as what was said; the frame still dates it.)
  return words >= 2 ? { ...span, end, words } : { ...span, frameFrom: end };
}

/** A cue ending on the preposition of its topic ("complained about", "warned of"): what follows is its object. */
const TOPIC_CUE = new RegExp(`\\s(?:${[...TOPIC_PREPOSITIONS].join('|')})$`, 'u');

/** Cues whose object stands right after them, so the phrase there is never their speaker. */
const OBJECT_FIRST = new Set([
  ...DESCRIBING_LEMMAS,
  ...'endorse liken praise criticize criticise blast slam blame accuse condemn dismiss mock decry tout cite urge remind inform assure reassure threaten'.split(' '),
]);

export class EnglishReader {
  private readonly discourse: Discourse;
  private readonly dates: SaidWhen;
  private readonly out: RawStatement[] = [];
  /** The last statement of the paragraph before, for a quote that stands alone at the start of this one. */
  private previousParagraphLast: RawStatement | null = null;
  /** A speaker whose "… said:" ended the paragraph before: the quote that opens this one is theirs. */
  private announced: { cue: string; speaker: SpeakerRef } | null = null;
  private paragraphStart = 0;
  /** A person named as the subject of a sentence earlier in this paragraph (see `standaloneQuote`). */
  private paragraphSubject: SpeakerRef | null = null;
  /** Transcript turns by paragraph index ("PENCE: …"). */
  private readonly turns: Map<number, Turn>;

  constructor(
    private readonly doc: Document,
    kindOf: KindLookup,
  ) {
    this.discourse = new Discourse(doc.text, kindOf);
    this.dates = new SaidWhen(doc);
    this.turns = transcriptTurns(doc);
  }

  read(readEmbed: (paragraph: Paragraph) => RawStatement | null): RawStatement[] {
    const signedQuotes = new Map<number, SignedQuote>();
    const tagged = new Map<number, TaggedText>();
    // The tagger runs over every paragraph first, then the rules: its model's tables stay in the processor's cache
    // through the article instead of being pushed out by the rules between paragraphs (10% less CPU an article,
    // measured on 600 quote-dense articles in alternation). Each paragraph is still tagged on its own, in order.
    for (const [index, paragraph] of this.doc.paragraphs.entries()) {
      if (paragraph.kind !== 'body' || this.turns.has(index)) continue;
      const text = this.doc.text.slice(paragraph.start, paragraph.end);
      const signed = signedQuote(text);
      if (signed) signedQuotes.set(index, signed);
      else tagged.set(index, tagEnglish(text));
    }
    for (const [index, paragraph] of this.doc.paragraphs.entries()) {
      const before = this.out.length;
      this.paragraphStart = before;
      this.paragraphSubject = null;
      if (paragraph.kind === 'embed') {
        const post = readEmbed(paragraph);
        if (post) this.out.push(post);
      } else if (paragraph.kind === 'body') {
        const announced = this.announced;
        const turn = this.turns.get(index);
        const signed = signedQuotes.get(index);
        const tags = tagged.get(index);
        if (turn) this.readTurn(paragraph, turn);
        else if (signed) this.readSigned(paragraph, signed);
        else if (tags) this.readParagraph(paragraph, tags, this.doc.paragraphs[index + 1]);
        // "Limbaugh added:" closing a paragraph, then a paragraph without quotation marks: a block quote whose marks
        // the page dropped; all of it is the announced speaker's.
        if (announced && this.announced === announced && this.out.length === before && !turn && !signed) this.readAnnounced(paragraph, announced);
        if (this.announced === announced) this.announced = null;
      }
      this.previousParagraphLast = this.out.length > before ? (this.out.at(-1) ?? null) : paragraph.kind === 'body' ? null : this.previousParagraphLast;
    }
    return this.out;
  }

  /** A transcript turn ("PENCE: Well, look, …"): all of it is what the labelled speaker said, word for word. */
  private readTurn(paragraph: Paragraph, turn: Turn): void {
    const text = this.doc.text.slice(paragraph.start, paragraph.end);
    const start = turn.start - paragraph.start;
    const end = wordsEnd(text, start);
    const speaker = this.discourse.resolve(nameMention(turn.label, paragraph.start, turn.name), paragraph.start, paragraph.start);
    if (speaker && end > start) this.pushWhole(wholeParagraphStatement(this.doc, paragraph, start, end, ':', speaker, this.dates));
  }

  /** A signed quote ("“…” ― Ana Ruiz"): the words between the marks are the signer's. */
  private readSigned(paragraph: Paragraph, signed: SignedQuote): void {
    const statement = signedStatement(this.doc, paragraph, signed, this.discourse, this.dates);
    if (statement) this.pushWhole(statement);
  }

  /** An unquoted paragraph after "X said:": the words up to its final stop, when it holds no quotation marks. */
  private readAnnounced(paragraph: Paragraph, announced: { cue: string; speaker: SpeakerRef }): void {
    const text = this.doc.text.slice(paragraph.start, paragraph.end);
    if (/["“”„«»]|''|‘‘|’’/u.test(text) || text.split(/\s+/).length < 4) return;
    // ("The poll found:" … "The poll has a margin of error …": a paragraph about the speaker is the writer's.)
    const head = announced.speaker.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (head && text.split(/\s+/).slice(0, 4).some((word) => word.toLowerCase().replace(/[^\p{L}]/gu, '') === head)) return;
    this.pushWhole(wholeParagraphStatement(this.doc, paragraph, 0, wordsEnd(text, 0), announced.cue, announced.speaker, this.dates));
  }

  /** A statement that is a whole paragraph (a turn, a signed quote): its speaker is the last one spoken of. */
  private pushWhole(statement: RawStatement): void {
    this.out.push(statement);
    this.discourse.spoke(statement.speaker);
  }

  private readParagraph(paragraph: Paragraph, { tokens, sentences }: TaggedText, next: Paragraph | undefined): void {
    const text = this.doc.text.slice(paragraph.start, paragraph.end);
    const quotes = paragraphQuotes(text, next && next.kind === 'body' ? this.doc.text.slice(next.start, next.end) : '');
    for (const token of tokens) {
      const holder = lastStartingBy(quotes, token.start);
      token.quoted = holder !== undefined && token.end <= holder.end;
    }
    for (const [first, last] of mergeAcrossQuotes(text, tokens, sentences, quotes)) {
      this.readUnit(text, paragraph.start, tokens, first, last, quotes);
    }
  }

  private readUnit(text: string, base: number, tokens: Token[], first: number, last: number, quotes: readonly QuoteSpan[]): void {
    const unit = { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
    const unitQuotes = overlapping(quotes, unit.start, unit.end);
    const found: Found[] = [];
    const all = findCues(tokens, first, last);
    const trailing = trailingAttribution(tokens, all, first, last);
    // "Clinton had told police she did not want the escort, the source added.": what the source reported, cues and
    // all; the words inside are the source's account, not Clinton's own.
    const cues = trailing ? [trailing] : all;
    // "Sen. Ann Lee scolded him: “…,” she said.": a person named as the sentence's subject is who its "she" is.
    // ("Prices are rising, he noted.": a subject inside what was said is never who said it.)
    if (cues.length > 0 && !this.saidBeforeSource(tokens, cues[0] as Cue, first)) this.noteSubject(tokens, first, last, base);
    let lastSpeaker: SpeakerRef | null = null;
    for (const [n, cue] of cues.entries()) {
      const nextCue = cues[n + 1];
      for (const statement of this.readCue(text, base, tokens, first, last, cue, nextCue, unitQuotes, lastSpeaker, found)) {
        found.push(statement);
        lastSpeaker = statement.speaker;
      }
    }
    if (found.length === 0) {
      const alone = this.standaloneQuote(text, tokens, first, last, unitQuotes);
      if (alone) found.push(alone);
      else this.noteSubject(tokens, first, last, base);
      const announcing = cues.at(-1);
      if (!alone && announcing) this.noteAnnouncement(text, tokens, first, last, announcing, base);
      if (!alone) this.noteFollowing(text, tokens, first, last, base);
    }
    found.push(...this.quotedVerbStatements(text, base, tokens, first, last, unitQuotes, found));
    found.push(...this.nominalStatements(text, base, tokens, first, last, unitQuotes, found));
    found.sort((a, b) => a.start - b.start);
    const saidOn = this.dates.dateUnit(text, unit, unitQuotes, found);
    for (const [index, statement] of found.entries()) {
      const raw: RawStatement = {
        doc: this.doc.id,
        kind: statement.kind,
        start: base + statement.start,
        end: base + statement.end,
        cue: statement.cue,
        saidOn: statement.inherits ?? saidOn[index] ?? { ...this.doc.published, basis: 'published' },
        context: this.doc.text.slice(base + unit.start, base + unit.end),
        speaker: statement.speaker,
      };
      this.out.push(raw);
      this.discourse.spoke(statement.speaker);
    }
  }

  /** The statements one cue introduces: usually one; two when the cue interrupts a quote ("A," she said, "B."). */
  private readCue(
    text: string,
    base: number,
    tokens: Token[],
    first: number,
    last: number,
    cue: Cue,
    nextCue: Cue | undefined,
    quotes: readonly QuoteSpan[],
    lastSpeaker: SpeakerRef | null,
    found: readonly Found[],
  ): Found[] {
    // The reporting verb as written, with whom it was said to ("told ABC News"): answers show it.
    /** The cue as written, from its verb through the token `last`. */
    const cueThrough = (last: number) => text.slice((tokens[cue.at] as Token).start, (tokens[last] as Token).end);
    let cueText = cueThrough(cue.last);
    // A statement inside a relative clause about the sentence's subject does not hide that subject from the main cue.
    const previousEnd = found.reduce((max, f) => (f.inRelativeClause ? max : Math.max(max, f.end)), -1);
    const floor = Math.max(first, firstFrom(tokens, previousEnd));
    const stop = Math.min(nextCue ? Math.min(last, this.clauseStart(tokens, nextCue, first) - 1) : last, frontedClauseEnd(tokens, first, last, cue));
    let phrase: SourcePhrase | null = null;
    let speaker: SpeakerRef | null = null;
    let contentFirst: number | null = null;
    let before: [number, number] | null = null;
    let integrated = false;
    /** The "that" before what was said after the cue, which opens it ("said that …"), as annotators of attribution mark it. */
    let opener: number | null = null;
    let parenthetical: { from: number; to: number } | null = null;
    let recorded = false;

    if (cue.sourceSide === 'after') {
      // "according to X": what was said is the rest of the sentence, before or after the phrase.
      phrase = sourceAfter(tokens, cue.last + 1, last, true);
      if (!phrase) return [];
      const lead = contentBefore(tokens, cue.at, floor);
      // "According to X, the deal is close": with nothing said before the cue, what follows the comma is what was
      // said, not an appositive of X.
      // (An appositive closed by its own comma stays: "According to Anna Berg, an economist, growth will slow.")
      // ("According to exit polls, Romney had a lead, but …": a verb after the comma makes what follows it a clause.)
      if (!lead) {
        let comma = phrase.coreLast + 1;
        while (comma <= phrase.last && tokens[comma]?.text !== ',') comma++;
        // (A verb of a relative clause inside an appositive is the appositive's: "a friend of hers who died in 2000".)
        const appositive = tokens.slice(comma + 1, phrase.last + 1);
        const relative = appositive.findIndex((t) => ['who', 'which', 'that', 'whose'].includes(t.norm));
        const clause = (relative < 0 ? appositive : appositive.slice(0, relative)).some((t) => !t.quoted && (t.pos === 'VERB' || t.pos === 'AUX'));
        if (comma <= phrase.last && (tokens[phrase.last + 1]?.text !== ',' || clause)) phrase = { ...phrase, last: comma - 1 };
      }
      speaker = this.resolve(tokens, phrase, base, first);
      if (lead) before = lead;
      else if (tokens[phrase.last + 1]?.text === ',') contentFirst = phrase.last + 2;
      else {
        // "According to a complaint filed by the state, …": a participle, relative clause or preposition after the
        // source still describes it; what was said follows the comma that closes the description.
        const comma = postmodifierComma(tokens, phrase.last + 1, last);
        if (comma > 0) contentFirst = comma + 1;
      }
    } else {
      const inverted = this.invertedSource(tokens, cue, first, last);
      if (inverted) {
        phrase = inverted;
        speaker = this.resolve(tokens, phrase, base, first);
        before = contentBefore(tokens, cue.at, floor);
        if (tokens[cue.at - 1]?.text === ',' && !tokens[cue.at - 1]?.quoted && resumesAfter(tokens, phrase.last)) {
          parenthetical = { from: cue.at, to: phrase.last + 1 };
          before = [floor, stop];
        }
        // "…," said X. "…" / said X: "…": the words after the source are said too when they are quoted.
        const after = tokens[phrase.last + 1]?.text === ',' || tokens[phrase.last + 1]?.text === ':' ? phrase.last + 2 : -1;
        if (after > 0 && tokens[after]?.quoted) contentFirst = after;
      } else {
        // ", saying …" after a clause: the noun before the comma ends that clause; it is not the participle's subject.
        const afterClause = isParticiple(tokens, cue) && afterComma(tokens, cue.at) && tokens.slice(floor, cue.at).some(isFreeVerb);
        phrase = afterClause ? null : sourceBefore(tokens, cue.at, floor);
        // "Sanders started out their ninth debate saying …": the noun before the participle is the verb's object;
        // the verb's subject speaks. ("footage of the mayor saying …": after a preposition, the noun is its subject.)
        if (phrase && isParticiple(tokens, cue)) phrase = objectsSubject(tokens, phrase.first, floor) ?? phrase;
        // "Ruiz issued a statement saying …", "sent an email Wednesday saying …": a message says what its sender said.
        if (!phrase && isParticiple(tokens, cue)) phrase = sendersSubject(tokens, cue.at, floor);
        const heard = !phrase && isParticiple(tokens, cue) ? recordedSpeaker(tokens, cue.at, floor) : null;
        if (heard) {
          phrase = heard;
          recorded = true;
        }
        if (phrase) speaker = this.resolve(tokens, phrase, base, first);
        else if (this.continuesClause(tokens, cue, first)) {
          // "“…,” Tom told Ana Ruiz, who answered her door and said …": a verb joined inside a relative clause
          // shares the clause's subject, not the last speaker's.
          const lastCueAt = found.reduce((at, statement) => Math.max(at, statement.cueAt), -1);
          // (", citing …" after the clause goes back to the main one.)
          const joined = ['and', 'but'].includes(tokens[cue.at - 1]?.norm ?? '');
          const previous = joined && relativeClauseBefore(tokens, cue.at, first, lastCueAt) ? null : lastSpeaker;
          const main = previous ? undefined : this.participleSubject(tokens, cue, first, base);
          speaker = previous ?? (main === undefined ? this.clauseSubject(tokens, cue, first, base) : main);
        }
        if (!speaker) return [];
        const sourceStart = phrase ? phrase.first : cue.at;
        // "…, as one senator put it.": what was said stands before the "as".
        const asBefore = tokens[sourceStart - 1]?.norm === 'as' && !tokens[sourceStart - 1]?.quoted;
        let lead = asBefore && tokens[sourceStart - 2]?.text === ',' && sourceStart - 3 >= floor ? ([floor, sourceStart - 3] as [number, number]) : contentBefore(tokens, sourceStart, floor);
        // "“…,” Mr. Barrett said after the hearing": after a quote, only quoted or "that" words are said too.
        const afterQuote = lead !== null && tokens[sourceStart - 1]?.quoted === true;
        if (lead && afterQuote) {
          // "Sen. Lee scolded him: “…,” she said": the words that introduce the quote with a colon are the reporter's.
          let opening = sourceStart - 1;
          while (opening > lead[0] && tokens[opening - 1]?.quoted) opening--;
          if (opening > lead[0] && tokens[opening - 1]?.text === ':') lead = [opening, lead[1]];
        }
        const after = contentAfter(tokens, cue, stop);
        if (after && ('closes' in after || 'parenthetical' in after) && asBefore && tokens[cue.last + 1]?.text === ',' && (sourceStart - 1 === floor || tokens[sourceStart - 2]?.text !== ',')) {
          // "As Mr. Bown observed, in the early days …": what was said follows the attribution.
          contentFirst = cue.last + 2;
        } else if (after && 'parenthetical' in after && sourceStart === floor && !after.continuing && !cue.takesAddressee) {
          // "Rubio says, win or lose on Tuesday, he is staying in": nothing stands before the source, so what was
          // said is the clause after the comma. (After "…, and" the sentence goes on with the writer's words.)
          contentFirst = after.parenthetical + 1;
        } else if (after && 'parenthetical' in after && (sourceStart > floor || !after.continuing) && setOff(tokens, sourceStart, floor) && !(after.continuing && afterQuote)) {
          // "The deal, she said, would …", "Now, Ruiz said, the …", "Hawaii, as one adviser pointed out, does …": an
          // attribution set off inside the sentence. ("after the department asked Mills, Sullivan and Abedin to …" is
          // a clause of its own.)
          parenthetical = { from: sourceStart, to: after.parenthetical };
          before = [floor, stop];
        } else if (after && 'first' in after && lead && phrase && !afterQuote && !isParticiple(tokens, cue) && resumesInQuote(tokens, cue, after.first, lead) && setOff(tokens, sourceStart, floor)) {
          // "It is time, he said, “not only for a strong leader …”", "That, the panel said, “would help …”": an
          // attribution set off inside a sentence that goes on in quotation marks; the words before it are said too.
          parenthetical = { from: sourceStart, to: after.first };
          before = [floor, stop];
        } else if (after && 'first' in after && (!afterQuote || after.explicit || tokens[after.first]?.quoted)) {
          contentFirst = after.first;
          opener = after.that ?? null;
          // ("the poll shows that …": the cue is the verb; its "that" belongs to what was said.)
          if (opener === cue.last) cueText = cueThrough(cue.last - 1);
          integrated = after.integrated;
          if (after.addressee) cueText = cueThrough(after.addressee[1]);
          if (after.cueLast !== undefined) cueText = cueThrough(after.cueLast);
        }
        // "“A,” Trump said during a rally in Ohio, “B.”": the quote resumes past the cue's frame.
        if (afterQuote && contentFirst === null && !parenthetical) contentFirst = resumingQuote(tokens, cue.last + 1, stop);
        // "“A,” the president said, “B.”": both halves; "…, officials said." before; "X said Y": only what follows.
        const closes = after !== null && ('closes' in after || afterQuote);
        if (!parenthetical && lead && ((contentFirst === null && closes) || (afterQuote && contentFirst !== null && tokens[contentFirst]?.quoted))) before = lead;
        // "“Honestly,” he said, “we may be …”": a quote of one word before the attribution opens the sentence the
        // next quote goes on with; alone it says nothing, so the statement runs across the attribution.
        if (before && afterQuote && contentFirst === cue.last + 2 && tokens[contentFirst]?.quoted && isOneQuotedWord(tokens, before)) {
          parenthetical = { from: sourceStart, to: contentFirst };
          before = [before[0], stop];
          contentFirst = null;
        }
      }
    }
    if (!speaker) return [];
    // "if a woman said and did the same things", "Everything Trump says is a lie": words in a condition, or the
    // object of a relative clause, were not said as a statement.
    // (Only when the pronoun is the sentence's subject: in "…, something Beijing says lacks evidence" the verb after the
    // cue is the relative clause's own, and Beijing did say it lacks evidence.)
    if (phrase && cue.sourceSide === 'before' && (CONDITIONS.has(tokens[phrase.first - 1]?.norm ?? '') || opensWithWhatever(tokens, phrase.first, first))) return [];
    const out: Found[] = [];
    const cueAt = (tokens[cue.at] as Token).start;
    const add = (fromToken: number, toToken: number, quoteIsObject: boolean) => {
      const clauseEnd = phrase?.inRelativeClause ? endOfRelativeClause(tokens, fromToken, toToken) : toToken;
      const reported = endBeforeOtherAttribution(text, tokens, fromToken, clauseEnd);
      // (Only after the cue: before it, "…; …, she said" and "…, who …, she said" are all the speaker's.)
      // ("promised to back her and said …": the speaker's next act is left to its own cue, unclaimed.)
      const coordinated = fromToken > cue.last ? coordinatedPredicate(tokens, cue, fromToken, reported) : null;
      const addition = fromToken > cue.last && coordinated === null ? writersAddition(tokens, fromToken, reported) : null;
      const end = coordinated !== null ? coordinated - 1 : addition === null ? reported : addition - 1;
      const quoted = trimToQuote(text, tokens, fromToken, end, quotes, quoteIsObject);
      // Reported speech that ends in the cue's own frame ("called for more investment in a statement on Thursday")
      // ends before it; so does a partial quote ("called the plan “a disgrace” on Monday").
      const objectOnly = (before: number) => !tokens.some((t) => t.start >= (tokens[fromToken] as Token).start && t.end <= before && !t.quoted && (t.pos === 'VERB' || t.pos === 'AUX'));
      const span = quoted && quoted.kind !== 'direct' && fromToken > cue.last ? withoutTrailingFrame(text, quoted, OBJECT_FIRST.has(cue.lemma) || TOPIC_CUE.test(cueText), objectOnly) : quoted;
      if (!span || (span.words < 2 && !isWholeUtterance(text, span, quotes)) || overlapsAny(claims(found), span)) return;
      // What was said begins with its "that"; a quote after "that" ("says that “…”") is then the reporter's sentence
      // around the speaker's words, a partial quote.
      const thatToken = opener !== null && fromToken === contentFirst ? tokens[opener] : undefined;
      const firstStart = (tokens[fromToken] as Token).start;
      const opensAtFirst = (that: Token) => (span.kind === 'direct' ? /^[\s,]*$/u.test(text.slice(that.end, firstStart)) : span.start === firstStart);
      if (thatToken && opensAtFirst(thatToken)) {
        span.start = thatToken.start;
        if (span.kind === 'direct') {
          span.kind = 'partial';
          // With its closing mark, as partial quotes are shown.
          const quote = quotes.find((q) => q.innerStart <= span.end && span.end <= q.end);
          if (quote) span.end = quote.end;
        }
      }
      const statement: Found = { kind: span.kind, start: span.start, end: span.end, cue: cueText, speaker: speaker as SpeakerRef, cueAt, opensContinuation: span.open };
      if (addition !== null) statement.claimedEnd = (tokens[reported] as Token).end;
      if (phrase?.inRelativeClause) statement.inRelativeClause = true;
      if (recorded) statement.recorded = true;
      if (parenthetical) statement.frame = { start: (tokens[parenthetical.from] as Token).start, end: (tokens[parenthetical.to] as Token).start };
      else if (span.frameFrom !== undefined) statement.frame = { start: span.frameFrom, end: span.end };
      out.push(statement);
    };
    if (before) add(before[0], before[1], false);
    if (contentFirst !== null && contentFirst <= stop) add(contentFirst, stop, integrated);
    return out;
  }

  /**
   * "Both countries “expressed deep concern” about the war": a quote that opens with a verb of saying quotes the
   * subject's own words for what it said; the subject before the quote is the speaker.
   */
  private quotedVerbStatements(text: string, base: number, tokens: Token[], first: number, last: number, quotes: readonly QuoteSpan[], found: readonly Found[]): Found[] {
    const out: Found[] = [];
    for (const quote of quotes) {
      const mark = firstFrom(tokens, quote.start);
      const verb = tokens[mark + 1];
      if (mark <= first || mark >= last || !verb || verb.start < quote.innerStart || !isSpeechVerb(verb) || tokens[mark - 1]?.quoted) continue;
      const phrase = sourceBefore(tokens, mark, first);
      const speaker = phrase && this.resolve(tokens, phrase, base, first);
      const span = speaker && unclaimedSpan(text, tokens, mark, last, quotes, [...found, ...out]);
      if (!speaker || !span) continue;
      out.push({ kind: 'partial', start: span.start, end: span.end, cue: verb.text, speaker, cueAt: verb.start });
    }
    return out;
  }

  /** "Putin's statement that …", "a claim by Ms. Berg that …": a noun attributes; the "that" clause was said. */
  private nominalStatements(text: string, base: number, tokens: Token[], first: number, last: number, quotes: readonly QuoteSpan[], found: readonly Found[]): Found[] {
    const unitStart = (tokens[first] as Token).start;
    const out: Found[] = [];
    for (const nominal of nominalCues(text, unitStart, (tokens[last] as Token).end)) {
      const nameToken = firstFrom(tokens, nominal.nameStart);
      const from = firstFrom(tokens, nominal.contentStart);
      if (nameToken < 0 || from < 0 || from > last || tokens[nameToken]?.quoted) continue;
      // "Mr. Berg's claim that the plan would cut taxes drew laughter": as the subject, the claim's clause ends where
      // the sentence's own verb begins, which only a parser could find; abstain.
      if (!tokens.slice(first, nameToken).some(isFreeVerb)) continue;
      const start = base + nominal.nameStart;
      const speaker = this.discourse.resolve(nameMention(nominal.name, start), start, base + unitStart);
      const span = speaker && unclaimedSpan(text, tokens, from, last, quotes, [...found, ...out]);
      if (!speaker || !span) continue;
      out.push({ kind: span.kind, start: span.start, end: span.end, cue: nominal.cue, speaker, cueAt: nominal.cueStart });
    }
    return out;
  }

  /** "…," said Mr. Holtz-Eakin. / "…," said Brooks, president of the NAACP: the source follows the cue. */
  private invertedSource(tokens: Token[], cue: Cue, first: number, last: number): SourcePhrase | null {
    // "…, describing Jones as “a liar”": a participle never puts its speaker after it; the name is its object.
    if (/ing$/.test((tokens[cue.at] as Token).norm)) return null;
    // "…, told The Huffington Post": "told" never puts its speaker after it; that is who was told. Nor do verbs
    // whose object follows them ("Christie, who …, blasted Clinton as a “disgrace”": Clinton is who was blasted).
    if (cue.lemma === 'tell' || OBJECT_FIRST.has(cue.lemma)) return null;
    const previous = tokens[cue.at - 1];
    const opensClause = cue.at === first || (previous !== undefined && (previous.text === ',' || CLOSING.has(previous.text) || previous.quoted));
    if (!opensClause) return null;
    // "Ivanka Trump, the nominee's daughter, noted the rule": a subject and its appositive before the comma, no clause
    // of what was said; the cue's subject stands before it.
    // ("Smith, delivering the speech, asked …", "Judicial Watch, in releasing the email, noted …": a participle is no
    // clause either; with a quote before the comma, "“…” about fixing schools, said Lee", the words are what was said.)
    const before = tokens.slice(first, cue.at - 1);
    const noVerbBefore = previous?.text === ',' && !previous.quoted && !before.some((t) => t.quoted || t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.norm)));
    const phrase = sourceAfter(tokens, cue.last + 1, last, true);
    if (!phrase) return null;
    // "The paradox of the plan, says Carl Anthony, a historian, is that …": set off inside the sentence, whose verb
    // follows it.
    const setOffByCommas = previous?.text === ',' && !previous.quoted && resumesAfter(tokens, phrase.last);
    if (setOffByCommas) return phrase;
    if (noVerbBefore) return null;
    const after = tokens[phrase.last + 1];
    // After the source: the sentence's end, punctuation, the next quote, or words that frame the cue ("on Monday",
    // "yesterday", "because …").
    // ("…," said Rep. Joe Ruiz (D-N.Y.): a party-and-state parenthesis belongs to the name.)
    const ends = !after || TERMINAL.has(after.text) || after.text === ',' || after.text === ':' || after.text === '(' || after.quoted || after.pos === 'SCONJ' || after.pos === 'ADP' || after.pos === 'ADV' || isTimeWord(after);
    // "…, said parents still want …": the phrase is the subject of a clause of its own, not the source.
    let next = phrase.last + 1;
    while (tokens[next]?.pos === 'ADV') next++;
    const clauseFollows = after?.pos === 'ADV' && (tokens[next]?.pos === 'VERB' || tokens[next]?.pos === 'AUX');
    return ends && !clauseFollows ? phrase : null;
  }

  /** "…, saying that …" / "… and added that …": the cue shares the subject of the clause it hangs on. */
  private continuesClause(tokens: Token[], cue: Cue, first: number): boolean {
    let k = cue.at - 1;
    while (k >= first && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX')) k--;
    const previous = tokens[k];
    if (!previous) return false;
    if (['and', 'but', 'while'].includes(previous.norm)) return true;
    if (previous.quoted || !/ing$/.test((tokens[cue.at] as Token).norm)) return false;
    // ", saying …", "by arguing …": the participle's subject is the clause's. So after "before", "after", "when" or
    // "since" for verbs that only say ("before asking her, “…”", "after insisting that …"); "after slamming into the
    // crowd", "since announcing her run" act. ("without saying" says nothing.)
    if (previous.text === ',' || previous.norm === 'by') return true;
    return ['before', 'after', 'when', 'since'].includes(previous.norm) && SAYING_ONLY.has(cue.lemma);
  }

  /**
   * The speaker of ", saying …" when the clause it hangs on is not itself one of saying ("X said in a statement,
   * adding …" goes on with the nearest verb's subject); undefined when the main clause does not decide it.
   */
  private participleSubject(tokens: Token[], cue: Cue, first: number, base: number): SpeakerRef | null | undefined {
    // "… issued a rallying cry by saying": a "by" phrase hangs on the verb just before it.
    if (!isParticiple(tokens, cue) || !afterComma(tokens, cue.at)) return undefined;
    for (let k = cue.at - 1; k >= first; k--) {
      const t = tokens[k] as Token;
      if (t.quoted || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
      if (findCues(tokens, k, k).length > 0) return undefined;
      break;
    }
    const subject = mainClauseSubject(tokens, cue.at, first);
    return subject ? this.resolve(tokens, subject, base, first) : subject;
  }

  /** The subject of the nearest verb before the cue: the speaker of a participle or coordinated cue. */
  private clauseSubject(tokens: Token[], cue: Cue, first: number, base: number): SpeakerRef | null {
    // ("Schultz backed Democrats on MSNBC, which let him go in 2015, and said …": after a relative clause closed by a
    // comma, "and said" goes on with the main clause, not with "which". A "but" more often goes on inside it: "Maher,
    // who is supporting Sanders, but has dismissed …".)
    const afterComma = tokens[cue.at - 1]?.norm === 'and' && tokens[cue.at - 2]?.text === ',' && !tokens[cue.at - 2]?.quoted;
    for (let k = cue.at - 1; k >= first; k--) {
      const t = tokens[k] as Token;
      if (t.quoted || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
      const phrase = sourceBefore(tokens, k, first);
      if (phrase?.inRelativeClause && afterComma) {
        k = phrase.coreLast;
        continue;
      }
      if (phrase && !WH_WORDS.has(tokens[phrase.first]?.norm ?? '')) return this.resolve(tokens, phrase, base, first);
    }
    return null;
  }

  /** Whether the sentence opens with what was said, then a comma and the cue's source ("…, he noted."). */
  private saidBeforeSource(tokens: Token[], cue: Cue, first: number): boolean {
    if (cue.sourceSide !== 'before') return false;
    const phrase = sourceBefore(tokens, cue.at, first);
    const before = phrase ? tokens[phrase.first - 1] : undefined;
    return phrase !== null && phrase.first > first && before !== undefined && !before.quoted && before.text === ',';
  }

  /** A named person as the subject of a sentence that quotes nobody becomes the likely referent of "he"/"she". */
  private noteSubject(tokens: Token[], first: number, last: number, base: number): void {
    let verb = first;
    let mention: Mention | null = null;
    // ("Sanders, who lost the primaries, identified …": the verb of a relative clause is passed for the main one.)
    for (let tries = 0; tries < 3; tries++, verb++) {
      while (verb <= last && !isFreeVerb(tokens[verb] as Token)) verb++;
      if (verb > last) return;
      const phrase = sourceBefore(tokens, verb, first);
      mention = phrase ? mentionOf(tokens, phrase, base) : null;
      if (mention && mention.kind !== 'relative') break;
    }
    if (!mention || !['name', 'collective', 'role'].includes(mention.kind)) return;
    const ref = this.discourse.resolve(mention, mention.start, mention.start);
    // ("Senators Hale and Lee", "Critics of the plan", "Aides": the next "they"; "such measures" and "their
    // analysis" are not who speaks.)
    if (ref && (mention.kind === 'collective' ? isPeopleInPlural(mention.name) : ref.kind === 'group')) this.discourse.pluralSubject(ref);
    else if (ref && mention.kind === 'name') {
      this.discourse.mentioned(ref);
      if (ref.kind === 'person') this.paragraphSubject = ref;
    }
  }

  /** Where the clause of a later cue begins: its source, and a joining ", and" or ", but" before it. */
  private clauseStart(tokens: Token[], cue: Cue, first: number): number {
    if (cue.sourceSide === 'after') {
      let k = cue.at;
      while (k - 1 >= first && (tokens[k - 1]?.text === ',' || tokens[k - 1]?.pos === 'CCONJ')) k--;
      return k;
    }
    const phrase = sourceBefore(tokens, cue.at, first);
    // (", even suggesting …": the participle's adverbs open its clause with it.)
    const start = phrase ? phrase.first : isParticiple(tokens, cue) && afterComma(tokens, cue.at) ? adverbsBefore(tokens, cue.at) : cue.at;
    let k = start;
    while (k - 1 >= first && (tokens[k - 1]?.pos === 'CCONJ' || tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ';' || isContrastOpener(tokens, k - 1))) k--;
    // "…, and when pressed on why, she replied": a clause fronted before the next speaker belongs to that speaker.
    if (k < start) {
      for (let j = k - 1; j >= Math.max(first, k - 14); j--) {
        const t = tokens[j] as Token;
        if (t.quoted || t.text === ';') break;
        if ((t.norm === 'and' || t.norm === 'but') && FRONTED_CLAUSE_OPENERS.has(tokens[j + 1]?.norm ?? '')) {
          k = j;
          while (k - 1 >= first && tokens[k - 1]?.text === ',') k--;
          break;
        }
      }
    }
    // "said that he agreed with …": a cue inside what was said, with no boundary before it, does not end it.
    return k === start && !tokens[k - 1]?.quoted ? Number.POSITIVE_INFINITY : k;
  }

  /** A quote alone in its sentence: the speaker before goes on (earlier in this paragraph, or the one before). */
  private standaloneQuote(text: string, tokens: Token[], first: number, last: number, quotes: readonly QuoteSpan[]): Found | null {
    const words = tokens.slice(first, last + 1).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    if (words.length === 0 || words.some((t) => !t.quoted)) return null;
    const said = this.out.length > this.paragraphStart ? this.out.at(-1) : this.announced ? null : this.previousParagraphLast;
    const previous = said ?? this.announced;
    if (!previous) return null;
    // ("Pence said … . / On “Face the Nation,” Sanders identified … as a reason. “The younger people are …”": a person
    // the paragraph made its subject before the quote is more likely its speaker than the last paragraph's; rather
    // than guess, the quote is left unattributed.)
    const newcomer = this.paragraphSubject;
    if (said && said === this.previousParagraphLast && newcomer && familyKey(newcomer) !== familyKey(said.speaker)) return null;
    const span = trimToQuote(text, tokens, first, last, quotes);
    // "(CROSSTALK.)", "(Laughter)": a stage direction in brackets is nobody's words.
    if (!span || /^\(.*\)\.?$/su.test(text.slice(span.start, span.end))) return null;
    const found: Found = { kind: 'direct', start: span.start, end: span.end, cue: previous.cue, speaker: previous.speaker, cueAt: span.start };
    if (said) found.inherits = said.saidOn;
    return found;
  }

  /**
   * "He said:" closing a paragraph announces the quote that opens the next one; remembered for that paragraph only.
   */
  private noteAnnouncement(text: string, tokens: Token[], first: number, last: number, cue: Cue, base: number): void {
    if (tokens[last]?.text !== ':' || cue.last !== last - 1 || cue.sourceSide !== 'before') return;
    this.announce(text, tokens, first, base, cue.at, cue.last);
  }

  /**
   * "Sanders made the following comment:", "The ministry issued the following statement:" closing a paragraph
   * announces the quote that opens the next one, as "He said:" does.
   */
  private noteFollowing(text: string, tokens: Token[], first: number, last: number, base: number): void {
    if (tokens[last]?.text !== ':' || tokens[last - 2]?.norm !== 'following' || tokens[last - 3]?.norm !== 'the') return;
    const verb = last - 4;
    if (!FOLLOWING_VERBS.has(tokens[verb]?.lemma ?? '') || !FOLLOWING_NOUNS.has(tokens[last - 1]?.norm ?? '')) return;
    this.announce(text, tokens, first, base, verb, last - 1);
  }

  /** Remembers who the words from token `cueAt` to `cueLast` announce: the speaker named before `cueAt`, if any. */
  private announce(text: string, tokens: Token[], first: number, base: number, cueAt: number, cueLast: number): void {
    const phrase = sourceBefore(tokens, cueAt, first);
    const speaker = phrase ? this.resolve(tokens, phrase, base, first) : null;
    if (speaker) this.announced = { cue: text.slice((tokens[cueAt] as Token).start, (tokens[cueLast] as Token).end), speaker };
  }

  /** The speaker a phrase names; a pronoun may stand for a subject earlier in its own sentence (from `first`). */
  private resolve(tokens: Token[], phrase: SourcePhrase, base: number, first: number): SpeakerRef | null {
    const mention = mentionOf(tokens, phrase, base);
    if (!mention) return null;
    if (mention.kind === 'person-pronoun') {
      const ahead = this.cataphor(tokens, phrase, mention.text, base, first);
      if (ahead) return { ...ahead, written: mention.text };
    }
    return this.discourse.resolve(mention, mention.start, base + (tokens[first] as Token).start);
  }

  /**
   * "Though she called the bank's conduct outrageous, Clinton restricted …": a pronoun in a clause fronted before
   * the main one points ahead, to the person named as the main clause's subject, when the gender fits.
   */
  private cataphor(tokens: Token[], phrase: SourcePhrase, pronoun: string, base: number, first: number): SpeakerRef | null {
    const opener = tokens[first];
    if (!opener || (opener.pos !== 'SCONJ' && !FRONTED_CLAUSE_OPENERS.has(opener.norm))) return null;
    let comma = phrase.last + 1;
    while (tokens[comma] && tokens[comma]?.text !== ',' && !TERMINAL.has(tokens[comma]?.text ?? '')) comma++;
    if (tokens[comma]?.text !== ',') return null;
    let end = comma + 1;
    while (tokens[end] && !TERMINAL.has(tokens[end]?.text ?? '')) end++;
    const subject = mainClauseSubject(tokens, end, first);
    let opensMain = comma + 1;
    while (tokens[opensMain] && CLOSING.has(tokens[opensMain]?.text ?? '')) opensMain++;
    const mention = subject && subject.first === opensMain ? mentionOf(tokens, subject, base) : null;
    if (!mention || mention.kind !== 'name') return null;
    const ref = this.discourse.resolve(mention, mention.start, base + (tokens[first] as Token).start);
    return ref && ref.kind === 'person' && this.discourse.canBe(pronoun, ref) ? ref : null;
  }
}

/**
 * "When he said the plan would fail, Anna Berg laughed": a cue in a clause fronted before the main one says no more
 * than that clause; what was said ends before the comma that opens the main clause. The last token otherwise.
 */
function frontedClauseEnd(tokens: readonly Token[], first: number, last: number, cue: Cue): number {
  const opener = tokens[first];
  // ("As Ms. Lee put it, RT is …": what was said is the main clause itself.)
  if (!opener || opener.quoted || opener.norm === 'as' || (opener.pos !== 'SCONJ' && !FRONTED_CLAUSE_OPENERS.has(opener.norm)) || cue.sourceSide !== 'before') return last;
  const subject = mainClauseSubject(tokens, last + 1, first);
  if (!subject || subject.first <= cue.last) return last;
  let comma = subject.first - 1;
  while (comma > cue.last && tokens[comma]?.text !== ',') comma--;
  return comma > cue.last ? comma - 1 : last;
}

/**
 * Whether what was said goes on in quotation marks straight after the attribution's comma ("…, he said, “not only …”"),
 * after words of the speaker's own sentence: not a participle of the writer's ("Asked about the plan, she said, “…”").
 */
function resumesInQuote(tokens: readonly Token[], cue: Cue, first: number, lead: readonly [number, number]): boolean {
  const opener = tokens[lead[0]];
  // (A capital inside the quote opens a sentence of the speaker's own: "As a phone rang, the announcer said, “It’s 3 a.m.”")
  const word = tokens.slice(first, first + 3).find((t) => /\p{L}/u.test(t.text));
  return first === cue.last + 2 && tokens[cue.last + 1]?.text === ',' && tokens[first]?.quoted === true && opener !== undefined && opener.pos !== 'VERB' && word !== undefined && /^\p{Ll}/u.test(word.text);
}

/**
 * "Priebus said, “Probably.”", "“No,” she replied.": one quoted word that is all the speaker said, closed with its
 * own punctuation inside the marks, is a whole answer; one word without it is a word quoted ("called it “toxic”").
 */
function isWholeUtterance(text: string, span: ContentSpan, quotes: readonly QuoteSpan[]): boolean {
  if (span.kind !== 'direct') return false;
  const quote = quotes.find((q) => q.innerStart <= span.start && span.end <= q.innerEnd);
  if (!quote || !quote.closed || !/^[\s\p{L}\p{N}'’-]*[.!?,]$/u.test(text.slice(quote.innerStart, quote.innerEnd).trim())) return false;
  // Set off from the sentence (after a comma or colon, or opening it): "called it “toxic.”" names, it answers nothing.
  return /(?:^|[,:.!?])\s*$/u.test(text.slice(0, quote.start));
}

/** Conjunctions that make a clause a condition, not a report. */
const CONDITIONS = new Set(['if', 'unless']);
/** Pronouns a relative clause hangs on without "that" ("everything Trump says"). */
const WHATEVER = new Set(['everything', 'anything', 'something', 'nothing', 'whatever']);

/** Whether the source at `source` follows (or starts with) such a pronoun that opens the sentence at `first`. */
function opensWithWhatever(tokens: readonly Token[], source: number, first: number): boolean {
  const at = WHATEVER.has(tokens[source]?.norm ?? '') ? source : WHATEVER.has(tokens[source - 1]?.norm ?? '') ? source - 1 : -1;
  return at >= 0 && (at === first || ['and', 'but', 'so'].includes(tokens[at - 1]?.norm ?? ''));
}

/** "“Honestly,”": one word in quotation marks, closed by a comma inside or outside the marks. */
function isOneQuotedWord(tokens: readonly Token[], [from, to]: readonly [number, number]): boolean {
  const words = tokens.slice(from, to + 1).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  return words.length === 1 && words.every((t) => t.quoted) && tokens.slice(from, to + 1).some((t) => t.text === ',');
}

/** Where a paragraph's words end from `start` on: before trailing spaces and closing marks, and a final full stop (not an ellipsis). */
function wordsEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && /[\s"”]/u.test(text[end - 1] ?? '')) end--;
  if (end > start && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  return end;
}

/** "made the following comment:", "issued the following statement:": a message announced by what it is. */
const FOLLOWING_VERBS = new Set(['make', 'issue', 'release', 'post', 'give', 'send', 'offer', 'publish', 'tweet']);
const FOLLOWING_NOUNS = new Set(['statement', 'comment', 'comments', 'remark', 'remarks', 'message', 'tweet', 'response', 'reply', 'answer', 'explanation']);

/** Verbs whose participle after "before", "after" or "when" can only report words. */
const SAYING_ONLY = new Set(['say', 'ask', 'tell', 'add', 'insist', 'argue', 'explain', 'note', 'claim', 'warn', 'suggest', 'acknowledge', 'admit', 'declare', 'deny']);

/** Conjunctions of contrast and concession: the clause after them is the writer's or another attribution's. */
const CONTRAST_OPENERS = new Set(['while', 'whereas', 'though', 'although']);

/**
 * "Ruiz accuses Hale of lying while Hale suggests …", "…, whereas Hale acknowledged …", "…, though she conceded …": a
 * contrast or a concession opens another clause with a cue of its own. (Not straight after "that" or a verb of
 * saying: "said that while critics say …, it works" is one statement.)
 */
function isContrastOpener(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  // ("…, even though he had acknowledged …": "even" is part of the conjunction.)
  if (t?.norm === 'even' && tokens[at + 1]?.norm === 'though') return isContrastOpener(tokens, at + 1);
  const before = tokens[at - 1];
  return t !== undefined && !t.quoted && CONTRAST_OPENERS.has(t.norm) && before !== undefined && before.norm !== 'that' && !isSpeechVerb(before);
}

/** ", saying …", "by arguing …": a cue in its -ing form, hanging on a clause. */
/** Where the adverbs right before `at` begin ("even" in ", even suggesting"); `at` when there are none. */
function adverbsBefore(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k - 1]?.pos === 'ADV' && !tokens[k - 1]?.quoted) k--;
  return k;
}

/** ", saying", ", even suggesting", ", again insisting": a comma, perhaps adverbs, then the word at `at`. */
function afterComma(tokens: readonly Token[], at: number): boolean {
  const before = tokens[adverbsBefore(tokens, at) - 1];
  return before !== undefined && !before.quoted && before.text === ',';
}

function isParticiple(tokens: readonly Token[], cue: Cue): boolean {
  return /ing$/.test((tokens[cue.at] as Token).norm);
}

/** "…, in an implied repudiation of Putin's statement that …": another attribution starts; what was said ends before it. */
const OTHER_ATTRIBUTION = new RegExp(`,[^,]*?(?:['’]s\\s+(?:${NOMINAL_CUES})|\\b(?:${NOMINAL_CUES})\\s+(?:from|by)\\s+\\p{Lu}[\\p{L}-]*)\\s+that\\s`, 'u');

/** The words each statement was read from, a writer's addition cut off from it included. */
function claims(found: readonly Found[]): Span[] {
  return found.map((statement) => ({ start: statement.start, end: statement.claimedEnd ?? statement.end }));
}

/**
 * What was said from token `from` to the unit's end (`last`), for the stages that read to the end (a quote opening
 * with a verb of saying, a nominal cue): null when it is under two words or a statement already found claims it.
 */
function unclaimedSpan(text: string, tokens: readonly Token[], from: number, last: number, quotes: readonly QuoteSpan[], claimed: readonly Found[]): ContentSpan | null {
  const span = trimToQuote(text, tokens, from, endBeforeOtherAttribution(text, tokens, from, last), quotes);
  return span && span.words >= 2 && !overlapsAny(claims(claimed), span) ? span : null;
}

function endBeforeOtherAttribution(text: string, tokens: readonly Token[], from: number, to: number): number {
  const start = (tokens[from] as Token).start;
  const match = OTHER_ATTRIBUTION.exec(text.slice(start, (tokens[to] as Token).end));
  let k = to;
  if (match) {
    const comma = start + match.index;
    while (k > from && (tokens[k] as Token).start >= comma) k--;
  }
  const comment = reportersComment(tokens, from, k);
  return comment === null ? k : comment - 1;
}

const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** Whether a clause with its own subject starts at k: a noun phrase (or pronoun) of up to six words, then a verb. */
function ownSubjectAt(tokens: readonly Token[], k: number, to: number): boolean {
  let i = k;
  while (i <= to && i < k + 6 && SUBJECT_TAGS.has(tokens[i]?.pos ?? '') && !tokens[i]?.quoted) i++;
  return i > k && i <= to && (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') && !tokens[i]?.quoted;
}

/**
 * The comma where the reporter's comment on what was said begins, or null: a relative clause with a subject of its
 * own ("…, which an FBI inquiry said was careless", "…, something that Trump mocked"). What another subject did
 * with the words is not part of them.
 */
function reportersComment(tokens: readonly Token[], from: number, to: number): number | null {
  // Only at the end: "the plan, which the council passed in May, would cut taxes" goes on after the clause, so only
  // commas past the last one a verb follows can open a comment.
  let goesOn = -1;
  for (let k = to; k > from; k--) {
    if (tokens[k]?.text === ',' && !tokens[k]?.quoted && ['AUX', 'VERB'].includes(tokens[k + 1]?.pos ?? '')) {
      goesOn = k;
      break;
    }
  }
  for (let k = Math.max(from + 2, goesOn + 1); k < to - 1; k++) {
    const comma = tokens[k] as Token;
    if (comma.text !== ',' || comma.quoted) continue;
    const next = tokens[k + 1] as Token;
    if (['which', 'whom'].includes(next.norm) && ownSubjectAt(tokens, k + 2, to)) return k;
    // (Not "…, an atoll Beijing grabbed four years ago, into …": an appositive of a noun inside what was said.)
    if (next.norm === 'something') {
      const subject = tokens[k + 2]?.norm === 'that' ? k + 3 : k + 2;
      if ((tokens[subject]?.pos === 'PROPN' || tokens[subject]?.pos === 'PRON' || tokens[subject]?.pos === 'DET') && ownSubjectAt(tokens, subject, to)) return k;
    }
  }
  return null;
}

/** Sentence ranges, merged where a quote runs from one sentence into the next (the rule of units.ts). */
function mergeAcrossQuotes(text: string, tokens: readonly Token[], sentences: ReadonlyArray<[number, number]>, quotes: readonly QuoteSpan[]): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  const dateline = datelineLength(text);
  for (const [start, last] of sentences) {
    let first = start;
    // A dateline opening the paragraph ("WASHINGTON (Reuters) - ") is no part of its first sentence.
    if (merged.length === 0) while (first < last && (tokens[first] as Token).end <= dateline) first++;
    const previous = merged.at(-1);
    // "…careless.'' The finding …": the segmenter splits between the two marks of a closing ''; the second one ends
    // the sentence before.
    const lead = tokens[first];
    if (previous && lead && first < last && /^['’”"]$/.test(lead.text) && quotes.some((quote) => quote.end === lead.end)) {
      previous[1] = first;
      first++;
    }
    const span = previous && { start: (tokens[previous[0]] as Token).start, end: (tokens[previous[1]] as Token).end };
    if (previous && span && continuesSentence(text, span, (tokens[first] as Token).start, quotes)) previous[1] = last;
    else merged.push([first, last]);
  }
  return merged;
}
