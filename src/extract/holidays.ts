// Named holidays as dates ("in a Labor Day interview", "on Thanksgiving", "op Koningsdag"): chrono reads none of
// them, and news dates words by them. Each is the last one on or before the reference day (news reports what was
// said), or the next one when the words look ahead.
import type { Language } from '../model.ts';

interface Holiday {
  /** 0-based month. */
  month: number;
  /** A fixed day of the month, or the nth (1-based; -1 the last) given weekday (0 = Sunday). */
  day?: number;
  nth?: { weekday: number; n: number };
}

const ENGLISH: Array<[RegExp, Holiday]> = [
  [/\bNew Year['’]s Day\b/gu, { month: 0, day: 1 }],
  [/\bNew Year['’]s Eve\b/gu, { month: 11, day: 31 }],
  [/\b(?:Martin Luther King(?: Jr\.?)?|MLK) Day\b/gu, { month: 0, nth: { weekday: 1, n: 3 } }],
  [/\bPresidents['’]? Day\b/gu, { month: 1, nth: { weekday: 1, n: 3 } }],
  [/\bMemorial Day\b/gu, { month: 4, nth: { weekday: 1, n: -1 } }],
  [/\b(?:Independence Day|(?:the )?Fourth of July)\b/gu, { month: 6, day: 4 }],
  [/\bLabor Day\b/gu, { month: 8, nth: { weekday: 1, n: 1 } }],
  [/\bColumbus Day\b/gu, { month: 9, nth: { weekday: 1, n: 2 } }],
  [/\bVeterans['’]? Day\b/gu, { month: 10, day: 11 }],
  [/\bThanksgiving(?: Day)?\b/gu, { month: 10, nth: { weekday: 4, n: 4 } }],
  [/\bChristmas Eve\b/gu, { month: 11, day: 24 }],
  [/\bChristmas Day\b/gu, { month: 11, day: 25 }],
];

const DUTCH: Array<[RegExp, Holiday]> = [
  [/\b[Nn]ieuwjaarsdag\b/gu, { month: 0, day: 1 }],
  [/\b[Oo]udejaars(?:dag|avond)\b/gu, { month: 11, day: 31 }],
  [/\bKoningsdag\b/gu, { month: 3, day: 27 }],
  [/\bBevrijdingsdag\b/gu, { month: 4, day: 5 }],
  [/\bPrinsjesdag\b/gu, { month: 8, nth: { weekday: 2, n: 3 } }],
  [/\b[Kk]erstavond\b/gu, { month: 11, day: 24 }],
  [/\b[Ee]erste [Kk]erstdag\b/gu, { month: 11, day: 25 }],
];

/** Words without which no holiday is named: most sentences skip the patterns. */
export const HOLIDAY_HINT = /day|dag|july|thanksgiving|christmas|eve|avond/i;

function dateIn(year: number, holiday: Holiday): Date {
  if (holiday.day !== undefined) return new Date(Date.UTC(year, holiday.month, holiday.day));
  const { weekday, n } = holiday.nth ?? { weekday: 1, n: 1 };
  if (n > 0) {
    const first = new Date(Date.UTC(year, holiday.month, 1)).getUTCDay();
    return new Date(Date.UTC(year, holiday.month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1)));
  }
  const last = new Date(Date.UTC(year, holiday.month + 1, 0));
  return new Date(Date.UTC(year, holiday.month, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7)));
}

export interface HolidayMention {
  day: Date;
  index: number;
  text: string;
}

/** The holidays named in `text`, each dated relative to `reference`; `lookingAhead(index)` says the words look ahead. */
export function holidays(text: string, reference: Date, language: Language, lookingAhead: (index: number) => boolean): HolidayMention[] {
  if (!HOLIDAY_HINT.test(text)) return [];
  const found: HolidayMention[] = [];
  for (const [pattern, holiday] of language === 'nl' ? DUTCH : ENGLISH) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      const year = reference.getUTCFullYear();
      const ahead = lookingAhead(index);
      let day = dateIn(year, holiday);
      if (!ahead && day.getTime() > reference.getTime()) day = dateIn(year - 1, holiday);
      if (ahead && day.getTime() < reference.getTime()) day = dateIn(year + 1, holiday);
      found.push({ day, index, text: match[0] });
    }
  }
  return found;
}
