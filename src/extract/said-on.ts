// When a statement was made: a date expression in the words around it (never inside the quote or the reported
// clause, which talk about other times), resolved against the publication date with chrono-node. chrono reads a
// bare weekday forward; news is past tense, so a weekday becomes the most recent such day on or before publication.
import type * as chrono from 'chrono-node';
import { lazyRequire } from '../text/lazy-require.ts';
import type { DatePrecision, Language, PartialDate, SaidOn } from '../model.ts';
import { startOf, toPartial } from '../text/dates.ts';
import { DUTCH_WEEKDAYS, FUTURE_MARKERS } from './lexicon.ts';
import { HOLIDAY_HINT, holidays } from './holidays.ts';

const loadChrono = lazyRequire<typeof chrono>('chrono-node');

export interface DateMention extends SaidOn {
  /** Offset of the expression in the text it was found in. */
  index: number;
  text: string;
  future: boolean;
  /** A named holiday ("Labor Day"): a day that comes back each year, so it dates only the words it frames. */
  holiday?: true;
}

/** The date a mention gives, without where it was found. */
export function saidOnOf(mention: DateMention): SaidOn {
  return { date: mention.date, precision: mention.precision, basis: mention.basis };
}

const SPAN_OF_TIME = /^(?:the\s+)?(?:past|last|previous|afgelopen|voorbije)\s+(?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|couple of|paar|twee|drie|vier|vijf)\s+)?(?:days|weeks|months|years|dagen|weken|maanden|jaren)$|^(?:the\s+)?past\s+(?:day|week|month|year)$/i;

// A part of the day alone ("in the morning", "Morning Consult") says no more than a clock time does.
const TIME_OF_DAY = /^(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|uur)?|noon|midnight|middernacht)$|^(?:(?:in|during)\s+)?(?:the\s+)?(?:morning|afternoon|evening|night|ochtend|middag|avond|nacht)$/i;

/**
 * "USA TODAY", "USA Today": a name, not today. A date word in capitals, or "Today" after a capitalised word
 * inside a sentence (not its first word).
 */
function isNamedToday(text: string, index: number, written: string): boolean {
  if (/^\p{Lu}{3,}$/u.test(written)) return true;
  if (written !== 'Today') return false;
  const before = text.slice(Math.max(0, index - 12), index);
  return /\p{Lu}[\p{L}.]*\s+$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}.]*\s+$/u.test(before);
}

const DAY_AROUND_EVENT = /^(?:the\s+)?(?:day|night|morning|evening|afternoon)\s+(?:before|after)$/i;

const NOW_WORDS = /^(?:(?:right|just|until|by)\s+)?(?:now|nu)$/i;

// Ordinary Dutch words that chrono reads as weekday abbreviations.
const FALSE_WEEKDAYS = new Set(['zo', 'vrij', 'ma', 'di', 'wo', 'do', 'za', 'vr']);
/** Words that make an expression relative to publication even when chrono knows a full date ("last week"). */
const RELATIVE_WORDS = /\b(last|this|next|ago|yesterday|today|earlier|vorige|deze|gisteren|vandaag|afgelopen|eerder|vorig)\b/i;
/** "in May", "on June 3": a month named without a year, which chrono reads forward and news means backward. */
const MONTH_NAMED = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|maa|mei|okt)/i;
const THIS_PART_OF_DAY = /^this\s+(?:morning|afternoon|evening)$/i;
const WEEKEND = /\b(?:weekend|weekeinde)\b/i;
const WEEK_WORDS = /\b(this week|earlier this week|last week|deze week|eerder deze week|vorige week|afgelopen week)\b/i;

/**
 * A lone capitalised month next to another capitalised word is part of a name, not a date: "zegt Jan Smit",
 * "said Theresa May", "April Ryan asked". ("in May, Smith said" keeps its comma; "May 5" is a day.)
 */
