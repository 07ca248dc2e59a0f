// MiniSearch over statements. The options live in one constant because loading a saved index must get exactly the
// ones it was built with.
import MiniSearch, { type Options } from 'minisearch';
import type { Statement } from '../model.ts';
import { type DocSet, LazyMap, LazyTermPostings, type PackedPostings, type TermPostings as FieldPostings, docsOf, packPostings, postingsFault } from './packed-postings.ts';
import { DenseIds } from './dense-ids.ts';
import { type StoredStrings, readStrings, sameStrings, storeStrings } from './packed-strings.ts';
import { buildPackedIndex } from './packed-build.ts';
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
const TOKENIZE = (text: string): string[] => tokenize(text).map((token) => token.norm);
const PROCESS_TERM = (term: string): string | null => {
  const folded = fold(term);
  return isStopword(folded) ? null : folded;
};

export const MINISEARCH_OPTIONS: Options<IndexedStatement> & { fields: string[] } = {
  idField: 'id',
  fields: ['text', 'speaker', 'context'],
  storeFields: [],
  tokenize: TOKENIZE,
  processTerm: PROCESS_TERM,
};

type Field = 'text' | 'speaker' | 'context';

/** MiniSearch's state in arrays: what a snapshot stores of the index. */
export interface PackedIndex {
  fieldIds: Record<string, number>;
  nextId: number;
  averageFieldLength: number[];
  /** Statement ids, with their MiniSearch short ids and field lengths (fields per statement) at the same place. */
  ids: StoredStrings;
  shortIds: Uint32Array;
  fieldLengths: Uint32Array;
  postings: PackedPostings;
}

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
  lists: Array<{ docs: DocSet; boost: number }>;
  /** Statements holding the term (an upper bound: a statement may hold two of its words). */
  count: number;
  weight: number;
  /**
   * The term is not in the corpus but a typo away from a stop word ("thier"), which the index leaves out: any
   * statement may hold it, so it is never required of a candidate.
   */
  unindexed: boolean;
  /** The term's best boost per short id, when looking it up for many statements is worth a pass over its postings. */
  boosts?: Uint8Array;
}

/**
 * A term's best boost per statement in one array: one pass over its postings, then a read per statement, where
 * searching each of its lists by halves costs a dozen reads per list per statement.
 */
function fillBoosts(term: TermPostings, boosts: Uint8Array): Uint8Array {
  const size = boosts.length;
  for (const { docs, boost } of term.lists) {
    for (const shortId of docs.keys()) if (shortId < size && (boosts[shortId] as number) < boost) boosts[shortId] = boost;
  }
  return boosts;
}

/**
 * A term is read into an array when its postings are at most this many times the lookups it would otherwise take
 * (statements to look up × its lists); a search by halves costs a dozen reads, a posting read into the array one.
 */
const BOOSTS_WORTH = 4;

const FIELD_BOOST: Record<Field, number> = { text: 3, speaker: 1, context: 1 };
/** Terms whose nearby words are remembered at once (a few dozen words each). */
const NEAR_WORDS_KEPT = 20_000;

/**
 * MiniSearch with reading access to its posting lists, which it keeps protected: a question's cost then follows its
 * rarest words rather than the whole corpus (MiniSearch's own search scores every statement holding any query word,
 * typo variants included — tens of thousands for a common word).
 */
class StatementSearch extends MiniSearch<IndexedStatement> {
  constructor(options: Options<IndexedStatement>) {
    super(options);
    // MiniSearch's own addTerm (private to it) would build a packed term's Maps to add one posting.
    Object.assign(this, { addTerm: (field: number, doc: number, term: string) => this.addPosting(field, doc, term) });
  }

  /** MiniSearch's addTerm, except that a term still packed takes the posting beside its arrays. */
  private addPosting(field: number, doc: number, term: string): void {
    const postings = this._index.get(term);
    if (postings instanceof LazyTermPostings) {
      postings.addPosting(field, doc);
      return;
    }
    const data = postings ?? new Map<number, Map<number, number>>();
    if (!postings) this._index.set(term, data);
    const docs = data.get(field) ?? new Map<number, number>();
    docs.set(doc, (docs.get(doc) ?? 0) + 1);
    data.set(field, docs);
  }

