// One benchmark run at one corpus size, in its own process (so peak RSS and JIT state are its own). Prints one
// JSON object on stdout. Usage: tsx bench/run-one.ts --articles N --queries Q --seed S (bench/run.ts runs it bundled,
// as `npm start` runs the bot: its reading threads then run the bundled worker too).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { Whosaid } from '../src/core.ts';
import { snapshotPath } from '../src/index/snapshot.ts';
import { bundle } from '../scripts/build.mjs';
import { makeCorpus, writeCorpus } from './corpus.ts';
import { askTimeline, askWhoSaid } from './answering.ts';
import { type OppositeQuery, makeQueries } from './queries.ts';
import { seeded } from './random.ts';
import { type Percentiles, measure, median, percentiles, round, time } from './stats.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    queries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    corpus: { type: 'string', default: 'dense' },
    'baseline-queries': { type: 'string', default: '40' },
  },
});
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
  // Only what the bench needs later is kept: the articles' text is the bot's to hold, not the harness's.
  const { extra, source, corpusBytes } = await (async () => {
    const corpus = await makeCorpus(articles, random, values.corpus === 'reuters' ? 'reuters' : 'dense', seed);
    await writeCorpus(corpusDir, corpus.articles);
    return { extra: corpus.extra[0], source: corpus.source, corpusBytes: corpus.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) };
  })();

  progress('corpus written');
  // Ingest: read → clean → extract → index, then the snapshot save; one thread.
  const core = await Whosaid.open({ corpusDir, dataDir, readyForUpdates: true });
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
  // Cold start: a new process, from the snapshot, until it can answer. Three times, the median. It runs bundled, as
  // `npm start` runs the bot (scripts/build.mjs), not through tsx.
  // Run from the bench's bundle (bench/run.ts makes it), the cold-start script sits beside this one; from the sources,
  // it is bundled here.
  const coldStartBuild = import.meta.url.endsWith('.mjs') ? import.meta.dirname : await bundle({ 'cold-start': 'bench/cold-start.ts', worker: 'src/ingest/worker.ts' }, join(import.meta.dirname, '..', '.bench-build'));
  const colds = [];
  for (let i = 0; i < 3; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--enable-source-maps', join(coldStartBuild, 'cold-start.mjs'), corpusDir, dataDir], { cwd: join(import.meta.dirname, '..') });
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
  // The questions are drawn from a copy of every statement, let go before timing: the process's heap while it
  // answers is the bot's (its index, columns and caches), as in a bot that never ran a bench.
  const queries = makeQueries(core.statements(), queryCount, random);
  // The same questions asked of a bot restarted from the snapshot (as after any restart): its latencies and memory,
  // without the first start's ingest in the process.
  const questionsFile = join(work, 'questions.json');
  await writeFile(questionsFile, JSON.stringify({ whoSaid: [...queries.exact, ...queries.twoWord, ...queries.typo], timelines: [...queries.speakers, ...queries.topics] }));
  const restarted = JSON.parse(
    (await promisify(execFile)(process.execPath, ['--enable-source-maps', join(coldStartBuild, 'cold-start.mjs'), corpusDir, dataDir, 'said', questionsFile], { cwd: join(import.meta.dirname, '..'), maxBuffer: 16 * 1024 * 1024 })).stdout,
  ) as { afterQuestions: { whoSaid: Percentiles; timeline: Percentiles; peakRssMb: number } };
  progress('restarted bot asked');
  const whoSaid = askWhoSaid(core);
  const timelineOf = askTimeline(core);
  for (const q of queries.exact.slice(0, 50)) whoSaid(q);
  progress('questions drawn');
  for (const q of queries.speakers.slice(0, 50)) timelineOf(q);

  // Each query is timed once; "all" pools the samples of its kinds.
  const asked = { exact: measure(queries.exact, whoSaid), twoWord: measure(queries.twoWord, whoSaid), typo: measure(queries.typo, whoSaid), none: measure(queries.none, whoSaid) };
  const timed = {
    exact: asked.exact.ms,
    twoWord: asked.twoWord.ms,
    typo: asked.typo.ms,
    none: asked.none.ms,
    speakers: time(queries.speakers, timelineOf),
    topics: time(queries.topics, timelineOf),
  };
  const ours = {
    exact: percentiles(timed.exact),
    twoWord: percentiles(timed.twoWord),
    typo: percentiles(timed.typo),
    none: percentiles(timed.none),
    speakerTimeline: percentiles(timed.speakers),
    topicTimeline: percentiles(timed.topics),
  };
  const whoSaidAll = percentiles([...timed.exact, ...timed.twoWord, ...timed.typo]);
  const timelineAll = percentiles([...timed.speakers, ...timed.topics]);
  // The bot's own footprint: corpus, index and every cache the questions filled (the baseline below is the bench's).
  // The peak includes the first start's ingest; the resident size after answering is what the bot keeps using.
  const botRssMb = peakRssMb();
  const rssAfterAnsweringMb = round(process.memoryUsage().rss / 1_048_576, 0);

  progress('queries timed');
  // Quality of those same answers: phrases from the corpus found (typos too), nonsense never.
  const answered = (entries: number[]) => entries.filter((n) => n > 0).length;
  // A question asking the opposite of a statement must never get that statement back as a plain match.
  const missed: Array<{ query: string; statement: string }> = [];
  const plainMatch = (items: readonly OppositeQuery[]) =>
    items.filter(({ query, statement }) => {
      const answer = core.whoSaid(query);
      const plain = answer.kind === 'who-said' && answer.results.some((hit) => hit.id === statement && hit.contrast === null);
      if (plain && missed.length < 40) missed.push({ query, statement: core.statement(statement)?.text.slice(0, 200) ?? '' });
      return plain;
    }).length;
  const quality = {
    exactAnswered: round(answered(asked.exact.values) / queries.exact.length, 3),
    twoWordAnswered: round(answered(asked.twoWord.values) / Math.max(1, queries.twoWord.length), 3),
    typoAnswered: round(answered(asked.typo.values) / queries.typo.length, 3),
    noneAnswered: answered(asked.none.values),
    negatedAsked: queries.negated.length,
    negatedAnsweredAsMatch: plainMatch(queries.negated),
    oppositeAsked: queries.opposite.length,
    oppositeAnsweredAsMatch: plainMatch(queries.opposite),
    /** Typo'd phrases that got no answer, to read. */
    typoUnanswered: queries.typo.filter((_, i) => (asked.typo.values[i] ?? 0) === 0).slice(0, 20),
    /** The first few opposite questions answered as a plain match, to read. */
    oppositeExamples: missed,
  };

  // Baseline: plain MiniSearch over the same statement texts, default options (exact), and fuzzy 0.2 + prefix.
  const baselineIndex = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const buildStarted = performance.now();
  baselineIndex.addAll(core.statements().map((s) => ({ id: s.id, text: s.text })));
  const baselineBuildMs = round(performance.now() - buildStarted, 0);
  // Plain MiniSearch takes seconds a question at 300,000 statements: its samples are the first N of each kind.
  const sampled = Math.max(1, Number(values['baseline-queries']));
  const baselineRun = (search: (q: string) => unknown) => {
    const samples = { exact: time(queries.exact.slice(0, sampled), search), twoWord: time(queries.twoWord.slice(0, sampled), search), typo: time(queries.typo.slice(0, sampled), search), none: time(queries.none.slice(0, sampled), search) };
    return { exact: percentiles(samples.exact), typo: percentiles(samples.typo), none: percentiles(samples.none), whoSaidAll: percentiles([...samples.exact, ...samples.twoWord, ...samples.typo]) };
  };
  const baseline = {
    buildMs: baselineBuildMs,
    exact: baselineRun((q) => baselineIndex.search(q)),
    fuzzy: baselineRun((q) => baselineIndex.search(q, { fuzzy: 0.2, prefix: true })),
  };
  const ratio = (a: Percentiles, b: Percentiles) => round(a.p99 / Math.max(b.p99, 0.001), 2);
  const ratios = {
    whoSaidP99VsExactBaseline: ratio(whoSaidAll, baseline.exact.whoSaidAll),
    whoSaidP99VsFuzzyBaseline: ratio(whoSaidAll, baseline.fuzzy.whoSaidAll),
    noneP99VsExactBaseline: ratio(ours.none, baseline.exact.none),
  };

  progress('baseline timed');
  // One new article into the full index, on its own; then removing it again.
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
    statements: core.stats.statements,
    corpusMb: mb(corpusBytes),
    source,
    ingest,
    snapshot,
    coldStart,
    latencyMs: { whoSaid: { ...ours, all: whoSaidAll }, timeline: { speaker: ours.speakerTimeline, topic: ours.topicTimeline, all: timelineAll } },
    quality,
    baseline,
    ratios,
    addOneArticle: addOne,
    botRssMb,
    rssAfterAnsweringMb,
    restartedBot: restarted.afterQuestions,
    peakRssMb: peakRssMb(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