function isPartOfName(text: string, index: number, written: string): boolean {
  // ("Yin Myint May, 60, a doctor": chrono reads the name's last word and the age after it as May 1960.)
  const month = /^\p{Lu}\p{Ll}+\.?(?=,\s*\d{2}$)/u.exec(written)?.[0] ?? written;
  // Only months are also names ("Theresa May", "April Ryan"); "Florida Friday" is a place and a day.
  if (!/^\p{Lu}\p{Ll}+\.?$/u.test(month) || !MONTH_NAMED.test(month)) return false;
  // ("Jan de Vries", "Jan van der Berg": a family name may open on its particles, which Dutch writes small.)
  const after = month === written ? text.slice(index + written.length).match(/^\s+(?:(?:van|de|der|den|ten|ter|te|het|op)\s+)*(\p{Lu})/u) : null;
  const before = text.slice(0, index).match(/(\p{Lu}\p{Ll}+)\s+$/u);
  const sentenceStart = before ? /(^|[.!?:]\s+)$/.test(text.slice(0, index - before[0].length)) : false;
  return after !== null || (before !== null && !sentenceStart);
}

/** Words news writes in lower case when they tell time ("this morning", "last week", "today"). */
const LOWER_CASE_TIME = /\b(?:This|Last|Next|Morning|Afternoon|Evening|Tonight|Today|Yesterday|Week|Night|Deze|Vandaag|Gisteren|Vanavond)\b/u;

/**
 * "CBS This Morning", "NBC's Today", "Last Week Tonight": time words capitalised inside a sentence are a show's
 * name, not when anything was said. (At a sentence's start they are capitalised anyway.)
 */
function isTitleOfShow(text: string, index: number, written: string): boolean {
  return LOWER_CASE_TIME.test(written) && !atSentenceStart(text, index);
}

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?:]["”’']?\s+|["“‘]\s*|\n\s*)$/u.test(text.slice(Math.max(0, index - 4), index));
}

function parser(language: Language): chrono.Chrono {
  return language === 'nl' ? loadChrono().nl.casual : loadChrono().en.casual;
}

function precisionOf(result: chrono.ParsedResult): DatePrecision {
  const known = result.start;
  if (known.isCertain('day')) return 'day';
  if (known.isCertain('weekday')) return 'day';
  if (known.isCertain('month')) return 'month';
  if (known.isCertain('year')) return 'year';
  return 'week';
}

/** The weekday on or before (past) or after (future) the reference date. */
function weekdayNear(reference: Date, weekday: number, future: boolean): Date {
  const day = new Date(reference);
  const delta = future ? (weekday - day.getUTCDay() + 7) % 7 || 7 : -((day.getUTCDay() - weekday + 7) % 7);
  day.setUTCDate(day.getUTCDate() + delta);
  return day;
}

/**
 * Words without which chrono finds no date (English and Dutch): digits, month and weekday names, and the words of
 * relative and casual dates. Most sentences have none, and skipping chrono for them halves extraction time.
 */
const DATE_HINT =
  /\d|day|dag|week|month|maand|year|jaar|jan|feb|mar|maa|apr|may|mei|jun|jul|aug|sep|oct|okt|nov|dec|today|tonight|tomorrow|tmr|yesterday|now|noon|midnight|morning|afternoon|evening|night|hour|minute|second|quarter|ago|gisteren|vandaag|morgen|vanavond|vannacht|middag|ochtend|avond|nacht|geleden|\bnu\b|uur|kwartier/i;

/**
 * Both readers date every sentence, and the sentence's own frame is the same text for each: chrono's answers are
 * remembered for the last few thousand frames (the result depends only on text, publication date and language).
 */
const remembered = new Map<string, readonly DateMention[]>();
const REMEMBERED_MAX = 4096;

export function findDates(text: string, published: PartialDate, language: Language): DateMention[] {
  if (!DATE_HINT.test(text) && !HOLIDAY_HINT.test(text)) return [];
  const key = `${language}|${published.date}|${published.precision}|${text}`;
  let found = remembered.get(key);
  if (!found) {
    found = parseDates(text, published, language);
    if (remembered.size >= REMEMBERED_MAX) remembered.clear();
    remembered.set(key, found);
  }
  return found.map((mention) => ({ ...mention }));
}

