// Wording every renderer shares, so Slack, Discord and the terminal say the same thing the same way.
import type { SaidOn, Source, StatementKind, TimelineAnswer, WhoSaidAnswer } from '../model.ts';
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

/** "China urges Russia … — Daily Mirror (via inkl), 24 February 2023": a link label. */
export function sourceLabel(source: Source): string {
  return `${source.title}${source.outlet ? ` — ${source.outlet}` : ''}, ${formatPartialDate(source.published)}`;
}

export function speakerLine(name: string, role: string | undefined): string {
  return role ? `${name} (${role})` : name;
}

/** The answer's heading: `Who said “…”` or `Timeline of Zelensky (2024-01 to …)`. */
export function answerHeading(answer: WhoSaidAnswer | TimelineAnswer): string {
  if (answer.kind === 'who-said') return `Who said “${answer.query}”`;
  const range = answer.from || answer.to ? ` (${answer.from ?? '…'} to ${answer.to ?? '…'})` : '';
  return answer.speaker ? `Timeline of ${answer.speaker}${range}` : `Timeline of “${answer.query}”${range}`;
}

/** Only web links are ever linked: a `javascript:` or `file:` URL in front matter stays plain text. */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
