// /who-said: the statements whose own words match the phrase, exact phrase first, typos forgiven; nothing when
// nothing really matches — never a weak unrelated hit.
import type { StatementHit, UsageAnswer, WhoSaidAnswer } from '../model.ts';
import { matchText, queryTerms } from './match.ts';
import { checkQuery } from './query.ts';
import type { SearchableCorpus } from './searchable.ts';

/** Share of the phrase's meaningful words a statement must contain to be an answer at all. */
const MIN_COVERAGE = 0.6;
const MAX_RESULTS = 10;
const KIND_BONUS = { direct: 0.03, partial: 0.02, indirect: 0 } as const;

export function whoSaid(corpus: SearchableCorpus, raw: string): WhoSaidAnswer | UsageAnswer {
  const checked = checkQuery(raw, 'a phrase to look for');
  if (!checked.ok) return { kind: 'usage', command: 'who-said', message: checked.message };
  const query = checked.value;
  const terms = queryTerms(query);
  const notes: string[] = [];
  if (terms.content.length === 0) {
    return { kind: 'who-said', query, results: [], notes: [`"${query}" has only common words; add a word that was actually said.`] };
  }

  const ranked: StatementHit[] = [];
  // Only the statement's own words count below, so only they are searched (not the sentence around it).
  for (const candidate of corpus.index.candidates(terms.content, ['text'])) {
    const statement = corpus.statement(String(candidate.id));
    if (!statement) continue;
    const match = matchText(terms, statement.text, corpus.tokensOf(statement));
    // A single-word phrase must be in the statement; a longer one mostly.
    const needed = terms.content.length === 1 ? 1 : MIN_COVERAGE;
    if (match.coverage < needed) continue;
    const score = match.coverage * 0.6 + match.phrase * 0.4 + KIND_BONUS[statement.kind];
    ranked.push(corpus.hit(statement, Number(score.toFixed(4)), match.highlights));
  }
  ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id, 'en', { numeric: true }));

  // The same statement reported by several articles is one answer, listed under the best-matching report.
  const results: StatementHit[] = [];
  const covered = new Set<string>();
  for (const hit of ranked) {
    if (covered.has(hit.id)) continue;
    results.push(hit);
    for (const other of hit.alsoReportedBy) covered.add(other.statement);
    if (results.length === MAX_RESULTS) break;
  }

  if (results.length === 0) {
    const speaker = corpus.speakers.find(query);
    notes.push(
      speaker
        ? `No statement contains "${query}", but ${speaker} is a speaker: try /timeline ${speaker}.`
        : `No statement matches "${query}". Try fewer or different words, or /timeline with a speaker's name.`,
    );
  }
  return { kind: 'who-said', query, results, notes };
}