  /** The index as typed arrays and plain lists, for a snapshot. Statements discarded but not yet vacuumed are left out. */
  pack(): PackedIndex {
    const ids: string[] = [];
    const shortIds: number[] = [];
    const fieldCount = Object.keys(this._fieldIds).length;
    const fieldLengths = new Uint32Array(this._documentIds.size * fieldCount);
    for (const [shortId, id] of this._documentIds) {
      for (let field = 0; field < fieldCount; field++) fieldLengths[ids.length * fieldCount + field] = this.fieldLengthOf(shortId, field);
      ids.push(String(id));
      shortIds.push(shortId);
    }
    return {
      fieldIds: { ...this._fieldIds },
      nextId: this._nextId,
      averageFieldLength: [...this._avgFieldLength],
      ids: storeStrings(ids),
      shortIds: Uint32Array.from(shortIds),
      fieldLengths,
      postings: packPostings(this._index, fieldCount, (shortId) => this._documentIds.has(shortId)),
    };
  }

  /**
   * The index from its packed form; a term's Maps are built when first touched. Throws when the arrays disagree.
   * `known`: ids already read from the same snapshot; when they were stored the same, they are used, not read again.
   */
  static unpack(packed: PackedIndex, known?: { stored: StoredStrings; ids: readonly string[] }): StatementSearch {
    const search = new StatementSearch(MINISEARCH_OPTIONS);
    const fieldCount = Object.keys(search._fieldIds).length;
    const ids = known && sameStrings(known.stored, packed.ids) ? known.ids : readStrings(packed.ids);
    const terms = readStrings(packed.postings.terms);
    const fault =
      JSON.stringify(packed.fieldIds) !== JSON.stringify(search._fieldIds)
        ? 'its fields are not the index fields'
        : packed.shortIds.length !== ids.length || packed.fieldLengths.length !== ids.length * fieldCount
          ? 'statement columns differ in length'
          : postingsFault(packed.postings, terms.length);
    if (fault) throw new Error(`index: ${fault}`);
    search._documentCount = ids.length;
    search._nextId = packed.nextId;
    search._avgFieldLength = [...packed.averageFieldLength];
    const { shortIds, fieldLengths } = packed;
    // Field lengths stay in one array by short id, not an array per statement: MiniSearch reads them only to keep an
    // average up to date, which nothing here uses.
    search.packedLengths = new Uint32Array(packed.nextId * fieldCount);
    const byShortId: (string | undefined)[] = new Array(packed.nextId).fill(undefined);
    for (let row = 0; row < ids.length; row++) {
      const shortId = shortIds[row] as number;
      if (shortId >= packed.nextId) throw new Error('index: a short id is past the last one given');
      byShortId[shortId] = ids[row] as string;
      for (let field = 0; field < fieldCount; field++) search.packedLengths[shortId * fieldCount + field] = fieldLengths[row * fieldCount + field] as number;
    }
    search._documentIds = new DenseIds(byShortId);
    // Id → short id is read only when an article is added or removed: made then, not at start-up.
    const documentIds = search._documentIds;
    search._idToShortId = new LazyMap(function* () {
      for (const [shortId, id] of documentIds) yield [id, shortId];
    });
    terms.forEach((term, number) => search._index.set(term, new LazyTermPostings(packed.postings, number)));
    return search;
  }

  /**
   * Words of the vocabulary within reach of a term, remembered: the search through the vocabulary's tree is a
   * question's costliest step, and questions share their words. Forgotten when words are added.
   */
  private readonly nearWords = new Map<string, string[]>();

  /** New statements may bring new words, within reach of any term. */
  forgetNearWords(): void {
    this.nearWords.clear();
  }

  private wordsNear(term: string, reach: number): string[] {
    let words = this.nearWords.get(term);
    if (!words) {
      words = [...this._index.fuzzyGet(term, reach).keys()];
      if (this.nearWords.size >= NEAR_WORDS_KEPT) this.nearWords.clear();
      this.nearWords.set(term, words);
    }
    return words;
  }

  private postingsOf(term: string, query: CandidateQuery): TermPostings {
    const words = new Map<string, FieldPostings>();
    const exact = this._index.get(term);
    if (exact) words.set(term, exact);
    const reach = vocabularyReach(term);
    if (reach > 0) {
      for (const word of this.wordsNear(term, reach)) {
        if (words.has(word) || !query.wordMatches(term, word, false)) continue;
        // A word vacuumed away since it was remembered is simply gone.
        const data = this._index.get(word);
        if (data) words.set(word, data);
      }
    }
    if (term === query.prefixTerm && term.length >= 4) for (const [word, data] of this._index.atPrefix(term)) if (!words.has(word)) words.set(word, data);
    for (const word of query.alternatives?.(term) ?? []) {
      const data = this._index.get(word);
      if (data && !words.has(word)) words.set(word, data);
    }
    const lists: TermPostings['lists'] = [];
    let count = 0;
    for (const data of words.values()) {
      for (const field of query.fields) {
        const docs = docsOf(data, this._fieldIds[field] as number);
        if (!docs) continue;
        lists.push({ docs, boost: FIELD_BOOST[field] });
        count += docs.size;
      }
    }
    // Only a word the corpus never uses is taken for a misspelt stop word: "thier" may be "their", "three" is three.
    const unindexed = !exact && STOPWORDS_LIST.some((stopword) => query.wordMatches(term, stopword, term === query.prefixTerm));
    return { lists, count, weight: Math.log(1 + this._documentCount / Math.max(1, count)), unindexed };
  }

