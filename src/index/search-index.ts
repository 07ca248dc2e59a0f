// MiniSearch over statements. The options live in one constant because loading a saved index must get exactly the
// ones it was built with.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Statement } from '../model.ts';
import { fold, tokenize } from '../text/fold.ts';
import { STOPWORDS, isStopword } from '../text/stopwords.ts';

const STOPWORDS_LIST = [...STOPWORDS];

interface IndexedStatement {
  id: string;
  text: string;
  speaker: string;
  context: string;
}

// Stop words never enter the posting lists: they match everything, cost the most, and rank nothing.
export const MINISEARCH_OPTIONS: Options<IndexedStatement> = {
  idField: 'id',
  fields: ['text', 'speaker', 'context'],
  storeFields: [],
  tokenize: (text) => tokenize(text).map((token) => token.norm),
  processTerm: (term) => {
    const folded = fold(term);
    return isStopword(folded) ? null : folded;
  },
};

type Field = 'text' | 'speaker' | 'context';

/** What a question looks for: each term as the answers will count it, and how many of them a statement must hold. */
export interface CandidateQuery {
  terms: readonly string[];
  fields: readonly Field[];
  /** A statement holding fewer of the terms than this cannot be an answer. */
  atLeast: number;
  /** Whether an indexed word counts as the term (the answers' own rule: typos, plurals, the last word as a prefix). */
  wordMatches: (term: string, word: string, asPrefix: boolean) => boolean;
  /** The term also matched as the start of a longer word, if any (the last word typed). */
  prefixTerm: string | null;
  /** Words that stand for the term at this stage though they do not match it (its opposites, which answers flag). */
  alternatives?: (term: string) => readonly string[];
  /** How many candidates to return, best first. */
  limit: number;
}

/**
 * Widest Levenshtein distance searched in the vocabulary for a word of this length: the typos the answers forgive
 * (a swap of two letters is one for them and two here) and the plural endings they accept. The answers' rule then
 * keeps only the words that really count.
 */
function vocabularyReach(term: string): number {
  if (term.length >= 9) return 3; // two typos the answers forgive: a swap (two here) and one more
  return term.length >= 4 ? 2 : 0;
}

/** One query term's postings: every matching word's statements, per searched field. */
interface TermPostings {
  lists: Array<{ docs: Map<number, number>; boost: number }>;
  /** Statements holding the term (an upper bound: a statement may hold two of its words). */
  count: number;
  weight: number;
  /**
   * The term is not in the corpus but a typo away from a stop word ("thier"), which the index leaves out: any
   * statement may hold it, so it is never required of a candidate.
   */
  unindexed: boolean;
}

const FIELD_BOOST: Record<Field, number> = { text: 3, speaker: 1, context: 1 };

/**
 * MiniSearch with reading access to its posting lists, which it keeps protected: a question's cost then follows its
 * rarest words rather than the whole corpus (MiniSearch's own search scores every statement holding any query word,
 * typo variants included — tens of thousands for a common word).
 */
class StatementSearch extends MiniSearch<IndexedStatement> {
  /** A loaded MiniSearch's state moved into this class (MiniSearch's loader always makes a plain MiniSearch). */
  static adopt(loaded: MiniSearch<IndexedStatement>): StatementSearch {
    return Object.assign(new StatementSearch(MINISEARCH_OPTIONS), loaded);
  }

  private postingsOf(term: string, query: CandidateQuery): TermPostings {
    const words = new Map<string, Map<number, Map<number, number>>>();
    const exact = this._index.get(term);
    if (exact) words.set(term, exact);
    const reach = vocabularyReach(term);
    if (reach > 0) for (const [word, [data]] of this._index.fuzzyGet(term, reach)) if (!words.has(word) && query.wordMatches(term, word, false)) words.set(word, data);
    if (term === query.prefixTerm && term.length >= 4) for (const [word, data] of this._index.atPrefix(term)) if (!words.has(word)) words.set(word, data);
    for (const word of query.alternatives?.(term) ?? []) {
      const data = this._index.get(word);
      if (data && !words.has(word)) words.set(word, data);
    }
    const lists: TermPostings['lists'] = [];
    let count = 0;
    for (const data of words.values()) {
      for (const field of query.fields) {
        const docs = data.get(this._fieldIds[field] as number);
        if (!docs) continue;
        lists.push({ docs, boost: FIELD_BOOST[field] });
        count += docs.size;
      }
    }
    // Only a word the corpus never uses is taken for a misspelt stop word: "thier" may be "their", "three" is three.
    const unindexed = !exact && STOPWORDS_LIST.some((stopword) => query.wordMatches(term, stopword, term === query.prefixTerm));
    return { lists, count, weight: Math.log(1 + this._documentCount / Math.max(1, count)), unindexed };
  }

