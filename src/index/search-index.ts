// MiniSearch over statements. The options live in one constant because loading a saved index must get exactly the
// ones it was built with.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Statement } from '../model.ts';
import { fold, tokenize } from '../text/fold.ts';
import { isStopword } from '../text/stopwords.ts';

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

/**
 * Edit distance MiniSearch may use to find candidates. It counts a swap of two letters ("victroy") as two
 * edits, so this is looser than the Damerau check the answers then apply (`allowedTypos` in answer/match.ts).
 */
export function candidateTypos(term: string): number {
  if (term.length >= 6) return 2;
  if (term.length >= 4) return 1;
  return 0;
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
  private constructor(private readonly search: MiniSearch<IndexedStatement>) {}

  static build(statements: readonly Statement[]): StatementIndex {
    const search = new MiniSearch(MINISEARCH_OPTIONS);
    search.addAll(statements.map(toIndexed));
    return new StatementIndex(search);
  }

  /** From the object `toJSON` gave (already parsed with the rest of the snapshot); throws if MiniSearch rejects it. */
  static fromSaved(saved: unknown): StatementIndex {
    return new StatementIndex(MiniSearch.loadJS(saved as AsPlainObject, MINISEARCH_OPTIONS));
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

  /** Candidate statements for the query terms, typo-tolerant; the answer modules rank them properly. */
  candidates(terms: readonly string[], fields: Array<'text' | 'speaker' | 'context'>, limit = 300): SearchResult[] {
    if (terms.length === 0) return [];
    const results = this.search.search(terms.join(' '), {
      fields,
      boost: { text: 3, speaker: 1, context: 1 },
      fuzzy: (term) => candidateTypos(term) || false,
      prefix: (term, index, all) => index === all.length - 1 && term.length >= 4,
      combineWith: 'OR',
    });
    return results.slice(0, limit);
  }
}
