// Events a story dates once and names again: "Monday night's debate", "a town hall Wednesday night", "the report
// released Tuesday" — and later "during the debate", "at the town hall", "in the report". Words said at a named
// event were said on its date, even when their own sentence gives none.
import type { Language, SaidOn } from '../model.ts';
import { startOf, toPartial } from '../text/dates.ts';
import { DOCUMENT_NOUNS } from './lexicon.ts';
import { type DateMention, saidOnOf } from './said-on.ts';

const EVENT_NOUNS: Record<Language, readonly string[]> = {
  en: [
    ...`debate debates interview interviews forum hearing hearings speech speeches rally rallies meeting meetings summit
    conference briefing ceremony visit show letter report statement ruling decision memo address remarks testimony
    appearance session broadcast podcast op-ed column dedication convention roundtable`
      .split(/\s+/)
      .filter(Boolean),
    'town hall',
    'press conference',
    'news conference',
  ],
  nl: `debat interview toespraak persconferentie bijeenkomst vergadering bezoek brief rapport verklaring uitspraak
  top hoorzitting gesprek uitzending speech rede betoog congres`
    .split(/\s+/)
    .filter(Boolean),
};

const NOUN_PATTERN: Record<Language, string> = { en: EVENT_NOUNS.en.join('|'), nl: EVENT_NOUNS.nl.join('|') };

/** Documents are dated by their issue, but "said of the plan" is not said at its issue: kept apart from events. */
const DOCUMENT_PATTERN = [...DOCUMENT_NOUNS].filter((noun) => !EVENT_NOUNS.en.includes(noun) && !EVENT_NOUNS.nl.includes(noun)).join('|');

// A date that names its event: "Monday night's debate", "Friday’s ruling", "dinsdags debat" is rare; Dutch writes
// "het debat van dinsdag".
const POSSESSIVE_AFTER = (nouns: string): RegExp => new RegExp(`^(?:\\s+(?:night|morning|afternoon|evening))?['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?((?:${nouns})s?)\\b`, 'iu');
// "the debate Monday night", "a speech on Wednesday", "the report released Tuesday", "het debat van dinsdag".
const NOUN_BEFORE = (nouns: string): RegExp =>
  new RegExp(`\\b((?:${nouns})s?)\\s+(?:(?:held|released|issued|sent|published|posted|aired|given|delivered|conducted|made|van|op|on|late|early)\\s+){0,2}$`, 'iu');
// A later mention: the noun with a determiner or possessive a few words before it ("during the first debate").
const NAMED = (nouns: string): RegExp =>
  new RegExp(`\\b(?:the|this|that|his|her|their|its|same|de|het|dat|die|zijn|haar|hun)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${nouns})\\b`, 'giu');

// Occasions a speaker has many of, one indistinguishable from the next: a first mention is a new one. (A statement,
// a report or a ruling named for the first time is most often the news itself.)
const OCCASION_NOUNS: Record<Language, string> = {
  en: 'interview|interviews|rally|rallies|campaign stop|fundraiser|podcast',
  nl: 'interview|gesprek|campagnebijeenkomst|podcast',
};

// A dated document as the channel of the words: "said in the letter", "according to the report", "volgens het rapport".
// ("said of the plan" is about the plan, not said in it.)
const CHANNEL = (nouns: string): RegExp =>
  new RegExp(`\\b(?:in|according to|volgens)\\s+(?:the|this|that|its|his|her|their|de|het|dat|die|zijn|haar|hun)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${nouns})\\b`, 'giu');

// An occasion named for the first time: "during a rally in Kenansville", "in an interview", "tijdens een debat".
const INDEFINITE = (nouns: string): RegExp =>
  new RegExp(`\\b(?:in|during|at|on|tijdens|bij|op)\\s+(?:an?|een)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\b`, 'iu');

/** How many sentences back a dated writing still dates a verb of writing. */
const WRITING_UNITS = 3;

