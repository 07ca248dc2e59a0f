// What the answers read: statements, their articles, the index and the speakers — nothing platform-specific.
import type { Document, Source, Statement, StatementHit } from '../model.ts';
import type { StatementIndex } from '../index/search-index.ts';
import { aliasKey } from '../entities/registry.ts';
import type { SpeakerDirectory } from './speakers.ts';
import { family, sameStatement } from './same-statement.ts';

export class SearchableCorpus {
  private readonly statementsById: Map<string, Statement>;
  private readonly documentsById: Map<string, Document>;
  /** Statements by each name of their speaker's family: the only ones that can be the same statement. */
  private readonly byFamily = new Map<string, Statement[]>();
  private readonly position = new Map<string, number>();
  private readonly sameCache = new Map<string, Statement[]>();

  constructor(
    readonly documents: readonly Document[],
    readonly statements: readonly Statement[],
    readonly index: StatementIndex,
    readonly speakers: SpeakerDirectory,
    private readonly aliasGroups: readonly string[][] = [],
  ) {
    this.statementsById = new Map(statements.map((s) => [s.id, s]));
    this.documentsById = new Map(documents.map((d) => [d.id, d]));
    for (const [index, statement] of statements.entries()) {
      this.position.set(statement.id, index);
      for (const name of family(statement)) {
        const bucket = this.byFamily.get(name) ?? [];
        bucket.push(statement);
        this.byFamily.set(name, bucket);
      }
    }
  }

  /** The same statement reported elsewhere, in corpus order; computed once per statement (the corpus never changes). */
  private sameAs(statement: Statement): Statement[] {
    const cached = this.sameCache.get(statement.id);
    if (cached) return cached;
    const candidates = new Map<string, Statement>();
    for (const name of family(statement)) for (const other of this.byFamily.get(name) ?? []) candidates.set(other.id, other);
    const same = [...candidates.values()]
      .filter((other) => other.id !== statement.id && sameStatement(statement, other))
      .sort((a, b) => (this.position.get(a.id) ?? 0) - (this.position.get(b.id) ?? 0));
    this.sameCache.set(statement.id, same);
    return same;
  }

  /** The query and every other name of what it names ("Kiev" → "Kyiv", "Kiew"), for topic searches. */
  synonyms(query: string): string[] {
    const key = aliasKey(query);
    const group = this.aliasGroups.find((names) => names.some((name) => aliasKey(name) === key));
    return group ? [query, ...group.filter((name) => aliasKey(name) !== key)] : [query];
  }

  statement(id: string): Statement | undefined {
    return this.statementsById.get(id);
  }

  source(docId: string): Source {
    const document = this.documentsById.get(docId);
    if (!document) throw new Error(`whosaid: statement refers to unknown document ${docId}`);
    const { title, outlet, author, url, published, language } = document;
    return { title, outlet, author, url, published, language };
  }

  hit(statement: Statement, score: number, highlights: StatementHit['highlights']): StatementHit {
    const alsoReportedBy = this.sameAs(statement).map((other) => ({ statement: other.id, doc: other.doc, source: this.source(other.doc), text: other.text }));
    return { ...statement, source: this.source(statement.doc), score, highlights, alsoReportedBy };
  }
}
