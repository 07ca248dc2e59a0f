// The last stage: when each statement was said. The cue's own frame first (date words in the sentence outside
// the quotes and outside what was said, nearest the cue); else the scene the story set in the sentences just
// before; else the publication date. A scene is set by a date that framed a statement or opened its sentence
// ("Last month, …"); a date inside the narrative ("the war started one year ago") sets none.
import type { Document, SaidOn } from '../model.ts';
import { type DateMention, findDates } from './said-on.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Framed extends Span {
  /** Offset of the cue: the date nearest it frames the statement. */
  cueAt: number;
  /** Words inside the span that still frame it (a parenthetical "…, the ministry said on Monday, …"). */
  frame?: Span;
}

export class SaidWhen {
  private scene: { date: SaidOn; unit: number } | null = null;
  private unit = 0;

  constructor(private readonly doc: Document) {}

  /**
   * Dates for the statements of one unit (a sentence, offsets into `text`), then moves the scene on.
   * `quotes` are blanked before reading dates: words inside quotation marks talk about other times.
   */
  dateUnit(text: string, unit: Span, quotes: readonly Span[], statements: readonly Framed[]): SaidOn[] {
    this.unit++;
    const sentenceDates = this.frameDates(text, unit, quotes, []);
    const statementDates = statements.length > 0 ? this.frameDates(text, unit, quotes, statements) : [];
    const dates = statements.map((statement) => this.dateFor(statementDates, statement.cueAt));
    const fronted = sentenceDates.find((date) => !date.future && isFronted(text, unit, date));
    const framing = statementDates.find((date) => !date.future);
    const scene = framing ?? fronted;
    if (scene) this.scene = { date: { date: scene.date, precision: scene.precision, basis: scene.basis }, unit: this.unit };
    return dates;
  }

  /** Dates in the words around the statements (quotes and what was said blanked), with offsets into `text`. */
  private frameDates(text: string, unit: Span, quotes: readonly Span[], found: readonly Framed[]): DateMention[] {
    const blanks: Span[] = [...quotes];
    for (const statement of found) {
      if (statement.frame) blanks.push({ start: statement.start, end: statement.frame.start }, { start: statement.frame.end, end: statement.end });
      else blanks.push(statement);
    }
    const frame = blankOut(text, unit, blanks);
    return findDates(frame, this.doc.published, this.doc.language).map((date) => ({ ...date, index: date.index + unit.start }));
  }

  private dateFor(own: readonly DateMention[], cueAt: number): SaidOn {
    const past = own.filter((date) => !date.future);
    const nearest = past.sort((a, b) => Math.abs(a.index - cueAt) - Math.abs(b.index - cueAt))[0];
    if (nearest) return { date: nearest.date, precision: nearest.precision, basis: nearest.basis };
    if (this.scene && this.unit - this.scene.unit <= 2) return { ...this.scene.date };
    return { ...this.doc.published, basis: 'published' };
  }
}

/** "Last month, …", "During a visit to Beijing in May, …": a date that opens its sentence, before any verb. */
function isFronted(text: string, unit: Span, date: DateMention): boolean {
  const before = text.slice(unit.start, date.index);
  const after = text.slice(date.index + date.text.length, date.index + date.text.length + 40);
  return /^[^.]*,/.test(after) && !/\b\p{Ll}+ed\b|\b(is|was|were|are|has|had|have|will|would|said|says)\b/u.test(before);
}

/** The unit's text with every span replaced by spaces (offsets kept), built in one pass however many spans. */
function blankOut(text: string, unit: Span, spans: readonly Span[]): string {
  const sorted = spans.map((span) => ({ start: Math.max(unit.start, span.start), end: Math.min(unit.end, span.end) })).filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  let out = '';
  let at = unit.start;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const from = Math.max(at, span.start);
    out += text.slice(at, from) + ' '.repeat(span.end - from);
    at = span.end;
  }
  return out + text.slice(at, unit.end);
}