/** Verbs of writing (the cue's first word) and the writings they name. */
const WRITTEN_IN: Record<Language, ReadonlyArray<readonly [RegExp, readonly string[]]>> = {
  en: [
    [/^tweet(?:ed|s)?$/, ['tweet']],
    [/^(?:wrote|writes|write|written)$/, ['letter', 'memo', 'email', 'e-mail', 'post', 'op-ed', 'column', 'essay', 'statement']],
    [/^posted$/, ['post', 'tweet', 'statement']],
    [/^e-?mailed$/, ['email', 'e-mail']],
  ],
  nl: [
    [/^tweette$/, ['tweet']],
    [/^(?:schreef|schreven|schrijft)$/, ['brief', 'verklaring']],
  ],
};

export class EventDates {
  private readonly known = new Map<string, SaidOn>();
  /** Every dated event and document by noun, with the sentence that dated it (see `writing`). */
  private readonly lastDated = new Map<string, { date: SaidOn; unit: number }>();
  /** Documents the story dated ("a letter sent Thursday"), by noun: "said in the letter" is said on its date. */
  private readonly documents = new Map<string, SaidOn>();
  private readonly channel: RegExp;
  private document: SaidOn | null = null;
  private readonly possessive: RegExp;
  private readonly before: RegExp;
  private readonly named: RegExp;
  private readonly indefinite: RegExp;

  constructor(language: Language) {
    const nouns = `${NOUN_PATTERN[language]}|${DOCUMENT_PATTERN}`;
    this.possessive = POSSESSIVE_AFTER(nouns);
    this.before = NOUN_BEFORE(nouns);
    this.named = NAMED(NOUN_PATTERN[language]);
    this.indefinite = INDEFINITE(OCCASION_NOUNS[language]);
    this.channel = CHANNEL([...DOCUMENT_NOUNS].join('|'));
  }

  /**
   * "Her response came in a series of tweets Friday. She tweeted: “…”", "They sent a letter on Thursday. “…,” they
   * wrote.": a verb of writing names the writing the story just dated (within `WRITING_UNITS` sentences before
   * `unit`); the words were written then.
   */
  writing(cue: string, unit: number, language: Language): SaidOn | null {
    const verb = cue.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    const nouns = WRITTEN_IN[language].find(([form]) => form.test(verb))?.[1];
    if (!nouns) return null;
    let best: { date: SaidOn; unit: number } | null = null;
    for (const noun of nouns) {
      const dated = this.lastDated.get(noun);
      if (dated && unit - dated.unit <= WRITING_UNITS && (!best || dated.unit > best.unit)) best = dated;
    }
    return best ? { ...best.date } : null;
  }

  /**
   * When the document a speaker names was issued ("the plan issued on Friday"): what "the proposal said" is dated by.
   * The document of that name the story dated, else the last document it dated ("the proposal" for "the plan"),
   * unless it has since told of another sent without a date.
   */
  documentDate(name: string): SaidOn | null {
    const own = this.documents.get(nounKey(name.trim().split(/\s+/).at(-1) ?? ''));
    if (own) return { ...own };
    return this.document ? { ...this.document } : null;
  }

  /** Registers the events that the past dates of `frame` are attached to, and returns the first one's date. */
  note(frame: string, dates: readonly DateMention[], offset: number, unit: number): SaidOn | null {
    this.noteIssued(frame, dates, offset, unit);
    let first: SaidOn | null = null;
    for (const date of dates) {
      if (date.future) continue;
      const { at, written } = placeIn(frame, date, offset);
      if (at < 0) continue;
      const noun = this.possessive.exec(frame.slice(at + written.length))?.[1] ?? this.before.exec(frame.slice(Math.max(0, at - 60), at).replace(/\s*$/, ' '))?.[1];
      if (!noun) continue;
      const dated = saidOnOf(date);
      const key = nounKey(noun);
      if (DOCUMENT_NOUNS.has(key)) this.document = dated;
      this.remember(key, dated, unit);
      first ??= dated;
    }
    return first;
  }

  /** Keeps `dated` as the date of the event or document `key` names, dated in sentence `unit`. */
  private remember(key: string, dated: SaidOn, unit: number): void {
    (DOCUMENT_NOUNS.has(key) ? this.documents : this.known).set(key, dated);
    this.lastDated.set(key, { date: dated, unit });
  }

