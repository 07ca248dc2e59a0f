// Poll stories: respondents counted, not named ("73 percent said …"), answered when the poll was taken, which the
// story gives once, often in its last paragraph ("The poll was conducted from Sept. 19 to 22").
import type { Document, SaidOn } from '../model.ts';
import { findDates, saidOnOf } from './said-on.ts';

/** "The poll was conducted from Sept. 19 to 22", "a survey taken September 16-19": a poll's field period. */
const FIELD_PERIOD = /\b(?:polls?|surveys?)\b((?:[^.;]|\.(?!\s+\p{Lu})){0,80}?)\b(?:conducted|taken|fielded|carried out)\b(?:[^.;]|\.(?!\s+\p{Lu})){0,60}/giu;
/** ("In the previous poll, conducted in early September, …": an earlier poll's, not the story's.) */
const OTHER_POLL = /\b(?:previous|last|earlier|prior|other|another)\s+(?:[\p{L}/-]+\s+){0,4}$/iu;

/** The one field period the story gives its poll, or null when it gives none or several. */
export function pollFieldPeriod(doc: Document): SaidOn | null {
  const periods = new Map<string, SaidOn>();
  for (const match of doc.text.matchAll(FIELD_PERIOD)) {
    const before = doc.text.slice(Math.max(0, (match.index ?? 0) - 60), match.index);
    if (OTHER_POLL.test(before) || /\b(?:previous|last|earlier|prior)\b/iu.test(match[1] ?? '')) continue;
    const date = findDates(match[0], doc.published, doc.language).find((mention) => !mention.future);
    if (date) periods.set(`${date.date}/${date.precision}`, saidOnOf(date));
  }
  return periods.size === 1 ? ([...periods.values()][0] ?? null) : null;
}

/** Respondents counted, not named: "73 percent", "52 percent of registered voters", "Nearly eight of 10 voters". */
const RESPONDENTS = /^(?:(?:nearly|about|almost|only|just|some|roughly|more than|fewer than|less than|over|under)\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out of)\s+(?:10|ten|\d+))\b/iu;

export function isRespondents(speaker: { name: string; kind: string; written?: string } | undefined): boolean {
  return speaker !== undefined && speaker.kind !== 'person' && RESPONDENTS.test((speaker.written ?? speaker.name).trim());
}
