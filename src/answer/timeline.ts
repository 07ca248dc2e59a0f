// /timeline: what a speaker (any of its names, and what belongs to it) said, or what was said about a topic,
// in the order it was said.
import type { Highlight, PartialDate, Statement, StatementHit, TimelineAnswer, UsageAnswer } from '../model.ts';
import { dateSortKey, endOf, formatPartialDate, startOf } from '../text/dates.ts';
import { family } from './same-statement.ts';
import { matchText, prefixTermOf, queryTerms, termMatches } from './match.ts';
import { checkDate, checkQuery } from './query.ts';
import type { SearchableCorpus } from './searchable.ts';

const TOPIC_COVERAGE = 0.5;
/** Statements looked at per topic, those holding the most and rarest of its words first. */
const TOPIC_CANDIDATES = 300;

export interface TimelineRequest {
  query: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  /** The entries wanted (a chat page's); all of them when absent. */
  window?: { offset: number; limit: number } | undefined;
}

/** The span a dated statement covers, in ms, for range filters; null when it is undated. */
interface Span {
  start: number;
  end: number;
}

function spanOf(said: PartialDate | null): Span | null {
  return said ? { start: startOf(said).getTime(), end: endOf(said).getTime() } : null;
}

/** Whether a statement said over `span` falls in the asked range; an undated one only when no range is asked. */
function inRange(span: Span | null, range: Span): boolean {
  if (!span) return range.start === -Infinity && range.end === Infinity;
  return span.end >= range.start && span.start <= range.end;
}

/** localeCompare's order, with the collator made once (a timeline of 20,000 entries compares ids 300,000 times). */
const byLocale = new Intl.Collator().compare;

/** What a timeline sorts on, worked out once per statement: when it was said (undated last), printed, where. */
interface Ordered {
  statement: Statement;
  said: number;
  published: number;
}

function ordered(corpus: SearchableCorpus, statement: Statement): Ordered {
  return { statement, said: statement.saidOn ? dateSortKey(statement.saidOn) : Infinity, published: dateSortKey(corpus.source(statement.doc).published) };
}

function chronological(a: Ordered, b: Ordered): number {
  return a.said - b.said || a.published - b.published || byLocale(a.statement.doc, b.statement.doc) || a.statement.start - b.statement.start;
}

/** A speaker's timeline entry before it becomes an answer entry. */
interface SpeakerEntry extends Ordered {
  span: Span | null;
  /** Set for people who speak for the speaker by their role. */
  speaksFor: string | null;
  /** Where in the timeline the fuller statement this one repeats in part is, if any (it is the same speaker's). */
  fullerAt: number;
}

/**
 * Everything the speaker (and what belongs to it) said, and the people who speak for it by their role, in the order
 * it was said: sorted once per corpus state, since a much-quoted speaker's timeline is tens of thousands of entries
 * and each chat page asks for it again.
 */
function speakerTimeline(corpus: SearchableCorpus, speaker: string): readonly SpeakerEntry[] {
  return corpus.derived(`timeline\u0000${speaker}`, () => {
    // One object literal with every field: a fixed shape keeps the per-question pass over the list fast.
    const entry = (statement: Statement, speaksFor: string | null): SpeakerEntry => {
      const { said, published } = ordered(corpus, statement);
      return { statement, said, published, span: spanOf(statement.saidOn), speaksFor, fullerAt: -1 };
    };
    const entries = corpus.statementsOf(speaker).map((statement) => entry(statement, null));
    for (const member of corpus.speakers.membersOf(speaker)) {
      for (const statement of corpus.statementsOf(member)) if (statement.speaker.canonical === member && !family(statement).has(speaker)) entries.push(entry(statement, speaker));
    }
    entries.sort(chronological);
    const at = new Map(entries.map((item, index) => [item.statement.id, index]));
    for (const item of entries) item.fullerAt = at.get(corpus.echoOf(item.statement.id) ?? '') ?? -1;
    return entries;
  });
}

/** A statement found about a topic, before it becomes an answer entry (only a page's entries do). */
interface TopicMatch {
  statement: Statement;
  coverage: number;
  highlights: Highlight[];
}