  /**
   * "In late September, a group of parents sent a letter to the board": a sentence that dates one act, the sending
   * of a document, dates the document (its date need not stand next to it). Its words are fixed from then on.
   */
  private noteIssued(frame: string, dates: readonly DateMention[], offset: number, unit: number): void {
    const issued = ISSUED.exec(frame);
    const key = nounKey(issued?.[1] ?? '');
    if (!issued || !DOCUMENT_NOUNS.has(key)) return;
    // The day of the sending, before the verb ("On Friday the city sent …"), not of a thing named after it ("a
    // statement postponing a Monday evening rally"), nor one a determiner makes a noun's ("a Monday rally").
    const sending = dates.filter((date) => {
      const { at } = placeIn(frame, date, offset);
      return !date.future && at >= 0 && at < issued.index && !/\b(?:a|an|the|its|his|her|their)\s+$/iu.test(frame.slice(Math.max(0, at - 7), at));
    });
    // ("Parents sent a letter to the board." with no day: the story's last dated document is not this one.)
    if (sending.length === 0 && !dates.some((date) => !date.future)) this.document = null;
    if (sending.length === 1) this.remember(key, saidOnOf(sending[0] as DateMention), unit);
  }

  /** The date of an event already dated in the story that `frame` names ("at the forum"), nearest `at` first. */
  dateNamed(frame: string, at: number): SaidOn | null {
    if (this.known.size === 0 && this.documents.size === 0) return null;
    let best: { distance: number; date: SaidOn } | null = null;
    const named = [...frame.matchAll(this.named)].map((match) => ({ match, dates: this.known }));
    const channels = [...frame.matchAll(this.channel)].map((match) => ({ match, dates: this.documents }));
    for (const { match, dates } of [...named, ...channels]) {
      const date = dates.get(nounKey(match[1] ?? ''));
      if (!date) continue;
      const distance = Math.abs((match.index ?? 0) - at);
      const nounAt = (match.index ?? 0) + match[0].length - (match[1]?.length ?? 0);
      if (!best || distance < best.distance) best = { distance, date: dayAround(date, frame.slice(0, nounAt)) };
    }
    return best ? { ...best.date } : null;
  }
  /** Whether `frame` names an occasion the story has not introduced: "during a rally in Kenansville", "in an interview". */
  namesNewOccasion(frame: string): boolean {
    return this.indefinite.test(frame);
  }

  /** Whether `frame` names an event by a definite noun ("after the meeting", "at the hearing"), dated or not. */
  namesEvent(frame: string): boolean {
    this.named.lastIndex = 0;
    return this.named.test(frame);
  }
}

/** Where a date's words stand in `frame` (which starts at `offset` in the text the date was read from), without "on". */
function placeIn(frame: string, date: DateMention, offset: number): { at: number; written: string } {
  const written = date.text.replace(/^(on|op)\s+/i, '');
  return { at: frame.indexOf(written, Math.max(0, date.index - offset)), written };
}

/** An act of issuing a document: "sent a letter", "issued a statement", "released their report". */
const ISSUED = new RegExp(`\\b(?:sent|issued|released|published|posted|signed|filed|delivered)\\s+(?:an?|the|their|his|her|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${[...DOCUMENT_NOUNS].join('|')})\\b`, 'iu');

/** "the morning after the debate", "the day before the vote": a day next to the event's own. */
const DAY_AROUND = /\b(?:morning|day|night|evening|afternoon|ochtend|dag|avond)\s+(after|before|na|voor)\s+(?:the|his|her|their|its|het|de)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

function dayAround(date: SaidOn, before: string): SaidOn {
  const around = DAY_AROUND.exec(before)?.[1]?.toLowerCase();
  if (!around || date.precision !== 'day') return date;
  const day = startOf(date);
  day.setUTCDate(day.getUTCDate() + (around === 'after' || around === 'na' ? 1 : -1));
  return { ...date, ...toPartial(day, 'day') };
}

/** One key per event noun: singular, one space, lower case ("Debates" and "debate" are the same event word). */
function nounKey(noun: string): string {
  const lower = noun.toLowerCase().replace(/\s+/g, ' ');
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('ches') || lower.endsWith('ses') ? lower.slice(0, -2) : lower.replace(/(?<!s)s$/, '');
}
