import type { DatePrecision, PartialDate } from '../model.ts';

const ISO_PARTIAL = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Parses "YYYY-MM-DD" or "YYYY-MM" (and "YYYY" when `allowYear`: a person typing a range, not a file's metadata,
 * where a bare number is more often something else) into a PartialDate; null when it is not a real calendar date.
 */
export function parsePartialDate(text: string, options: { allowYear?: boolean } = {}): PartialDate | null {
  const trimmed = text.trim();
  if (options.allowYear && /^\d{4}$/.test(trimmed)) return { date: trimmed, precision: 'year' };
  const match = ISO_PARTIAL.exec(trimmed);
  if (!match) return null;
  const [, year, month, day] = match;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return { date: `${year}-${month}`, precision: 'month' };
  const probe = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.getUTCDate() !== Number(day)) return null;
  return { date: `${year}-${month}-${day}`, precision: 'day' };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Cuts a calendar day to the given precision; weeks are named by their Monday. */
export function toPartial(day: Date, precision: DatePrecision): PartialDate {
  switch (precision) {
    case 'day':
      return { date: isoDay(day), precision };
    case 'week': {
      const monday = new Date(day);
      monday.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
      return { date: isoDay(monday), precision };
    }
    case 'month':
      return { date: isoDay(day).slice(0, 7), precision };
    case 'year':
      return { date: isoDay(day).slice(0, 4), precision };
  }
}

/** The first day a partial date covers, as a UTC Date at noon (noon keeps weekday arithmetic off the day edge). */
export function startOf(partial: PartialDate): Date {
  return new Date(startTime(partial));
}

/** Milliseconds of startOf, parsed once per date string: a timeline of 20,000 statements sorts on a few hundred dates. */
const startTimes = new Map<string, number>();

function startTime(partial: PartialDate): number {
  let time = startTimes.get(partial.date);
  if (time === undefined) {
    const [y, m = '01', d = '01'] = partial.date.split('-');
    time = new Date(`${y}-${m}-${d}T12:00:00Z`).getTime();
    if (startTimes.size >= 100_000) startTimes.clear();
    startTimes.set(partial.date, time);
  }
  return time;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };

/** Sort key: a partial date sorts at its first day, coarser before finer on a tie. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const byStart = startTime(a) - startTime(b);
  if (byStart !== 0) return byStart;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** compareDates as one number per date (first day, then precision), for sorting long lists without a comparator's lookups. */
export function dateSortKey(partial: PartialDate): number {
  return startTime(partial) * 4 + PRECISION_RANK[partial.precision];
}

/** The last day a partial date covers, for inclusive range filters. */
export function endOf(partial: PartialDate): Date {
  const start = startOf(partial);
  const end = new Date(start);
  if (partial.precision === 'week') end.setUTCDate(end.getUTCDate() + 6);
  if (partial.precision === 'month') end.setUTCMonth(end.getUTCMonth() + 1, 0);
  if (partial.precision === 'year') end.setUTCFullYear(end.getUTCFullYear(), 11, 31);
  return end;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 February 2023", "the week of 20 February 2023", "May 2024", "2022". */
export function formatPartialDate(partial: PartialDate): string {
  const start = startOf(partial);
  const month = MONTHS[start.getUTCMonth()] ?? '';
  const year = start.getUTCFullYear();
  switch (partial.precision) {
    case 'day':
      return `${start.getUTCDate()} ${month} ${year}`;
    case 'week':
      return `the week of ${start.getUTCDate()} ${month} ${year}`;
    case 'month':
      return `${month} ${year}`;
    case 'year':
      return `${year}`;
  }
}
