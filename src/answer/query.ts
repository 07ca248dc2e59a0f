// Validation of what a user typed. Bad input is an answer (a usage message), not an exception.
import type { PartialDate } from '../model.ts';
import { parsePartialDate } from '../text/dates.ts';

export const MAX_QUERY_LENGTH = 300;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkQuery(raw: string, what: string): Checked<string> {
  const query = raw.replace(/\s+/g, ' ').trim();
  if (!query) return { ok: false, message: `Please give ${what}.` };
  if (query.length > MAX_QUERY_LENGTH) {
    return { ok: false, message: `That is ${query.length} characters; please keep ${what} under ${MAX_QUERY_LENGTH}.` };
  }
  if (!/[\p{L}\p{N}]/u.test(query)) return { ok: false, message: `"${query}" has no words in it; please give ${what}.` };
  return { ok: true, value: query };
}

export function checkDate(raw: string | null | undefined, name: 'from' | 'to'): Checked<PartialDate | null> {
  if (raw === null || raw === undefined || raw.trim() === '') return { ok: true, value: null };
  const parsed = parsePartialDate(raw, { allowYear: true });
  if (!parsed) return { ok: false, message: `"${raw}" is not a date for ${name}: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023, 2023-02 or 2023-02-24.` };
  return { ok: true, value: parsed };
}
