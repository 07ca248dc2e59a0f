// Wording every renderer shares, so Slack, Discord and the terminal say the same thing the same way.
import type { SaidOn, Source, StatementKind } from '../model.ts';
import { formatPartialDate } from '../text/dates.ts';

/** "said on 23 February 2023", "said in May 2024", "reported on 24 February 2023" (when the article gives no date). */
export function whenSaid(saidOn: SaidOn | null, published: Source['published']): string {
  if (!saidOn || saidOn.basis === 'published') return `reported on ${formatPartialDate(published)}`;
  const date = formatPartialDate(saidOn);
  return saidOn.precision === 'day' ? `said on ${date}` : `said in ${date}`;
}

export function kindLabel(kind: StatementKind): string {
  return { direct: 'quote', partial: 'partly quoted', indirect: 'reported speech' }[kind];
}

/** "Daily Mirror (via inkl) · China urges Russia … · 24 February 2023". */
export function sourceLine(source: Source): string {
  return [source.outlet, source.title, formatPartialDate(source.published)].filter(Boolean).join(' · ');
}

export function speakerLine(name: string, role: string | undefined): string {
  return role ? `${name} (${role})` : name;
}
