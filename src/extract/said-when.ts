// The last stage: when each statement was said. The cue's own frame first (date words in the sentence outside
// the quotes, relative clauses and what was said, nearest the cue). Without one, a date carries only where news
// language carries it: to the speaker's later words (one occasion per speaker until the story dates another), to
// words said at an event the story dated and names again ("at the town hall"), to a document's words from its
// issue, to those the lead names from the lead's event, and to "then". Words in the present tense, and everyone
// else, get the publication date: a missing date costs less than a wrong one.
import type { Document, Language, SaidOn } from '../model.ts';
import { EventDates } from './events.ts';
import { DETERMINERS } from './lexicon.ts';
import { isRespondents, pollFieldPeriod } from './poll.ts';
import { type DateMention, findDates, saidOnOf } from './said-on.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Framed extends Span {
  /** Offset of the cue: the date nearest it frames the statement. */
  cueAt: number;
  /** Words inside the span that still frame it (a parenthetical "…, the ministry said on Monday, …"). */
  frame?: Span;
  /** Who said it, as the article names them: a speaker's later undated words come from the event they were dated at. */
  speaker?: { name: string; kind: string; written?: string };
  /** The cue as written: words in the present tense ("says", "is stressing") are not the report of a past event. */
  cue?: string;
  /** Words heard on a recording ("footage of Trump saying …"): their date is the recording's, not the speaker's next occasion. */
  recorded?: boolean;
  /** Where the words the statement was read from end, past `end` when the writer's addition was cut off: no other cue's and no date frame's. */
  claimedEnd?: number;
}