/** Statements whose words, sentence or speaker are about the topic. */
function topicMatches(corpus: SearchableCorpus, topic: string, seen: Set<string>): TopicMatch[] {
  const terms = queryTerms(topic);
  const hits: TopicMatch[] = [];
  if (terms.content.length === 0) return hits;
  const needed = terms.content.length === 1 ? 1 : Math.ceil(terms.content.length * TOPIC_COVERAGE);
  const candidates = corpus.index.candidates({
    terms: terms.content,
    fields: ['text', 'context', 'speaker'],
    atLeast: needed,
    wordMatches: termMatches,
    prefixTerm: prefixTermOf(terms),
    limit: TOPIC_CANDIDATES,
  });
  for (const id of candidates) {
    const statement = corpus.statement(id);
    if (!statement || seen.has(statement.id)) continue;
    const own = matchText(terms, statement.text, corpus.tokensOf(statement));
    // The sentence around is read only when the statement's own words fall short (it is the longer text).
    const coverage = own.coverage === 1 ? 1 : Math.max(own.coverage, matchText(terms, `${statement.context} ${statement.speaker.canonical}`).coverage);
    if (coverage < (terms.content.length === 1 ? 1 : TOPIC_COVERAGE)) continue;
    seen.add(statement.id);
    hits.push({ statement, coverage: Number(coverage.toFixed(4)), highlights: own.highlights });
  }
  return hits;
}

export function timeline(corpus: SearchableCorpus, request: TimelineRequest): TimelineAnswer | UsageAnswer {
  const checked = checkQuery(request.query, 'a person or a topic');
  if (!checked.ok) return { kind: 'usage', command: 'timeline', message: checked.message };
  const from = checkDate(request.from, 'from');
  if (!from.ok) return { kind: 'usage', command: 'timeline', message: from.message };
  const to = checkDate(request.to, 'to');
  if (!to.ok) return { kind: 'usage', command: 'timeline', message: to.message };
  if (from.value && to.value && startOf(from.value) > endOf(to.value)) {
    return { kind: 'usage', command: 'timeline', message: `from (${from.value.date}) is after to (${to.value.date}).` };
  }
  const query = checked.value;
  const speaker = corpus.speakers.find(query);

  const range: Span = { start: from.value ? startOf(from.value).getTime() : -Infinity, end: to.value ? endOf(to.value).getTime() : Infinity };

  // Both kinds end as one ordered list, of which only the window asked for becomes answer entries.
  let total: number;
  let members = 0;
  let window: (offset: number, limit: number) => StatementHit[];
  if (speaker) {
    const all = speakerTimeline(corpus, speaker);
    const kept: SpeakerEntry[] = [];
    // A statement its own article repeats in part is shown once, in its fuller form (when that is in range too).
    for (const item of all) {
      if (!inRange(item.span, range)) continue;
      // (Checked before indexing: reading index -1 of an array leaves V8's fast path, 35,000 times over.)
      if (item.fullerAt >= 0 && inRange((all[item.fullerAt] as SpeakerEntry).span, range)) continue;
      kept.push(item);
      if (item.speaksFor) members++;
    }
    total = kept.length;
    window = (offset, limit) => kept.slice(offset, offset + limit).map((item) => corpus.hit(item.statement, 1, [], null, item.speaksFor ?? undefined));
  } else {
    const matches: TopicMatch[] = [];
    const seen = new Set<string>();
    for (const name of corpus.synonyms(query)) matches.push(...topicMatches(corpus, name, seen));
    const inRangeMatches = matches.filter((match) => inRange(spanOf(match.statement.saidOn), range));
    const ids = new Set(inRangeMatches.map((match) => match.statement.id));
    const entries = inRangeMatches
      .filter((match) => !ids.has(corpus.echoOf(match.statement.id) ?? ''))
      .map((match) => ({ match, order: ordered(corpus, match.statement) }))
      .sort((a, b) => chronological(a.order, b.order));
    total = entries.length;
    window = (offset, limit) => entries.slice(offset, offset + limit).map(({ match }) => corpus.hit(match.statement, match.coverage, match.highlights));
  }
  const limit = request.window ? Math.max(1, Math.trunc(request.window.limit)) : Math.max(1, total);
  // A window past the end (a page button on an answer that has since shrunk) shows the last page there is.
  const offset = Math.min(Math.max(0, Math.trunc(request.window?.offset ?? 0)), Math.max(0, Math.floor((total - 1) / limit) * limit));
  const entries = window(offset, limit);

  const notes: string[] = [];
  if (!speaker && total > 0) notes.push(`No speaker in the corpus is called “${query}”, so these are statements about it.`);
  if (members > 0) notes.push(`${members} of these are by people who speak for ${speaker} by their role.`);
  if (total === 0) {
    const range = from.value || to.value ? ` between ${from.value ? formatPartialDate(from.value) : 'the start'} and ${to.value ? formatPartialDate(to.value) : 'now'}` : '';
    notes.push(
      speaker
        ? `${speaker} said nothing in the corpus${range}.`
        : `No statement is about "${query}"${range}. Try a speaker's name or fewer words.`,
    );
  }
  return { kind: 'timeline', query, speaker, from: from.value?.date ?? null, to: to.value?.date ?? null, total, offset, entries, notes };
}
