// "Wrong?" reports as the corpus keeper reads them: newest last, each open one with the corrections.yaml entry
// that would settle it, ready to fill in.
import { CORRECTIONS_FILE } from '../feedback/corrections.ts';
import { REASON_LABELS, type Report } from '../feedback/reports.ts';

/** What each reason asks the keeper to fill in. */
const FIX: Record<Report['reason'], string> = {
  speaker: 'speaker: ""        # who really said it',
  date: 'saidOn: YYYY-MM-DD  # or YYYY-MM, YYYY',
  opposite: 'polarity: denied    # or asserted',
  'not-a-statement': 'drop: true',
};

function oneReport(report: Report & { settled: boolean }): string {
  const lines = [
    `${report.at.slice(0, 16).replace('T', ' ')} · ${report.platform} user ${report.user} · ${REASON_LABELS[report.reason]} · ${report.settled ? 'settled' : 'open'}`,
    `  ${report.statement} (${report.speaker}): “${report.text.length > 200 ? `${report.text.slice(0, 199)}…` : report.text}”`,
  ];
  if (report.note) lines.push(`  note: ${report.note}`);
  if (!report.settled) {
    lines.push(`  to settle, add to ${CORRECTIONS_FILE}:`, `    - doc: ${JSON.stringify(report.doc)}`, `      text: ${JSON.stringify(report.text)}`, `      ${FIX[report.reason]}`);
  }
  return lines.join('\n');
}

export function reportsToText(reports: ReadonlyArray<Report & { settled: boolean }>, about: { path: string; unreadable: number; total: number }): string {
  const open = reports.filter((report) => !report.settled).length;
  const head = `${about.total} report(s) in ${about.path}, ${open} shown open${about.unreadable > 0 ? `; ${about.unreadable} unreadable line(s) skipped` : ''}`;
  if (reports.length === 0) return `${head}.`;
  return [`${head}:`, ...reports.map(oneReport), `(The file ${CORRECTIONS_FILE} begins with "corrections:"; the bot applies it as soon as it is saved.)`].join('\n\n');
}
