// /who-said: the statements whose own words match the phrase, exact phrase first, typos forgiven; nothing when
// nothing really matches — never a weak unrelated hit.
import type { Highlight, Statement, StatementHit, UsageAnswer, WhoSaidAnswer } from '../model.ts';
import { matchText, mergeRanges, prefixTermOf, queryTerms, termMatches } from './match.ts';
import { contrastWith, flipsAgainst, nearRun, negationsAway, negationsOver, oppositeOf, questionFlips } from './polarity.ts';
import { checkQuery } from './query.ts';
import { oppositesOf } from './antonyms.ts';
import type { SearchableCorpus } from './searchable.ts';

const MAX_RESULTS = 10;

/** A statement that matched, before it becomes an answer entry (only the ten shown do). */
interface Ranked {
  statement: Statement;
  score: number;
  highlights: Highlight[];
  contrast: StatementHit['contrast'];
}

/**
 * The phrase's meaningful words a statement must contain: all of a short phrase, and a quote remembered with one
 * word in four wrong for longer ones. Fewer is a paraphrase, and a paraphrase's nearest words are often its
 * opposite ("China's plan is not credible" → "fully supports China's plan").
 */
export function wordsNeeded(contentWords: number): number {
  return contentWords - Math.floor(contentWords / 4);
}
/** Statements verified per question, best candidates first: enough for a page of answers many times over. */
const CANDIDATES = 300;
const KIND_BONUS = { direct: 0.03, partial: 0.02, indirect: 0 } as const;
/** localeCompare(…, 'en', { numeric: true }) with its collator made once: made per call, it was a tenth of a question's time. */
const byId = new Intl.Collator('en', { numeric: true }).compare;

function withRanges(text: string, highlights: readonly Highlight[], extra: readonly Highlight[]): Highlight[] {
  const all = [...highlights, ...extra.map(({ start, end }) => ({ start, end }))].sort((a, b) => a.start - b.start);
  return mergeRanges(all.filter((range, i) => i === 0 || range.start >= (all[i - 1] as Highlight).end), text);
}

export function whoSaid(corpus: SearchableCorpus, raw: string): WhoSaidAnswer | UsageAnswer {
  const checked = checkQuery(raw, 'a phrase to look for');
  if (!checked.ok) return { kind: 'usage', command: 'who-said', message: checked.message };
  const query = checked.value;
  const terms = queryTerms(query);
  const notes: string[] = [];
  if (terms.content.length === 0) {
    return { kind: 'who-said', query, results: [], notes: [`"${query}" has only common words; add a word that was actually said.`] };
  }

  const ranked: Ranked[] = [];
  const flips = questionFlips(terms.all);
  const needed = wordsNeeded(terms.content.length) / terms.content.length;
  // Only the statement's own words count below, so only they are searched (not the sentence around it). A
  // statement saying the opposite has the opposite word in place of the question's: it stands for it here.
  const candidates = corpus.index.candidates({
    terms: terms.content,
    fields: ['text'],
    atLeast: wordsNeeded(terms.content.length),
    wordMatches: termMatches,
    prefixTerm: prefixTermOf(terms),
    alternatives: oppositesOf,
    limit: CANDIDATES,
  });
  for (const id of candidates) {
    const statement = corpus.statement(id);
    if (!statement) continue;
    const tokens = corpus.tokensOf(statement);
    const match = matchText(terms, statement.text, tokens);
    // A missing word whose opposite the statement has is not a word misremembered: the question asks the opposite.
    const opposite = oppositeOf(terms.content, tokens);
    if (match.coverage < needed && !(opposite && match.coverage >= (terms.content.length - 1) / terms.content.length)) continue;
    // Where the question's words stand together, only a negation over them counts; scattered matches (a typo
    // match far away) must not pick up a "not" that is about something else.
    const near = nearRun(tokens, match.highlights, match.run);
    // One "not" over both the run and a word away from it ("must not be seen" asked "must be seen") is one negation.
    const negations = [...new Set([...negationsOver(tokens, near), ...negationsAway(tokens, match.highlights, near, terms.content)])];
    const contrast = contrastWith(flipsAgainst(flips, tokens), statement.polarity, statement.cue, negations) ?? opposite;
    // A statement saying the opposite ranks below every true match, however many words it shares, and shows the
    // words that make it opposite.
    const score = match.coverage * 0.6 + match.phrase * 0.4 + KIND_BONUS[statement.kind] - (contrast ? 1 : 0);
    const highlights = contrast?.kind === 'negation' && contrast.inStatement ? withRanges(statement.text, match.highlights, negations) : match.highlights;
    ranked.push({ statement, score: Number(score.toFixed(4)), highlights, contrast });
  }
  ranked.sort((a, b) => b.score - a.score || byId(a.statement.id, b.statement.id));

  // The same statement reported by several articles is one answer, listed under the best-matching report.
  const results: StatementHit[] = [];
  const covered = new Set<string>();
  const matched = new Set(ranked.map(({ statement }) => statement.id));
  for (const { statement, score, highlights, contrast } of ranked) {
    // A partial repeat of a statement that also matched is the same words: listed once, in the fuller form.
    if (covered.has(statement.id) || matched.has(corpus.echoOf(statement.id) ?? '')) continue;
    results.push(corpus.hit(statement, score, highlights, contrast));
    for (const other of corpus.sameStatementIds(statement)) covered.add(other);
    if (results.length === MAX_RESULTS) break;
  }

  if (results.length > 0 && results.every((hit) => hit.contrast)) {
    notes.push(`Nothing in the corpus says “${query}”; ${results.length === 1 ? 'this statement says' : 'these statements say'} otherwise.`);
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