/** "… after she attacked …", "nadat hij …": the words came after another act, which a later sentence may date. */
const REACTS_TO = /\b(?:after|nadat)\s+(?:he|she|they|it|we|hij|zij|ze|het|wij|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+\p{Ll}+(?:ed|t|d)\b/u;

export class SaidWhen {
  /** `roundup`: the scene's words were a group's ("Other officials weighed in Friday"), whose members speak next. */
  private scene: { date: SaidOn; unit: number; names: Set<string>; roundup: boolean } | null = null;
  private unit = 0;
  private leadUnits = 0;
  /** The paragraph being dated, and the last statement dated in it: who spoke, and when. */
  private paragraph: string | null = null;
  private lastInParagraph: { key: string; date: SaidOn } | null = null;
  private readonly bySpeaker = new Map<string, SaidOn>();
  private lead: SaidOn | null = null;
  /** A day the lead's news came after ("After Tuesday night, …"): the lead's date only if the lead gives no other. */
  private leadAfter: SaidOn | null = null;
  /** Undated words of the lead, dated once a later lead sentence gives the lead's date (their objects are shared). */
  private readonly awaitingLead: Array<{ date: SaidOn; statement: Framed }> = [];
  /** Speakers the reporter sought out (analysts, unnamed sources): their later words are not the event's either. */
  private readonly soughtOut = new Set<string>();
  /** The lead's event took place in the evening: others' reactions to it came later. */
  private leadInEvening = false;
  /** Capitalised words of the lead: the people and bodies whose later words come from its event. */
  private readonly leadNames = new Set<string>();

  private readonly events: EventDates;
  /**
   * When the story's poll asked its questions, if it says so anywhere ("The poll was conducted Sept. 19 to 22"):
   * looked for once, when the first respondents speak (undefined until then).
   */
  private fieldPeriod: SaidOn | null | undefined;

  constructor(private readonly doc: Document) {
    this.events = new EventDates(doc.language);
  }

  /**
   * Dates for the statements of one unit (a sentence, offsets into `text`), then moves the scene on.
   * `quotes` are blanked before reading dates: words inside quotation marks talk about other times.
   */
  dateUnit(text: string, unit: Span, quotes: readonly Span[], statements: readonly Framed[]): SaidOn[] {
    this.unit++;
    if (this.leadUnits >= LEAD_UNITS && !this.lead && this.leadAfter) {
      this.lead = this.leadAfter;
      this.leadAfter = null;
      this.dateEarlierLead();
    }
    if (text !== this.paragraph) {
      this.paragraph = text;
      this.lastInParagraph = null;
    }
    const aside = [...quotes, ...asides(text, unit), ...dateline(text, unit)];
    const sentence = this.frameDates(text, unit, aside, []);
    // "a Labor Day cookout, a ritual he has kept for 40 years": a holiday in the story's own sentences is as often a
    // recurring day as an occasion; it dates words it frames ("said in a Labor Day interview"), not the story.
    const sentenceDates = sentence.dates.filter((date) => !date.holiday);
    // A relative clause that holds a cue ("The senator, who in 2010 said …, is retiring") is that statement's frame.
    const holdsCue = (span: Span, statement: Framed) => !quotes.includes(span) && statement.cueAt >= span.start && statement.cueAt < span.end;
    const statementAside = aside.filter((span) => !statements.some((statement) => holdsCue(span, statement)));
    const framed = statements.length > 0 ? this.frameDates(text, unit, statementAside, statements) : { frame: '', dates: [] };
    const statementDates = framed.dates;
    const sentenceText = text.slice(unit.start, unit.end);
    // "Scott's relatives, who asked to see the video, watched it on Thursday": the day of the main clause is not
    // the relative clause's; words said inside one take only its own dates, and words outside none of its.
    const within = (span: Span, date: DateMention) => date.index >= span.start && date.index < span.end;
    const dates = statements.map((statement) => {
      const clause = aside.find((span) => holdsCue(span, statement));
      // ("The council, which endorsed her in March, said …": March is the endorsing's, not the saying's.)
      const inClause = clause ? statementDates.filter((date) => within(clause, date)) : statementDates.filter((date) => !aside.some((span) => within(span, date)));
      const own = inClause.filter((date) => !namesThingOfDay(text, date));
      const date = this.dateFor(own, statement, framed.frame, unit.start, sentenceText, clause !== undefined);
      const key = speakerKey(statement.speaker);
      // ("Reid, who endorsed Clinton in February, reiterated …": a relative clause's act is not the occasion.)
      this.lastInParagraph = key && !clause ? { key, date } : null;
      return date;
    });
    const event = this.events.note(sentence.frame, sentenceDates, unit.start, this.unit);
    // Words heard on a recording date the recording, not a scene or a lead the story's later words belong to.
    const live = statements.length === 0 || statements.some((statement) => !statement.recorded);
    const fronted = live ? sentenceDates.find((date) => !date.future && isFronted(text, unit, date)) : undefined;
    // ("Reid, who endorsed Clinton in February, reiterated …": a relative clause's date is its own act's, not a scene.)
    const framing = live ? statementDates.find((date) => !date.future && !aside.some((span) => within(span, date))) : undefined;
    const scene = framing ?? fronted;
    const names = capitalisedWords(sentenceText);
    // Labels set as sentences ("ABSTRACT.", "FULL TEXT.", "UPDATE:") are not part of the lead.
    if (wordCount(sentenceText) >= LEAD_MIN_WORDS) this.leadUnits++;
    if (this.leadUnits <= LEAD_UNITS && live) {
      for (const name of names) this.leadNames.add(name);
      // The lead's event: the day a statement in it was made, the day of the debate, hearing or visit it names, or
      // the day its main clause gives ("A federal court ruled Friday", "Suu Kyi visited the White House on Wednesday").
      // ("Last week, the president flew to Midway" sets the story's week; "Last week, I watched …" is the writer's.)
      // ("Following Monday's debate, Politifact checked …": the news came after that day, not on it.)
      const leadFraming = framing && !isAfterward(text, framing) ? framing : undefined;
      const main = leadFraming ?? sentenceDates.find((date) => !date.future && !isAfterward(text, date) && (date.precision === 'day' || (date.precision === 'week' && isFronted(text, unit, date) && !opensInFirstPerson(text, date))));
      const eventAfterward = event !== null && sentenceDates.some((date) => date.date === event.date && isAfterward(text, date));
      const happened = leadFraming ? saidOnOf(leadFraming) : ((eventAfterward ? null : event) ?? (main ? saidOnOf(main) : null));
      const after = [framing, ...sentenceDates].find((date) => date !== undefined && !date.future && date.precision === 'day' && isAfterward(text, date));
      if (!happened && after && isRecent(saidOnOf(after), this.doc)) this.leadAfter ??= saidOnOf(after);
      if (happened && !this.lead && isRecent(happened, this.doc)) {
        this.lead = happened;
        this.leadInEvening = sentenceDates.some((date) => date.date === happened.date && EVENING.test(date.text));
        this.dateEarlierLead();
      }
      // The lead's first sentence often leaves its date to the next ("Schiff called on Obama to retaliate …" /
      // "Schiff told USA TODAY on Wednesday …"): its undated past-tense words wait for the lead's date.
      if (!this.lead) {
        for (const [index, statement] of statements.entries()) {
          const date = dates[index];
          // ("Christie called her a disgrace after she attacked the police. On Tuesday, Clinton said …": the next
          // sentence dates what the words reacted to, not the words.)
          const reaction = REACTS_TO.test(text.slice(statement.cueAt, unit.end));
          if (date && date.basis === 'published' && !reaction && !isPresentTense(statement.cue ?? '', this.doc.language) && !PRESENT_AUXILIARY.test(text.slice(unit.start, statement.cueAt))) this.awaitingLead.push({ date, statement });
        }
      }
    }
    const roundup = framing !== undefined && statements.some((statement) => statement.speaker?.kind === 'group' && ROUNDUP.test(statement.speaker.written ?? statement.speaker.name));
    if (scene) this.scene = { date: saidOnOf(scene), unit: this.unit, names, roundup };
    return dates;
  }

  /** Dates the lead's earlier undated words now that a lead sentence gave its date (for those the lead names). */
  private dateEarlierLead(): void {
    const lead = this.lead;
    if (!lead) return;
    for (const { date, statement } of this.awaitingLead.splice(0)) {
      if (!takesPart(statement.speaker, speakerKey(statement.speaker), this.leadNames)) continue;
      Object.assign(date, lead, { basis: 'event' });
    }
  }

  /** Dates in the words around the statements (`aside` and what was said blanked), with offsets into `text`. */
  private frameDates(text: string, unit: Span, aside: readonly Span[], found: readonly Framed[]): { frame: string; dates: DateMention[] } {
    const blanks: Span[] = [...aside];
    for (const statement of found) {
      const end = statement.claimedEnd ?? statement.end;
      if (statement.frame) blanks.push({ start: statement.start, end: statement.frame.start }, { start: statement.frame.end, end });
      else blanks.push({ start: statement.start, end });
    }
    const frame = blankOut(text, unit, blanks);
    return { frame, dates: findDates(frame, this.doc.published, this.doc.language).map((date) => ({ ...date, index: date.index + unit.start })) };
  }

  /**
   * In order: the cue's own date; now, for words in the present tense; the date of an event the sentence names;
   * the last date, for "then"; the scene just set, for someone who took part in it; the speaker's last dated
   * words; a document's date of issue; the lead's event, for those the lead names; else the publication date.
   */
  private dateFor(own: readonly DateMention[], statement: Framed, frame: string, frameStart: number, sentence: string, inRelativeClause: boolean): SaidOn {
    const cueAt = statement.cueAt;
    const key = speakerKey(statement.speaker);
    const nearest = own.filter((date) => !date.future).sort((a, b) => Math.abs(a.index - cueAt) - Math.abs(b.index - cueAt))[0];
    if (nearest) {
      const date = saidOnOf(nearest);
      // ("The council, which endorsed her in March, said …": a relative clause recalls the speaker's past, not the
      // occasion of their words around it.)
      return statement.recorded || inRelativeClause ? date : this.spokeAt(key, date);
    }
    const published: SaidOn = { ...this.doc.published, basis: 'published' };
    // "73 percent said …", "Nearly eight of 10 voters say …": a poll's respondents answered when it was taken, in
    // whatever tense the story reports their answers.
    if (this.doc.language === 'en' && isRespondents(statement.speaker)) {
      this.fieldPeriod ??= pollFieldPeriod(this.doc);
      if (this.fieldPeriod) return { ...this.fieldPeriod, basis: 'event' };
    }
    const beforeCue = frame.slice(0, cueAt - frameStart);
    // "who in 2010 said", "In 1986, the court …, citing": a bare year next to the cue or opening the sentence.
    // Only this statement's: a year is background often enough that it is not carried to the speaker's later words.
    const year = yearAtCue(beforeCue, frame.slice(cueAt - frameStart), this.doc);
    if (year) return year;
    // A document's words were fixed when it was issued: "the letter sent Thursday says …" is Thursday's. (Issued
    // the day of publication, the fallback already gives that day.)
    const issued = statement.speaker?.kind === 'document' ? this.events.documentDate(statement.speaker.name) : null;
    if (issued && issued.date !== this.doc.published.date && !PAST_PERFECT.test(beforeCue)) return { ...issued, basis: 'event' };
    if (statement.cue !== undefined && (isPresentTense(statement.cue, this.doc.language) || PRESENT_AUXILIARY.test(beforeCue))) return published;
    // "she had told police": the past perfect reports words from before the story's events.
    if (PAST_PERFECT.test(beforeCue)) return published;
    // "The family has called on police … and called on people …", "Trump has tried to …, accusing her": a
    // coordinated verb or a participle takes the tense of the clause it hangs on.
    if (statement.cue !== undefined && (DEPENDENT_CUE.test(beforeCue) || /^\p{L}+ing\b/u.test(statement.cue)) && CLAUSE_IN_PRESENT.test(beforeCue)) return published;
    const carried = this.carried(statement, key, frame, cueAt - frameStart, sentence);
    return carried ? { ...carried, basis: 'event' } : published;
  }

  /** A date from earlier in the story that the statement's occasion shares, or null. */
  private carried(statement: Framed, key: string | null, frame: string, cueAt: number, sentence: string): SaidOn | null {
    // An occasion named in the words around the cue is where the speaker was: their next words, undated, are from it
    // too ("Merkel told reporters after the meeting … She said leaders had agreed …").
    const event = this.events.dateNamed(frame, cueAt);
    if (event) return this.spokeAt(key, event);
    // (Only these words: a writing is one act, the speaker's later words are not carried from it.)
    const written = this.events.writing(statement.cue ?? '', this.unit, this.doc.language);
    if (written) return written;
    if (this.events.namesNewOccasion(frame)) {
      // "said during a rally in Kenansville": the story has moved on from the dated interview and its scene; later
      // undated words may be from either.
      if (key) this.bySpeaker.delete(key);
      this.scene = null;
      // "Last week, President Obama flew to Midway … he said in a recent interview": an occasion the story calls
      // recent, of someone its lead names, is the lead's trip, when the lead was within the last fortnight.
      if (RECENT.test(frame) && this.lead && this.lead.precision !== 'year' && isRecent(this.lead, this.doc) && takesPart(statement.speaker, key, this.leadNames)) return this.spokeAt(key, this.lead);
      return null;
    }
    // "Clinton said she thinks … She said Trump favors …": one speaker's words in a row, in one paragraph, come from
    // one occasion; the paragraph goes on with the words it has just dated.
    const previous = this.lastInParagraph;
    if (previous && previous.key === key && previous.date.basis !== 'published') return { ...previous.date };
    if (this.scene && POINTS_BACK.test(frame)) return this.scene.date;
    // Others quoted about a scene mostly spoke to the reporter, later: the scene is only for those who took part.
    if (this.scene && this.unit - this.scene.unit <= 2 && takesPart(statement.speaker, key, this.scene.names)) return this.scene.date;
    // "Other officials weighed in Friday … Clinton chimed in on Twitter, saying … Gov. McCrory said …": the people
    // quoted right after a group's dated words are its members, speaking then.
    if (this.scene?.roundup && this.unit - this.scene.unit <= 2 && statement.speaker?.kind === 'person') return this.scene.date;
    const earlier = key ? this.bySpeaker.get(key) : undefined;
    if (earlier) return earlier;
    const issued = statement.speaker?.kind === 'document' ? this.events.documentDate(statement.speaker.name) : null;
    if (issued) return issued;
    if (!this.lead) return null;
    // Voices the reporter sought out were not at the lead's event, even when the lead names what they study.
    const soughtOut = isSoughtOut(statement.speaker, sentence, this.doc.language) || (key !== null && this.soughtOut.has(key));
    if (soughtOut) {
      if (key) this.soughtOut.add(key);
      return null;
    }
    if (takesPart(statement.speaker, key, this.leadNames)) return this.lead;
    if (this.lead.precision !== 'day' || RECALLED.test(statement.cue ?? '')) return null;
    // "told reporters after the meeting": an event named but not dated is the one the lead dated.
    if (this.events.namesEvent(frame)) return this.spokeAt(key, this.lead);
    if (this.isSameDayAccount() && !this.leadInEvening && !ANALYSIS.test(statement.cue ?? '')) return this.lead;
    return null;
  }

  /**
   * Remembers the occasion a speaker's words were dated by, for their later undated words. ("In his 2002 book,
   * McKinley suggested …": a year is a work or an era, not an occasion the speaker's later words come from; those
   * are mostly to the reporter.)
   */
  private spokeAt(key: string | null, date: SaidOn): SaidOn {
    if (key && date.precision !== 'year') this.bySpeaker.set(key, date);
    return date;
  }

  /**
   * A story published the day after its lead's event is an account of that day: the words it reports in the past
   * tense, undated, were said then, by everyone who reacted. (Later stories gather voices over days; after an
   * evening event, the reactions come the next morning. When the event is the day of publication, the fallback
   * already gives that day, and "reported on" claims no more than the story does.)
   */
  private isSameDayAccount(): boolean {
    if (!this.lead) return false;
    const days = (Date.parse(this.doc.published.date) - Date.parse(this.lead.date)) / 86_400_000;
    return days === 1;
  }
}

/**
 * "says", "is stressing", "has argued", "zegt", "stellen": the article speaks of now, so an earlier scene's date
 * is not when these words were said. English past forms never end in a lone "s" (only "was"); Dutch present
 * singulars end in "t" where their past forms end in "te"/"de" or change the vowel.
 */
function isPresentTense(cue: string, language: Language): boolean {
  const first = cue.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (language === 'nl') return /^(zeggen|stellen|menen|vinden|schrijven)$/.test(first) || (/[^t]t$/.test(first) && !DUTCH_PAST_IN_T.has(first));
  // ("Trump's claim that …": a possessive opens a noun's cue, and has no tense.)
  return /^(is|are|am|has|have|say)$/.test(first) || (/[^s'’]s$/.test(first) && first !== 'was');
}

/** "Clinton is describing …", "she has said": an auxiliary in the present right before the cue. */
const PRESENT_AUXILIARY = /\b(?:is|are|has|have|heeft|hebben)\s+(?:\p{L}+ly\s+|also\s+|long\s+|ook\s+)?$/iu;

/** A verb coordinated with the one before it ("… and called on people"). */
const DEPENDENT_CUE = /\b(?:and|but|en|maar)\s+(?:\p{L}+ly\s+|also\s+|ook\s+)?$/iu;
/** A main clause in the present or present perfect ("has called on", "is urging", "heeft gezegd"). */
const CLAUSE_IN_PRESENT = /^[^;:]*?\b(?:has|have|is|are|heeft|hebben)\s+(?:\p{L}+ly\s+|also\s+|long\s+|ook\s+)?\p{L}+(?:ed|en|ing|d|t)\b/iu;

/** "she had told police", "hij had gezegd" is rarer in Dutch word order: words said before the story's events. */
const PAST_PERFECT = /\b(?:had|hadden)\s+(?:\p{L}+ly\s+|also\s+|already\s+|ook\s+|al\s+)?$/iu;

// ("…, a former aide who went there in 2011, said" closes an appositive: the comma says the year is not the cue's.)
const YEAR_BEFORE_CUE = /\b(?:in|during)\s+((?:19|20)\d\d)\s+(?:\p{L}+\s+){0,1}$/iu;
const YEAR_AFTER_CUE = /^\p{L}+\s+(?:\p{L}+\s+){0,2}?in\s+((?:19|20)\d\d)\b(?![-–\d])/iu;
/** "In 1986, …", "Campaigning against Romney in 2012, he …": a year in the phrase that opens the sentence. */
const YEAR_FRONTED = /^\s*(?:[\p{L}'’-]+\s+){0,6}?in\s+((?:19|20)\d\d)\s*,/iu;

/** "the 2000 election in Florida, when the state stated", "in 2012, when he said": a clause of when on a year. */
const YEAR_THEN = /\b((?:19|20)\d\d)\b(?:\s+[\p{L}'’-]+){0,4},?\s+when\s+[^,;:]{0,80}$/iu;

function yearAtCue(before: string, from: string, doc: Document): SaidOn | null {
  const found = YEAR_BEFORE_CUE.exec(before)?.[1] ?? YEAR_AFTER_CUE.exec(from)?.[1] ?? YEAR_FRONTED.exec(before)?.[1] ?? YEAR_THEN.exec(before)?.[1];
  if (!found || Number(found) >= Number(doc.published.date.slice(0, 4))) return null;
  return { date: found, precision: 'year', basis: 'explicit' };
}

/** A group named as others of their kind: "Other officials", "Several lawmakers", "Leaders across the state". */
const ROUNDUP = /^(?:other|several|many|some|a number of|more|fellow)\b/iu;

/** "in a recent interview", "in een recent gesprek". */
const RECENT = /\b(?:recent|recente|onlangs)\b/iu;

/** "recalled", "remembered": words from memory, told to the reporter later, not at the event they recall. */
const RECALLED = /^(?:recall|recalled|recalls|remembered|remembers|herinnerde|herinnert)\b/i;

/**
 * "The Committee for a Responsible Federal Budget reported that …": findings reported, estimated or calculated come
 * from work done over time, not as a reaction on the day of the story's event.
 */
const ANALYSIS = /^(?:reported|reports|estimated|estimates|calculated|calculates|projected|projects|found|finds|berekende|schatte|rapporteerde)\b/i;

/** "Following Monday's debate", "after Tuesday's vote": a day the sentence's act came after. */
function isAfterward(text: string, date: DateMention): boolean {
  return /\b(?:after|following|since)\s+$/iu.test(text.slice(Math.max(0, date.index - 12), date.index));
}

/** "Last week, I caught Larry King on RT": a columnist's own week, not the occasion of anyone's words. */
function opensInFirstPerson(text: string, date: DateMention): boolean {
  return /^\s*,\s*(?:I|we|ik|wij|we)\b/.test(text.slice(date.index + date.text.length, date.index + date.text.length + 8));
}

const EVENING = /\b(?:night|evening|tonight|avond|vanavond|nacht)\b/i;

/**
 * Voices the reporter sought out rather than heard at the event: an unnamed source ("a source", "another
 * official", "some aides"), or someone introduced by what they study or where they work outside the story
 * ("said Ann Lee, a scholar at the Asia Institute", "a former official who now runs a consultancy").
 */
function isSoughtOut(speaker: Framed['speaker'], sentence: string, language: Language): boolean {
  if (!speaker) return true;
  const written = (speaker.written ?? speaker.name).trim();
  if (UNNAMED.test(written)) return true;
  const at = sentence.indexOf(written);
  if (at < 0) return false;
  const appositive = /^,\s+([^,;]{0,120})/u.exec(sentence.slice(at + written.length))?.[1] ?? '';
  return OUTSIDE_VOICE[language].test(appositive);
}

// The head is the last word ("two senior officials") or, with a phrase after it, the first ("Experts on Iran and …").
const UNNAMED = /^(?:an?|another|one|some|several|many|two|three|een|enkele|sommige|meerdere)\s|\b(?:sources?|officials|aides|analysts?|experts?|critics|observers|insiders|bronnen|ingewijden|deskundigen|critici|waarnemers)$|^(?:sources|officials|aides|analysts|experts|critics|observers|insiders|bronnen|ingewijden|deskundigen|critici|waarnemers)\s+(?:on|in|at|from|close|familiar|with|of|over|bij|van|uit)\b/i;

const OUTSIDE_VOICE: Record<Language, RegExp> = {
  en: /\b(?:analysts?|experts?|scholar|professor|fellow|researcher|scientist|physicist|strategist|consultant|pollster|historian|economist|former|retired|institute|institution|university|college|school|center|centre|foundation|endowment|association|program|think tank)\b/i,
  nl: /\b(?:analist|deskundige|expert|hoogleraar|onderzoeker|wetenschapper|politicoloog|econoom|historicus|oud-\p{L}+|voormalig|gepensioneerd|instituut|universiteit|hogeschool|denktank|stichting)\b/iu,
};

/** Dutch past forms ending in a single "t" that must not read as present. */
const DUTCH_PAST_IN_T = new Set(['liet', 'riet', 'dacht', 'bracht', 'zocht', 'vocht', 'kocht', 'wist', 'moest', 'mocht', 'kon', 'noot', 'sloot', 'bood']);

const POINTS_BACK = /\b(?:said|told|wrote|added|noted|declared|recalled)\b[^.,;:"“”]{0,40}?\bthen\b(?=\s*[.,;]|\s*$)|\bat the time\b|\btoen\b|\bdestijds\b/i;

/** A story's lead reports what happened in the last days; a date further back is background, not its event. */
function isRecent(date: SaidOn, doc: Document): boolean {
  if (date.precision !== 'day' && date.precision !== 'week') return false;
  return Date.parse(doc.published.date) - Date.parse(date.date) <= 14 * 86_400_000;
}

/** The headline and the first two sentences: where a news story says what happened and when. */
const LEAD_UNITS = 3;
const LEAD_MIN_WORDS = 4;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/**
 * Whether a speaker is among the capitalised words of a sentence: a person by family name ("Obama" in "President
 * Obama, dedicating …"), a body by any word of its name ("the Chinese foreign ministry" in "the Chinese government").
 */
function takesPart(speaker: Framed['speaker'], key: string | null, names: ReadonlySet<string>): boolean {
  if (!speaker || !key) return false;
  if (speaker.kind === 'person') return names.has(key);
  return [...capitalisedWords(speaker.name)].some((word) => !DETERMINERS.has(word) && names.has(word));
}

function speakerKey(speaker: Framed['speaker']): string | null {
  if (!speaker) return null;
  const words = speaker.name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || /^(he|she|it|they|him|her|them|hij|zij|ze|het)$/.test(words.join(' '))) return null;
  return speaker.kind === 'person' ? (words.at(-1) ?? null) : words.join(' ');
}

function capitalisedWords(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((match) => match[0].toLowerCase()));
}

/** "Last month, …", "During a visit to Beijing in May, …": a date that opens its sentence, before any verb. */
function isFronted(text: string, unit: Span, date: DateMention): boolean {
  const before = text.slice(unit.start, date.index);
  const after = text.slice(date.index + date.text.length, date.index + date.text.length + 40);
  return /^[^.]*,/.test(after) && !/\b\p{Ll}+ed\b|\b(is|was|were|are|has|had|have|will|would|said|says)\b/u.test(before);
}

/**
 * Relative clauses and appositives set off by commas talk about something else the speaker did: "Mitchell, who
 * served as ambassador until earlier this year, said …", "The U.N., which in March imposed sanctions, said Friday",
 * "Ruiz, a rival whom the mayor fired a few weeks ago, said" (a short noun phrase, then its relative clause).
 */
const ASIDE = /,\s+(?:(?:a|an|the|one|another|his|her|their|its)\s+(?:(?!(?:said|says|told|tells)\b)[\p{L}’'-]+\s+){0,4}?(?=(?:who|whom|which|whose)\b))?(?:who|whom|which|whose|where|now|formerly|die|dat|wiens|nu)\b[^,;]*(?:,|$)/giu;

/**
 * "Thursday's walk-ins were the third time the group said …": a day with a possessive names a thing of that day,
 * the topic, not when the cue's words were said; "at Thursday's hearing" is the occasion, and dates them.
 */
function namesThingOfDay(text: string, date: DateMention): boolean {
  const end = date.index + date.text.length;
  if (!/^['’]s\b/u.test(text.slice(end, end + 3))) return false;
  return !/\b(?:at|during|in|after|following|before|since|on)\s+$/iu.test(text.slice(Math.max(0, date.index - 12), date.index));
}

function asides(text: string, unit: Span): Span[] {
  const spans: Span[] = [];
  for (const match of text.slice(unit.start, unit.end).matchAll(ASIDE)) {
    spans.push({ start: unit.start + (match.index ?? 0), end: unit.start + (match.index ?? 0) + match[0].length });
  }
  return spans;
}

/**
 * "FLINT, Mich., Oct. 4 (UPI) —", "WASHINGTON, Sept. 9 —": a dateline says where and when the story was filed, not
 * when anyone spoke; the words after it date themselves ("During the rally Monday, …").
 */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+,(?:\s+\p{Lu}[\p{L}.]*,)?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+\p{Ll}{3,9})\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}/u;

function dateline(text: string, unit: Span): Span[] {
  const found = DATELINE.exec(text.slice(unit.start, unit.end));
  return found ? [{ start: unit.start, end: unit.start + found[0].length }] : [];
}

/** The unit's text with every span replaced by spaces (offsets kept), built in one pass however many spans. */
function blankOut(text: string, unit: Span, spans: readonly Span[]): string {
  const sorted = spans.map((span) => ({ start: Math.max(unit.start, span.start), end: Math.min(unit.end, span.end) })).filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  let out = '';
  let at = unit.start;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const from = Math.max(at, span.start);
    out += text.slice(at, from) + ' '.repeat(span.end - from);
    at = span.end;
  }
  return out + text.slice(at, unit.end);
}