  /** Field lengths by short id × field, for the statements read packed (a typed array: ranking reads 60,000 of them). */
  private packedLengths = new Uint32Array(0);

  /** A statement's field length: as MiniSearch's add() recorded it, or as the packed form holds it. */
  private fieldLengthOf(shortId: number, field: number): number {
    const added = this._fieldLength.get(shortId);
    if (added) return added[field] ?? 0;
    const fieldCount = MINISEARCH_OPTIONS.fields.length;
    return shortId * fieldCount < this.packedLengths.length ? (this.packedLengths[shortId * fieldCount + field] as number) : 0;
  }

  private textLengthOf(shortId: number): number {
    return this.fieldLengthOf(shortId, this._fieldIds.text as number);
  }

  /** Per short id, the question that last looked at the statement: a check with no Set of 60,000 ids per question. */
  private seenBy = new Uint32Array(0);
  private question = 0;

  /** Marks the statement as looked at by this question; false when it already was. */
  private firstLook(shortId: number): boolean {
    if (shortId >= this.seenBy.length) {
      const grown = new Uint32Array(Math.max(shortId + 1, this._nextId, this.seenBy.length * 2));
      grown.set(this.seenBy);
      this.seenBy = grown;
    }
    if (this.seenBy[shortId] === this.question) return false;
    this.seenBy[shortId] = this.question;
    return true;
  }

  /**
   * Statements holding at least `atLeast` of the terms, best first. Such a statement holds at least one of the
   * (terms − atLeast + 1) rarest terms, so only their postings are read; every other term is a lookup per statement.
   * A term that may be a stop word counts as held: the answers' own check decides. Only the best `limit` are kept
   * while reading, so a word in 60,000 statements costs a pass over them, not a sort.
   */
  candidates(query: CandidateQuery): string[] {
    const postings = query.terms.map((term) => this.postingsOf(term, query)).sort((a, b) => a.count - b.count);
    // Within a term, the fields that weigh most first: a statement first met in a list has no heavier list of that term.
    for (const term of postings) term.lists.sort((a, b) => b.boost - a.boost);
    const free = postings.filter((term) => term.unindexed).length;
    const atLeast = Math.max(1, Math.min(query.atLeast, postings.length));
    const indexed = postings.filter((term) => !term.unindexed);
    const required = atLeast - free;
    // Where the indexed terms alone need not reach the bar, a candidate must still hold one term of any kind.
    const scanned = required > 0 ? indexed.slice(0, indexed.length - required + 1) : postings;
    const looking = scanned.reduce((sum, term) => sum + term.count, 0);
    // Only terms looked up for statements met in another term's postings; a lone scanned term never is.
    const lookedUp = scanned.length === 1 ? postings.filter((term) => term !== scanned[0]) : postings;
    let pooled = 0;
    for (const term of lookedUp) if (term.count <= looking * term.lists.length * BOOSTS_WORTH) term.boosts = fillBoosts(term, this.boostArray(pooled++));
    const best = new TopCandidates(query.limit, (shortId) => this.textLengthOf(shortId));
    this.question = (this.question + 1) >>> 0 || 1;
    for (const rare of scanned) {
      for (const list of rare.lists) {
        for (const shortId of list.docs.keys()) {
          if (!this.firstLook(shortId)) continue;
          if (!this._documentIds.has(shortId)) continue; // discarded, not yet vacuumed
          // Rarest terms first, so a statement that cannot reach the bar is set aside after a lookup or two.
          let held = 0;
          let missing = 0;
          let score = 0;
          for (const term of postings) {
            let boost = 0;
            if (term === rare) boost = list.boost;
            else if (term.boosts) boost = term.boosts[shortId] ?? 0;
            else for (const other of term.lists) if (other.docs.has(shortId)) {
              boost = other.boost;
              break;
            }
            if (boost > 0) {
              held++;
              score += term.weight * boost;
            } else if (!term.unindexed && ++missing > postings.length - atLeast) break;
          }
          if (missing > postings.length - atLeast) continue;
          best.offer(shortId, held, score);
        }
      }
    }
    for (let used = 0; used < pooled; used++) this.boostArrays[used]?.fill(0);
    return best.ranked().map((shortId) => String(this._documentIds.get(shortId)));
  }

