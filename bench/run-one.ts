// One benchmark run at one corpus size, in its own process (so peak RSS and JIT state are its own). Prints one
// JSON object on stdout. Usage: tsx bench/run-one.ts --articles N --queries Q --seed S
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { Whosaid } from '../src/core.ts';
import { snapshotPath } from '../src/index/snapshot.ts';
import { makeCorpus, writeCorpus } from './corpus.ts';
import { askTimeline, askWhoSaid } from './answering.ts';
import { makeQueries } from './queries.ts';
import { seeded } from './random.ts';
import { type Percentiles, median, percentiles, round, time } from './stats.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, queries: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
const articles = Number(values.articles);
const queryCount = Number(values.queries);
const seed = Number(values.seed);
const mb = (bytes: number) => round(bytes / 1_048_576, 1);
const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 0);
const started = performance.now();
const progress = (what: string) => process.stderr.write(`bench[${articles}]: ${what} (${Math.round((performance.now() - started) / 1000)} s)\n`);

const work = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
const corpusDir = join(work, 'corpus');
const dataDir = join(work, 'data');
try {
  const random = seeded(seed);
  const corpus = await makeCorpus(articles, random);
  await writeCorpus(corpusDir, corpus.articles);
  const corpusBytes = corpus.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);

  progress('corpus written');
  // Ingest: read → clean → extract → index, then the snapshot save; one thread.
  const core = await Whosaid.open({ corpusDir, dataDir });
  const { timings } = core.stats;
  const ingestMs = timings.readMs + timings.extractMs + timings.indexMs;
  const ingest = {
    ms: ingestMs,
    articlesPerSec: round((core.stats.documents / ingestMs) * 1000, 0),
    mbPerSec: round(mb(corpusBytes) / (ingestMs / 1000), 2),
    readMs: timings.readMs,
    extractMs: timings.extractMs,
    indexMs: timings.indexMs,
    peakRssMb: peakRssMb(),
  };
  const snapshot = { bytes: (await stat(snapshotPath(dataDir, corpusDir))).size, mb: 0, saveMs: timings.saveMs };
  snapshot.mb = mb(snapshot.bytes);

  progress('ingested');
  // Cold start: a new process, from the snapshot, until it can answer. Three times, the median.
  const colds = [];
  for (let i = 0; i < 3; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cold-start.ts'), corpusDir, dataDir], { cwd: join(import.meta.dirname, '..') });
    colds.push(JSON.parse(stdout) as { readyMs: number; openMs: number; fromSnapshot: boolean; firstAnswerMs: number; caughtUpMs: number });
  }
  const coldStart = {
    readyMs: round(median(colds.map((c) => c.readyMs)), 0),
    openMs: median(colds.map((c) => c.openMs)),
    firstAnswerMs: round(median(colds.map((c) => c.firstAnswerMs)), 1),
    caughtUpMs: round(median(colds.map((c) => c.caughtUpMs)), 0),
    fromSnapshot: colds.every((c) => c.fromSnapshot),
  };

  progress('cold starts timed');
  const statements = core.statements();
  const queries = makeQueries(statements, queryCount, random);
  const whoSaid = askWhoSaid(core);
  const timelineOf = askTimeline(core);
  for (const q of queries.exact.slice(0, 50)) whoSaid(q);
  for (const q of queries.speakers.slice(0, 50)) timelineOf(q);

  const ours = {
    exact: percentiles(time(queries.exact, whoSaid)),
    typo: percentiles(time(queries.typo, whoSaid)),
    none: percentiles(time(queries.none, whoSaid)),
    speakerTimeline: percentiles(time(queries.speakers, timelineOf)),
    topicTimeline: percentiles(time(queries.topics, timelineOf)),
  };
  const whoSaidAll = percentiles(time([...queries.exact, ...queries.typo], whoSaid));
  const timelineAll = percentiles(time([...queries.speakers, ...queries.topics], timelineOf));

  progress('queries timed');
  // Quality checks on the same queries: answers found, and nothing for nonsense.
  const found = (q: string) => {
    const answer = core.whoSaid(q);
    return answer.kind === 'who-said' && answer.results.length > 0;
  };
  const quality = {
    exactAnswered: round(queries.exact.filter(found).length / queries.exact.length, 3),
    typoAnswered: round(queries.typo.filter(found).length / queries.typo.length, 3),
    noneAnswered: queries.none.filter(found).length,
  };

  // Baseline: plain MiniSearch over the same statement texts, default options (exact), and fuzzy 0.2 + prefix.
  const baselineIndex = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const buildStarted = performance.now();
  baselineIndex.addAll(statements.map((s) => ({ id: s.id, text: s.text })));
  const baselineBuildMs = round(performance.now() - buildStarted, 0);
  const exactSearch = (q: string) => baselineIndex.search(q);
  const fuzzySearch = (q: string) => baselineIndex.search(q, { fuzzy: 0.2, prefix: true });
  const baseline = {
    buildMs: baselineBuildMs,
    exact: { exact: percentiles(time(queries.exact, exactSearch)), typo: percentiles(time(queries.typo, exactSearch)), none: percentiles(time(queries.none, exactSearch)), whoSaidAll: percentiles(time([...queries.exact, ...queries.typo], exactSearch)) },
    fuzzy: { exact: percentiles(time(queries.exact, fuzzySearch)), typo: percentiles(time(queries.typo, fuzzySearch)), none: percentiles(time(queries.none, fuzzySearch)), whoSaidAll: percentiles(time([...queries.exact, ...queries.typo], fuzzySearch)) },
  };
  const ratio = (a: Percentiles, b: Percentiles) => round(a.p99 / Math.max(b.p99, 0.001), 2);
  const ratios = {
    whoSaidP99VsExactBaseline: ratio(whoSaidAll, baseline.exact.whoSaidAll),
    whoSaidP99VsFuzzyBaseline: ratio(whoSaidAll, baseline.fuzzy.whoSaidAll),
    noneP99VsExactBaseline: ratio(ours.none, baseline.exact.none),
  };

  progress('baseline timed');
  // One new article into the full index, on its own; then removing it again.
  const extra = corpus.extra[0];
  let addOne = { addMs: -1, statements: 0, removeMs: -1 };
  if (extra) {
    await writeFile(join(corpusDir, extra.file), extra.text);
    const added = await core.updateFile(extra.file);
    await rm(join(corpusDir, extra.file));
    const removed = await core.updateFile(extra.file);
    addOne = { addMs: added.ms, statements: 'statements' in added ? added.statements : 0, removeMs: removed.ms };
  }

  const result = {
    articles: core.stats.documents,
    statements: statements.length,
    corpusMb: mb(corpusBytes),
    source: corpus.source,
    ingest,
    snapshot,
    coldStart,
    latencyMs: { whoSaid: { ...ours, all: whoSaidAll }, timeline: { speaker: ours.speakerTimeline, topic: ours.topicTimeline, all: timelineAll } },
    quality,
    baseline,
    ratios,
    addOneArticle: addOne,
    peakRssMb: peakRssMb(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