function parseDates(text: string, published: PartialDate, language: Language): DateMention[] {
  const reference = startOf(published);
  const mentions: DateMention[] = [];
  /** Words a few before `index` that look ahead ("will", "zal"): a weekday or holiday after them is the next one. */
  const looksAhead = (index: number) => FUTURE_MARKERS.test(text.slice(Math.max(0, index - 40), index));
  /** Whether a date already read spans `index`: patterns after chrono's only add what it left unread. */
  const read = (index: number) => mentions.some((m) => m.index <= index && index < m.index + m.text.length);
  for (const result of parser(language).parse(text, { instant: reference, timezone: 0 })) {
    const written = result.text.trim().replace(/[,.]$/, '');
    if (FALSE_WEEKDAYS.has(written.toLowerCase())) continue;
    // "the campaign now hopes", "McConnell, now the majority leader": the time of writing, not an occasion of saying.
    if (NOW_WORDS.test(written)) continue;
    // "in the past two weeks", "over the last three months": a stretch of time up to now, not a day anyone spoke.
    if (SPAN_OF_TIME.test(written)) continue;
    // "3 a.m.", "noon": a time of day says no day.
    if (TIME_OF_DAY.test(written)) continue;
    if (isNamedToday(text, result.index, written)) continue;
    // "9/11", "24/7": news writes the dates it means with a month's name or a year; a bare pair of numbers is a name.
    if (/^\d{1,2}\/\d{1,2}$/.test(written)) continue;
    if (isPartOfName(text, result.index, written) && !result.start.isCertain('day')) continue;
    if (isTitleOfShow(text, result.index, written)) continue;
    // "the day before the debate": a day next to an event the story names, not to the day of publication (the
    // event's date, once the story gives it, dates the words: see events.ts).
    if (DAY_AROUND_EVENT.test(written) && /^\s+(?:the|his|her|their|its|a|an)\s/iu.test(text.slice(result.index + result.text.length))) continue;
    // "the Sun-Times", "Sun Sentinel": news writes weekdays out; a short form joined to a name is part of it.
    if (/^(?:sun|mon|tue|wed|thu|fri|sat)$/i.test(written) && /^(?:-|\s+\p{Lu})/u.test(text.slice(result.index + written.length))) continue;
    const future = looksAhead(result.index);
    const certainDay = result.start.isCertain('day');
    const weekday = result.start.get('weekday');
    let day = result.start.date();
    let precision = precisionOf(result);
    let basis: SaidOn['basis'] = result.start.isCertain('year') && certainDay && !RELATIVE_WORDS.test(written) ? 'explicit' : 'relative';

    if (WEEKEND.test(written) && !future) {
      // "this weekend", "over the weekend", "last weekend": two days, so the week that ends with them. Said on a
      // Saturday or Sunday, "this weekend" is the current one; on a weekday (news is past tense) the one just gone,
      // as is "last weekend" on a weekday; "last weekend" on a weekend is the one before.
      precision = 'week';
      day = new Date(reference);
      const weekend = reference.getUTCDay() === 6 || reference.getUTCDay() === 0;
      if (!weekend || /last|vorig|afgelopen|previous|past/i.test(written)) day.setUTCDate(day.getUTCDate() - 7);
    } else if (!certainDay && weekday !== null && result.start.isCertain('weekday')) {
      day = weekdayNear(reference, weekday, future);
    } else if (THIS_PART_OF_DAY.test(written)) {
      // "this morning": the day of writing, as chrono implies without marking the day certain.
      precision = 'day';
    } else if (WEEK_WORDS.test(written)) {
      // chrono starts weeks on Sunday; ours start on Monday, so anchor on the reference day itself.
      precision = 'week';
      day = new Date(reference);
      if (/last|vorige|afgelopen/i.test(written)) day.setUTCDate(day.getUTCDate() - 7);
    } else if (!future && day.getTime() > reference.getTime() + 86_400_000 && MONTH_NAMED.test(written)) {
      // "in May" in a July article is the May before it; chrono reads it forward.
      if (precision === 'month' || precision === 'day') day.setUTCFullYear(day.getUTCFullYear() - 1);
    }
    if (certainDay && !result.start.isCertain('year') && precision === 'day' && !RELATIVE_WORDS.test(written)) basis = 'explicit';
    // Past-tense news cannot report words said after it was published ("een jaar na het begin" is not a date).
    if (!future && startOf(toPartial(day, precision)).getTime() > reference.getTime()) continue;
    mentions.push({ ...toPartial(day, precision), basis, index: result.index, text: written, future });
  }
  for (const holiday of holidays(text, reference, language, looksAhead)) {
    if (read(holiday.index)) continue;
    mentions.push({ ...toPartial(holiday.day, 'day'), basis: 'relative', index: holiday.index, text: holiday.text, future: holiday.day.getTime() > reference.getTime(), holiday: true });
  }
  if (language === 'nl') {
    // "donderdagavond", "eergisteren", "gisteravond": Dutch writes the part of the day into one word, which chrono
    // does not read; "eergisteren" is two days back.
    for (const match of text.matchAll(DUTCH_DAY_WORDS)) {
      const index = match.index ?? 0;
      if (read(index)) continue;
      const word = (match[0] ?? '').toLowerCase();
      const weekday = DUTCH_WEEKDAYS.indexOf(match[1]?.toLowerCase() ?? '');
      const future = looksAhead(index);
      const day = weekday >= 0 ? weekdayNear(reference, weekday, future) : new Date(reference.getTime() - (word.startsWith('eergister') ? 2 : 1) * 86_400_000);
      if (!future && day.getTime() > reference.getTime()) continue;
      mentions.push({ ...toPartial(day, 'day'), basis: 'relative', index, text: match[0] ?? '', future });
    }
  }
  for (const match of text.matchAll(YEAR_OF_WORK)) {
    const year = Number(match[1]);
    const index = (match.index ?? 0) + match[0].indexOf(match[1] ?? '');
    if (year > reference.getUTCFullYear() || read(index)) continue;
    mentions.push({ date: String(year), precision: 'year', basis: 'explicit', index, text: match[1] ?? '', future: false });
  }
  for (const match of text.matchAll(MONTH_OF_WORK)) {
    const month = MONTHS.indexOf(match[1] ?? '');
    const index = (match.index ?? 0) + match[0].indexOf(match[1] ?? '');
    if (read(index)) continue;
    const year = reference.getUTCFullYear() - (month > reference.getUTCMonth() ? 1 : 0);
    mentions.push({ date: `${year}-${String(month + 1).padStart(2, '0')}`, precision: 'month', basis: 'relative', index, text: match[1] ?? '', future: false });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

const DUTCH_DAY_WORDS = new RegExp(`\\b(?:(${DUTCH_WEEKDAYS.join('|')})(?:ochtend|morgen|middag|avond|nacht)|eergisteren|eergisteravond|gister(?:avond|ochtend|middag|morgen|nacht))\\b`, 'giu');

/** Works and occasions that words come from, for a year or a month that names one ("a 2013 memo", "a May interview"). */
const WORKS = 'book|memoir|memo|report|letter|interview|speech|ad|advertisement|hearing|debate|op-ed|column|article|essay|statement|testimony|documentary|boek|brief|rapport|toespraak|debat';

/**
 * "in his 2002 book", "a 2013 memo", "at a 2014 Senate hearing", "in een interview uit 2019" is rarer: a year that
 * names the work or occasion the words come from, which chrono leaves unread when the year stands alone.
 */
const YEAR_OF_WORK = new RegExp(`\\b(?:a|an|the|his|her|their|its|zijn|haar|hun|een|het|de)\\s+((?:19|20)\\d\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${WORKS})s?\\b`, 'giu');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * "during a May interview", "in his June speech": a month that names the occasion. chrono reads no month there (a
 * lone "May" is as often the verb), and the month is the last one of that name on or before publication.
 */
const MONTH_OF_WORK = new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(${MONTHS.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${WORKS})s?\\b`, 'gu');
