// When words were said, from the date expressions around them.
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/said-on.ts';

const FRIDAY = { date: '2023-02-24', precision: 'day' } as const;
const WEDNESDAY = { date: '2023-03-01', precision: 'day' } as const;

describe('GIVEN a date expression in a news sentence', () => {
  it('THEN a past-tense weekday is the one on or before publication, never after', () => {
    expect(findDates('he said on Thursday', FRIDAY, 'en')[0]).toMatchObject({ date: '2023-02-23', precision: 'day', basis: 'relative' });
    expect(findDates('they met Wednesday', WEDNESDAY, 'en')[0]).toMatchObject({ date: '2023-03-01' });
    expect(findDates('Zelenski zei donderdag dat', FRIDAY, 'nl')[0]).toMatchObject({ date: '2023-02-23' });
  });

  it('THEN a future-tense weekday points forward', () => {
    expect(findDates('the minister will head to China on Tuesday', { date: '2024-07-22', precision: 'day' }, 'en')[0]).toMatchObject({ date: '2024-07-23', future: true });
  });

  it('THEN "last month", "in May", "last week" keep their precision instead of a made-up day', () => {
    const july = { date: '2024-07-22', precision: 'day' } as const;
    expect(findDates('Last month, he hosted', july, 'en')[0]).toMatchObject({ date: '2024-06', precision: 'month' });
    expect(findDates('During a visit in May, he', july, 'en')[0]).toMatchObject({ date: '2024-05', precision: 'month' });
    expect(findDates('During his visit last week, he', WEDNESDAY, 'en')[0]).toMatchObject({ date: '2023-02-20', precision: 'week' });
    expect(findDates('China zei eerder deze week', FRIDAY, 'nl')[0]).toMatchObject({ date: '2023-02-20', precision: 'week' });
  });

  it('THEN "the day before the debate" is next to the debate, not to publication; "the day before" alone is', () => {
    expect(findDates('In a column the day before the debate, two aides urged her', FRIDAY, 'en')).toEqual([]);
    expect(findDates('he had said the day before.', FRIDAY, 'en')[0]).toMatchObject({ date: '2023-02-23', precision: 'day' });
  });

  it('THEN Dutch words chrono takes for weekdays ("zo", "vrij", "ma") are not dates', () => {
    expect(findDates('het is zo vrij als ma zegt', FRIDAY, 'nl')).toEqual([]);
  });

  it('THEN a show named with time words ("ABC\'s This Week", "CBS This Morning") is not a date; the words in lower case or opening a sentence are', () => {
    expect(findDates("Trump said on ABC's This Week that", FRIDAY, 'en')).toEqual([]);
    expect(findDates('Ann Lee, a co-anchor of CBS This Morning, said', FRIDAY, 'en')).toEqual([]);
    expect(findDates('Ann Lee said this week that', FRIDAY, 'en')[0]).toMatchObject({ precision: 'week' });
    expect(findDates('This morning, Ann Lee said', FRIDAY, 'en')[0]).toMatchObject({ date: '2023-02-24', precision: 'day' });
  });
});
