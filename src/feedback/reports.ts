// "Wrong?" reports from the people who use the bot: one JSON line each, appended to reports.jsonl in the data
// folder. Append-only, so a crash mid-write loses at most the line being written and never an earlier report;
// the corpus keeper reads them (`cli reports`) and settles them in corrections.yaml.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export const REPORTS_FILE = 'reports.jsonl';

export const REPORT_REASONS = ['speaker', 'date', 'opposite', 'not-a-statement'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** How each reason reads on a button or menu. */
export const REASON_LABELS: Record<ReportReason, string> = {
  speaker: 'Wrong speaker',
  date: 'Wrong date',
  opposite: 'Says the opposite (a denial or "not")',
  'not-a-statement': 'Not a statement',
};

export const MAX_NOTE_LENGTH = 500;

export const Report = z.object({
  id: z.string().min(1),
  statement: z.string().min(1),
  doc: z.string().min(1),
  /** The statement's words as they were reported: the keeper's key into corrections.yaml. */
  text: z.string(),
  speaker: z.string(),
  reason: z.enum(REPORT_REASONS),
  note: z.string().max(MAX_NOTE_LENGTH).nullable(),
  user: z.string().min(1).max(200),
  platform: z.enum(['slack', 'discord', 'console']),
  at: z.string().datetime(),
});
export type Report = z.infer<typeof Report>;

export type NewReport = Omit<Report, 'id' | 'at'>;

export class ReportStore {
  readonly path: string;
  /** Appends one at a time, in order: two reports at once must not interleave their bytes. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.path = join(dataDir, REPORTS_FILE);
  }

  async add(report: NewReport, now = new Date()): Promise<Report> {
    const stored = Report.parse({ ...report, id: randomUUID(), at: now.toISOString() });
    const line = `${JSON.stringify(stored)}\n`;
    const write = this.writing.then(async () => {
      await mkdir(join(this.path, '..'), { recursive: true });
      await appendFile(this.path, line, 'utf8');
    });
    this.writing = write.catch(() => undefined);
    await write;
    return stored;
  }

  /** Every readable report, oldest first; lines that are not a valid report are counted, not thrown. */
  async list(): Promise<{ reports: Report[]; unreadable: number }> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { reports: [], unreadable: 0 };
      throw error;
    }
    const reports: Report[] = [];
    let unreadable = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const parsed = Report.safeParse(JSON.parse(line));
        if (parsed.success) reports.push(parsed.data);
        else unreadable++;
      } catch {
        unreadable++;
      }
    }
    return { reports, unreadable };
  }
}
