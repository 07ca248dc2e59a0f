// corpus/corrections.yaml: the corpus keeper's fixes to what extraction got wrong, keyed by article and the
// statement's words (never by statement number, which a better extractor may change), so a fix survives
// re-extraction. Each entry sets the speaker, the date it was said, whether it was asserted or denied, or drops
// the statement.
import { z } from 'zod';
import { type Correction as Applied, type PartialDate, type Speaker, type Statement, plainStatement } from '../model.ts';
import { parsePartialDate } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { parseYamlFile } from '../text/yaml-file.ts';

export const CORRECTIONS_FILE = 'corrections.yaml';

const Entry = z
  .object({
    doc: z.string().trim().min(1),
    text: z.string().trim().min(1),
    speaker: z.string().trim().min(1).max(200).optional(),
    saidOn: z
      .union([z.string(), z.number(), z.date()])
      .transform((value, ctx) => {
        // YAML reads 2023-02-24 as a date and 2023 as a number; either way it is the keeper's date.
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        const parsed = parsePartialDate(text, { allowYear: true });
        if (!parsed) ctx.addIssue({ code: 'custom', message: `"${text}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` });
        return parsed as PartialDate;
      })
      .optional(),
    polarity: z.enum(['asserted', 'denied']).optional(),
    drop: z.boolean().optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((entry) => entry.speaker !== undefined || entry.saidOn !== undefined || entry.polarity !== undefined || entry.drop === true, {
    message: 'says nothing to change: give speaker, saidOn, polarity or drop: true',
  });

const CorrectionsFile = z.object({ corrections: z.array(Entry).default([]) });

export type CorrectionEntry = z.infer<typeof Entry>;

export function parseCorrections(text: string): { entries: CorrectionEntry[] } | { error: string } {
  const parsed = parseYamlFile(text, CorrectionsFile);
  return 'error' in parsed ? parsed : { entries: parsed.data.corrections };
}

/** Entries by article. */
export function correctionsByDoc(entries: readonly CorrectionEntry[]): Map<string, CorrectionEntry[]> {
  const byDoc = new Map<string, CorrectionEntry[]>();
  for (const entry of entries) byDoc.set(entry.doc, [...(byDoc.get(entry.doc) ?? []), entry]);
  return byDoc;
}

/** Words compared without case, accents, quotation-mark style or spacing: the keeper copies text from a chat. */
function comparable(text: string): string {
  return fold(text)
    .replace(/[“”„"«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shorter than this, a piece of text could be part of many statements: it must then match a whole one. */
const MIN_CONTAINED = 12;

/** Whether an entry names a statement with these words. */
export function correctsText(text: string, entry: CorrectionEntry): boolean {
  const own = comparable(text);
  const wanted = comparable(entry.text);
  if (own === wanted) return true;
  if (Math.min(own.length, wanted.length) < MIN_CONTAINED) return false;
  return own.includes(wanted) || wanted.includes(own);
}

/** The entries that name none of an article's statements. */
export function unmatchedCorrections(statements: readonly Statement[], entries: readonly CorrectionEntry[]): CorrectionEntry[] {
  return entries.filter((entry) => !statements.some((statement) => correctsText(statement.text, entry)));
}

/** One article's statements with its corrections applied: some re-attributed or re-dated, some dropped. */
export function applyCorrections(
  statements: readonly Statement[],
  entries: readonly CorrectionEntry[],
  speakerNamed: (name: string) => Speaker,
): Statement[] {
  const out: Statement[] = [];
  for (const statement of statements) {
    const mine = entries.filter((entry) => correctsText(statement.text, entry));
    if (mine.length === 0) {
      out.push(statement);
      continue;
    }
    if (mine.some((entry) => entry.drop)) continue;
    let corrected: Statement = plainStatement(statement);
    const fields: Applied['fields'] = [];
    for (const entry of mine) {
      if (entry.speaker !== undefined) {
        corrected = { ...corrected, speaker: speakerNamed(entry.speaker) };
        if (!fields.includes('speaker')) fields.push('speaker');
      }
      if (entry.polarity !== undefined) {
        corrected = { ...corrected, polarity: entry.polarity };
        if (!fields.includes('polarity')) fields.push('polarity');
      }
      if (entry.saidOn !== undefined) {
        corrected = { ...corrected, saidOn: { ...entry.saidOn, basis: 'explicit' } };
        if (!fields.includes('saidOn')) fields.push('saidOn');
      }
    }
    const note = mine.map((entry) => entry.note).find(Boolean);
    out.push({ ...corrected, corrected: { fields, ...(note ? { note } : {}) } });
  }
  return out;
}