  /**
   * Statements holding at least `atLeast` of the terms, best first. Such a statement holds at least one of the
   * (terms − atLeast + 1) rarest terms, so only their postings are read; every other term is a lookup per statement.
   * A term that may be a stop word counts as held: the answers' own check decides.
   */
  candidates(query: CandidateQuery): string[] {
    const postings = query.terms.map((term) => this.postingsOf(term, query)).sort((a, b) => a.count - b.count);
    const free = postings.filter((term) => term.unindexed).length;
    const atLeast = Math.max(1, Math.min(query.atLeast, postings.length));
    const indexed = postings.filter((term) => !term.unindexed);
    const required = atLeast - free;
    // Where the indexed terms alone need not reach the bar, a candidate must still hold one term of any kind.
    const scanned = required > 0 ? indexed.slice(0, indexed.length - required + 1) : postings;
    const scored: Array<{ shortId: number; held: number; score: number; length: number }> = [];
    const seen = new Set<number>();
    const textField = this._fieldIds.text as number;
    for (const rare of scanned) {
      for (const { docs } of rare.lists) {
        for (const shortId of docs.keys()) {
          if (seen.has(shortId)) continue;
          seen.add(shortId);
          if (!this._documentIds.has(shortId)) continue; // discarded, not yet vacuumed
          // Rarest terms first, so a statement that cannot reach the bar is set aside after a lookup or two.
          let held = 0;
          let missing = 0;
          for (const term of postings) {
            let has = false;
            for (const list of term.lists) {
              if (list.docs.has(shortId)) {
                has = true;
                break;
              }
            }
            if (has) held++;
            else if (!term.unindexed && ++missing > postings.length - atLeast) break;
          }
          if (missing > postings.length - atLeast) continue;
          let score = 0;
          for (const term of postings) {
            let best = 0;
            for (const list of term.lists) if (list.boost > best && list.docs.has(shortId)) best = list.boost;
            score += term.weight * best;
          }
          scored.push({ shortId, held, score, length: this._fieldLength.get(shortId)?.[textField] ?? 0 });
        }
      }
    }
    // More terms first; then rarer ones; then the shorter statement, where the words more likely stand together.
    scored.sort((a, b) => b.held - a.held || b.score - a.score || a.length - b.length || a.shortId - b.shortId);
    return scored.slice(0, query.limit).map(({ shortId }) => String(this._documentIds.get(shortId)));
  }
}

function toIndexed(statement: Statement): IndexedStatement {
  const { speaker } = statement;
  return {
    id: statement.id,
    text: statement.text,
    speaker: [speaker.canonical, speaker.name, ...speaker.aliases, speaker.role ?? ''].join(' '),
    context: statement.context,
  };
}

export class StatementIndex {
  private constructor(private readonly search: StatementSearch) {}

  static build(statements: readonly Statement[]): StatementIndex {
    const search = new StatementSearch(MINISEARCH_OPTIONS);
    search.addAll(statements.map(toIndexed));
    return new StatementIndex(search);
  }

  /** From the object `toJSON` gave (already parsed with the rest of the snapshot); throws if MiniSearch rejects it. */
  static fromSaved(saved: unknown): StatementIndex {
    return new StatementIndex(StatementSearch.adopt(MiniSearch.loadJS(saved as AsPlainObject, MINISEARCH_OPTIONS)));
  }

  /** Indexes more statements (a new or changed article). */
  add(statements: readonly Statement[]): void {
    this.search.addAll(statements.map(toIndexed));
  }

  /** Drops statements; MiniSearch cleans their postings up in the background (auto-vacuum). */
  discard(ids: readonly string[]): void {
    for (const id of ids) if (this.search.has(id)) this.search.discard(id);
  }

  toJSON(): AsPlainObject {
    return this.search.toJSON();
  }

  /** Ids of the statements that can answer the query, best first; the answer modules rank them properly. */
  candidates(query: CandidateQuery): string[] {
    if (query.terms.length === 0) return [];
    return this.search.candidates(query);
  }
}
