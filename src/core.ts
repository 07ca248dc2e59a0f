// The bot core: opens a corpus (from its snapshot when nothing changed), and answers who-said and timeline
// questions with plain data. Knows nothing of Slack, Discord or terminals.
import { performance } from 'node:perf_hooks';
import { SpeakerDirectory } from './answer/speakers.ts';
import { SearchableCorpus } from './answer/searchable.ts';
import { type TimelineRequest, timeline } from './answer/timeline.ts';
import { whoSaid } from './answer/who-said.ts';
import type { CorpusWarning } from './corpus/load.ts';
import { StatementIndex } from './index/search-index.ts';
import { SNAPSHOT_FORMAT, corpusHash, loadSnapshot, saveSnapshot, snapshotPath } from './index/snapshot.ts';
import type { Logger } from './log.ts';
import { silentLogger } from './log.ts';
import type { Document, Source, Statement, TimelineAnswer, UsageAnswer, WhoSaidAnswer } from './model.ts';
import { buildCorpus, readCorpusInput } from './pipeline.ts';

export interface OpenOptions {
  corpusDir: string;
  dataDir: string;
  log?: Logger;
  /** Skip reading and writing snapshots (tests of extraction itself). */
  snapshots?: boolean;
}

export interface CoreStats {
  documents: number;
  statements: number;
  fromSnapshot: boolean;
  openMs: number;
}

export class Whosaid {
  private constructor(
    private readonly corpus: SearchableCorpus,
    readonly warnings: readonly CorpusWarning[],
    readonly stats: CoreStats,
  ) {}

  static async open(options: OpenOptions): Promise<Whosaid> {
    const log = options.log ?? silentLogger;
    const started = performance.now();
    const input = await readCorpusInput(options.corpusDir);
    const hash = corpusHash(input, String(SNAPSHOT_FORMAT));
    const useSnapshots = options.snapshots ?? true;
    const path = snapshotPath(options.dataDir, options.corpusDir, hash);

    const snapshot = useSnapshots ? await loadSnapshot(path, hash) : null;
    let saved: StatementIndex | null = null;
    if (snapshot) {
      try {
        saved = StatementIndex.fromSaved(snapshot.index);
      } catch (error) {
        log.warn(`index: snapshot ${path} is unusable (${(error as Error).message}); reading the corpus again`);
      }
    }

    let documents: Document[];
    let statements: Statement[];
    let index: StatementIndex;
    let warnings: CorpusWarning[];
    let aliasGroups: string[][];
    if (snapshot && saved) {
      ({ documents, statements, aliasGroups } = snapshot);
      warnings = [...input.warnings, ...snapshot.warnings];
      index = saved;
    } else {
      const built = buildCorpus(input);
      ({ documents, statements, warnings, aliasGroups } = built);
      index = StatementIndex.build(statements);
      if (useSnapshots) {
        const parseWarnings = warnings.filter((w) => !input.warnings.includes(w));
        try {
          await saveSnapshot(options.dataDir, options.corpusDir, { format: SNAPSHOT_FORMAT, hash, documents, statements, warnings: parseWarnings, aliasGroups, index: index.toJSON() });
        } catch (error) {
          log.warn(`index: could not save a snapshot in ${options.dataDir}: ${(error as Error).message}`);
        }
      }
    }
    for (const warning of warnings) log.warn(`corpus: ${warning.skipped ? 'skipped' : 'loaded'} ${warning.file}: ${warning.message}`);
    const stats: CoreStats = {
      documents: documents.length,
      statements: statements.length,
      fromSnapshot: saved !== null,
      openMs: Math.round(performance.now() - started),
    };
    log.info(`corpus: ${stats.documents} articles, ${stats.statements} statements ${stats.fromSnapshot ? 'from snapshot' : 'extracted'} in ${stats.openMs} ms`);
    const corpus = new SearchableCorpus(documents, statements, index, new SpeakerDirectory(statements), aliasGroups);
    return new Whosaid(corpus, warnings, stats);
  }

  whoSaid(phrase: string): WhoSaidAnswer | UsageAnswer {
    return whoSaid(this.corpus, phrase);
  }

  timeline(request: TimelineRequest): TimelineAnswer | UsageAnswer {
    return timeline(this.corpus, request);
  }

  /** Every statement (of one article when `doc` is given), with its source. */
  statements(doc?: string): Array<Statement & { source: Source }> {
    return this.corpus.statements.filter((s) => !doc || s.doc === doc).map((s) => ({ ...s, source: this.corpus.source(s.doc) }));
  }

  /** Speaker names for autocomplete, most quoted first. */
  suggestSpeakers(typed: string, limit = 25): Array<{ name: string; role?: string }> {
    return this.corpus.speakers.suggest(typed, limit).map((e) => ({ name: e.canonical, ...(e.role ? { role: e.role } : {}) }));
  }
}
