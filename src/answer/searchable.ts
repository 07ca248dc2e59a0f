// What the answers read: statements, their articles, the index and the speakers — nothing platform-specific.
import type { Document, Source, Statement, StatementHit } from '../model.ts';
import type { StatementIndex } from '../index/search-index.ts';
import { aliasKey } from '../entities/registry.ts';
import type { SpeakerDirectory } from './speakers.ts';
import { sameStatement } from './same-statement.ts';

export class SearchableCorpus {
  private readonly statementsById: Map<string, Statement>;
  private readonly documentsById: Map<string, Document>;

  constructor(
    readonly documents: readonly Document[],
    readonly statements: readonly Statement[],
    readonly index: StatementIndex,
    readonly speakers: SpeakerDirectory,
    private readonly aliasGroups: readonly string[][] = [],
  ) {
    this.statementsById = new Map(statements.map((s) => [s.id, s]));
    this.documentsById = new Map(documents.map((d) => [d.id, d]));
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
    const alsoReportedBy = this.statements
      .filter((other) => other.id !== statement.id && sameStatement(statement, other))
      .map((other) => ({ statement: other.id, doc: other.doc, source: this.source(other.doc), text: other.text }));
    return { ...statement, source: this.source(statement.doc), score, highlights, alsoReportedBy };
  }
}
