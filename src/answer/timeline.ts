// /timeline: what a speaker (any of its names, and what belongs to it) said, or what was said about a topic,
// in the order it was said.
import type { PartialDate, Statement, StatementHit, TimelineAnswer, UsageAnswer } from '../model.ts';
import { compareDates, endOf, formatPartialDate, startOf } from '../text/dates.ts';
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
}

function inRange(statement: Statement, from: PartialDate | null, to: PartialDate | null): boolean {
  const said = statement.saidOn;
  if (!said) return from === null && to === null;
  if (from && endOf(said).getTime() < startOf(from).getTime()) return false;
  if (to && startOf(said).getTime() > endOf(to).getTime()) return false;
  return true;
}

/** localeCompare's order, with the collator made once (a timeline of 20,000 entries compares ids 300,000 times). */
const byLocale = new Intl.Collator().compare;

function chronological(a: StatementHit, b: StatementHit): number {
  const byDate = a.saidOn && b.saidOn ? compareDates(a.saidOn, b.saidOn) : a.saidOn ? -1 : b.saidOn ? 1 : 0;
  return byDate || compareDates(a.source.published, b.source.published) || byLocale(a.doc, b.doc) || a.start - b.start;
}

/** Statements whose words, sentence or speaker are about the topic. */
function topicHits(corpus: SearchableCorpus, topic: string, seen: Set<string>): StatementHit[] {
  const terms = queryTerms(topic);
  const hits: StatementHit[] = [];
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
    const around = matchText(terms, `${statement.context} ${statement.speaker.canonical}`);
    const coverage = Math.max(own.coverage, around.coverage);
    if (coverage < (terms.content.length === 1 ? 1 : TOPIC_COVERAGE)) continue;
    seen.add(statement.id);
    hits.push(corpus.hit(statement, Number(coverage.toFixed(4)), own.highlights));
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

  let hits: StatementHit[];
  if (speaker) {
    hits = corpus.statementsOf(speaker).map((s) => corpus.hit(s, 1, []));
    // People who speak for it by their role count too, marked as such.
    const own = new Set(hits.map((hit) => hit.id));
    for (const member of corpus.speakers.membersOf(speaker)) {
      for (const s of corpus.statementsOf(member)) if (!own.has(s.id) && s.speaker.canonical === member) hits.push(corpus.hit(s, 1, [], null, speaker));
    }
  } else {
    hits = [];
    const seen = new Set<string>();
    for (const name of corpus.synonyms(query)) hits.push(...topicHits(corpus, name, seen));
  }
  const inRangeHits = hits.filter((hit) => inRange(hit, from.value, to.value));
  // A statement its own article repeats in part is shown once, in its fuller form.
  const ids = new Set(inRangeHits.map((hit) => hit.id));
  const entries = inRangeHits.filter((hit) => !ids.has(corpus.echoOf(hit.id) ?? '')).sort(chronological);
  const notes: string[] = [];
  if (!speaker && entries.length > 0) notes.push(`No speaker in the corpus is called “${query}”, so these are statements about it.`);
  const members = entries.filter((entry) => entry.speaksFor).length;
  if (members > 0) notes.push(`${members} of these are by people who speak for ${speaker} by their role.`);
  if (entries.length === 0) {
    const range = from.value || to.value ? ` between ${from.value ? formatPartialDate(from.value) : 'the start'} and ${to.value ? formatPartialDate(to.value) : 'now'}` : '';
    notes.push(
      speaker
        ? `${speaker} said nothing in the corpus${range}.`
        : `No statement is about "${query}"${range}. Try a speaker's name or fewer words.`,
    );
  }
  return { kind: 'timeline', query, speaker, from: from.value?.date ?? null, to: to.value?.date ?? null, entries, notes };
}
