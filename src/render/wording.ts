// Wording every renderer shares, so Slack, Discord and the terminal say the same thing the same way.
import { isEnglishDenial } from '../extract/lexicon.ts';
import type { SaidOn, Source, StatementHit, StatementKind, TimelineAnswer, WhoSaidAnswer } from '../model.ts';
import { formatPartialDate } from '../text/dates.ts';

/** "said on 23 February 2023", "said in May 2024", "reported on 24 February 2023" (when the article gives no date). */
export function whenSaid(saidOn: SaidOn | null, published: Source['published']): string {
  if (!saidOn || saidOn.basis === 'published') return `reported on ${formatPartialDate(published)}`;
  const date = formatPartialDate(saidOn);
  return saidOn.precision === 'day' ? `said on ${date}` : `said in ${date}`;
}

export function kindLabel(kind: StatementKind): string {
  return { direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech' }[kind];
}

/**
 * The reporting verb as the article wrote it, and what kind of report it is: "told · direct quote"; "in the
 * headline · urges · reported speech" when the words are the outlet's headline, not a sentence of the story.
 */
export function howSaid(hit: Pick<StatementHit, 'cue' | 'kind' | 'headline'>): string {
  const cue = hit.cue.trim();
  const how = cue && cue !== ':' ? `${cue} · ${kindLabel(hit.kind)}` : kindLabel(hit.kind);
  return hit.headline ? `in the headline · ${how}` : how;
}

/** "Corrected by the corpus keeper (speaker, date): note", or null for a statement as extracted. */
export function correctionNote(hit: Pick<StatementHit, 'corrected'>): string | null {
  if (!hit.corrected) return null;
  const fields = hit.corrected.fields.map((field) => (field === 'saidOn' ? 'date' : field));
  return `Corrected by the corpus keeper${fields.length > 0 ? ` (${fields.join(', ')})` : ''}${hit.corrected.note ? `: ${hit.corrected.note}` : ''}`;
}

/** What sets a contrasting hit apart from the question, said plainly; null for a true match. */
export function contrastNote(hit: Pick<StatementHit, 'contrast' | 'speaker'>): string | null {
  const { contrast } = hit;
  if (!contrast) return null;
  if (contrast.kind === 'denied') {
    // ("pushed back on claims that …", "ontkent": the answer says "denied", quoting the cue when it is another verb.)
    const denial = isEnglishDenial(contrast.cue) ? `${contrast.cue} this` : `denied this (“${contrast.cue}”)`;
    return `Not a match: ${hit.speaker.canonical} ${denial}, the opposite of your question.`;
  }
  if (contrast.kind === 'opposite') return `Not a match: the statement says “${contrast.said}”, where your question says “${contrast.asked}”.`;
  return contrast.inStatement
    ? `Not a match: the statement says “${contrast.word}”, the opposite of your question.`
    : `Not a match: your question says “${contrast.word}”; the statement does not.`;
}

/** "Daily Mirror (via inkl) · China urges Russia … · 24 February 2023". */
/** What follows an entry's linked title: the outlet (when known) and the publication date. */
export function outletAndDate(source: Source): string[] {
  return [source.outlet, formatPartialDate(source.published)].filter((part): part is string => Boolean(part));
}

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

/**
 * The speaker line of each entry in a run: a speaker's role (a document's long description) the first time only,
 * and "for the United States" when the entry is in a timeline by a person speaking for it.
 */
export function speakerLines(hits: ReadonlyArray<Pick<StatementHit, 'speaker' | 'speaksFor'>>): string[] {
  const seen = new Set<string>();
  return hits.map((hit) => {
    const first = !seen.has(hit.speaker.canonical);
    seen.add(hit.speaker.canonical);
    const line = speakerLine(hit.speaker.canonical, first ? hit.speaker.role : undefined);
    return hit.speaksFor ? `${line}, for ${hit.speaksFor}` : line;
  });
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

/** What a reporter hears back, on every face. */
export const REPORT_THANKS = 'Thanks — your report is recorded for the corpus keeper, who will check the article and correct the answer if it is wrong.';
export const REPORT_FAILED = 'Sorry — your report could not be stored. The error is in the bot’s log; please try again later.';