  /**
   * The `number`th array of boosts by short id, kept from question to question (and cleared after each): one of
   * 300,000 bytes per term per question made the heap grow by gigabytes before a collection.
   */
  private readonly boostArrays: Uint8Array[] = [];

  private boostArray(number: number): Uint8Array {
    let array = this.boostArrays[number];
    if (!array || array.length < this._nextId) {
      array = new Uint8Array(Math.max(this._nextId, 1024) + (this._nextId >> 3));
      this.boostArrays[number] = array;
    }
    return array;
  }
}

/**
 * The best `limit` statements offered, in a heap whose root is the worst kept. Better is: more terms held; then
 * rarer ones; then the shorter statement, where the words more likely stand together; then the earlier one.
 */
interface Candidate {
  shortId: number;
  held: number;
  score: number;
  length: number;
}

class TopCandidates {
  private readonly heap: Candidate[] = [];

  constructor(
    private readonly limit: number,
    private readonly lengthOf: (shortId: number) => number,
  ) {}

  /** Whether a statement with these figures is better than `b` (figures apart, so an offer makes no object to compare). */
  private static beats(shortId: number, held: number, score: number, length: number, b: Candidate): boolean {
    return held !== b.held ? held > b.held : score !== b.score ? score > b.score : length !== b.length ? length < b.length : shortId < b.shortId;
  }

  private static better(a: Candidate, b: Candidate): boolean {
    return TopCandidates.beats(a.shortId, a.held, a.score, a.length, b);
  }

  offer(shortId: number, held: number, score: number): void {
    const { heap } = this;
    if (this.limit <= 0) return;
    const root = heap[0];
    // Most statements of a common word lose to the worst kept on terms or score alone: no length lookup for them.
    if (heap.length === this.limit && root && (held < root.held || (held === root.held && score < root.score))) return;
    const length = this.lengthOf(shortId);
    if (heap.length < this.limit) {
      heap.push({ shortId, held, score, length });
      this.up(heap.length - 1);
    } else if (root && TopCandidates.beats(shortId, held, score, length, root)) {
      heap[0] = { shortId, held, score, length };
      this.down(0);
    }
  }

  /** Best first. */
  ranked(): number[] {
    return [...this.heap].sort((a, b) => (TopCandidates.better(a, b) ? -1 : 1)).map((entry) => entry.shortId);
  }

  private up(at: number): void {
    const { heap } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!TopCandidates.better(heap[parent] as Candidate, heap[at] as Candidate)) break;
      [heap[parent], heap[at]] = [heap[at] as Candidate, heap[parent] as Candidate];
      at = parent;
    }
  }

  private down(at: number): void {
    const { heap } = this;
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && TopCandidates.better(heap[worst] as Candidate, heap[left] as Candidate)) worst = left;
      if (right < heap.length && TopCandidates.better(heap[worst] as Candidate, heap[right] as Candidate)) worst = right;
      if (worst === at) return;
      [heap[worst], heap[at]] = [heap[at] as Candidate, heap[worst] as Candidate];
      at = worst;
    }
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

  /** The index of a whole corpus, built straight into the packed form MiniSearch opens (see packed-build.ts). */
  static build(statements: readonly Statement[]): StatementIndex {
    const fields = MINISEARCH_OPTIONS.fields;
    const seen = new Set<string>();
    const documents = statements.map((statement) => {
      // As MiniSearch's add() would: one entry per id.
      if (seen.has(statement.id)) throw new Error(`MiniSearch: duplicate ID ${statement.id}`);
      seen.add(statement.id);
      const indexed = toIndexed(statement);
      return { id: indexed.id, fields: fields.map((field) => indexed[field as Field]) };
    });
    return StatementIndex.unpack(buildPackedIndex(documents, { fields, tokenize: TOKENIZE, processTerm: PROCESS_TERM }));
  }

  /** From what `pack` gave (read back from a snapshot); throws when its parts do not fit together. */
  static unpack(packed: PackedIndex, known?: { stored: StoredStrings; ids: readonly string[] }): StatementIndex {
    return new StatementIndex(StatementSearch.unpack(packed, known));
  }

  /** Indexes more statements (a new or changed article). */
  add(statements: readonly Statement[]): void {
    this.search.addAll(statements.map(toIndexed));
    this.search.forgetNearWords();
  }

  /** Drops statements; MiniSearch cleans their postings up in the background (auto-vacuum). */
  discard(ids: readonly string[]): void {
    for (const id of ids) if (this.search.has(id)) this.search.discard(id);
  }

  pack(): PackedIndex {
    return this.search.pack();
  }

  /** Ids of the statements that can answer the query, best first; the answer modules rank them properly. */
  candidates(query: CandidateQuery): string[] {
    if (query.terms.length === 0) return [];
    return this.search.candidates(query);
  }
}
