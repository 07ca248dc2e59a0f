// npm run bench [-- --articles 1000,10000] [--corpus dense,reuters] [--queries 1000] [--baseline-queries 40]
//                [--seed 1] [--runs 1] [--adversarial-kb 100]
// Builds a corpus of N articles for each corpus kind (quote-dense news from ../shared/bench/dense, ~30 statements
// an article; Reuters-21578, ~2; recombined seed articles where ../shared/bench is missing),
// measures ingest, snapshot, cold start, query latency against a plain-MiniSearch baseline, and adding one
// article. Each size runs in its own process; with --runs R every figure is the median of R runs.
// JSON on stdout, a human summary on stderr.
import { execFile } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify, parseArgs } from 'node:util';
import { bundle } from '../scripts/build.mjs';
import { MAX_MS_PER_100KB } from './adversarial.ts';
import { median, round } from './stats.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,10000' },
    queries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    'adversarial-kb': { type: 'string', default: '100' },
    corpus: { type: 'string', default: 'dense,reuters' },
    'baseline-queries': { type: 'string', default: '40' },
  },
});
const kinds = (values.corpus ?? '').split(',').filter((kind): kind is 'dense' | 'reuters' => kind === 'dense' || kind === 'reuters');
const sizes = (values.articles ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const runs = Math.max(1, Number(values.runs));
if (sizes.length === 0) {
  process.stderr.write('bench: --articles takes sizes like 1000 or 1000,10000\n');
  process.exit(2);
}

type Json = { [key: string]: Json } | Json[] | number | string | boolean | null;

/** The element-wise median of several runs' results: numbers by median, anything else from the first run. */
function medianOf(results: Json[]): Json {
  const [first] = results;
  if (typeof first === 'number') return median(results as number[]);
  if (first && typeof first === 'object' && !Array.isArray(first)) {
    return Object.fromEntries(Object.keys(first).map((key) => [key, medianOf(results.map((r) => (r as Record<string, Json>)[key] ?? null))]));
  }
  return first ?? null;
}

/** Reuters-21578 (about 2 statements an article): the targets set when it was the only bench corpus. */
const REUTERS_TARGETS = [
  { name: 'who-said p99 (ms, typos included)', at: ['latencyMs', 'whoSaid', 'all', 'p99'], max: 25 },
  { name: 'timeline p99 (ms)', at: ['latencyMs', 'timeline', 'all', 'p99'], max: 50 },
  { name: 'no-match p99 (ms)', at: ['latencyMs', 'whoSaid', 'none', 'p99'], max: 25 },
  { name: 'who-said p99 / exact baseline p99', at: ['ratios', 'whoSaidP99VsExactBaseline'], max: 1.5 },
  { name: 'who-said p99 / fuzzy baseline p99', at: ['ratios', 'whoSaidP99VsFuzzyBaseline'], max: 0.5 },
  { name: 'ingest (articles/s, reading threads included)', at: ['ingest', 'articlesPerSec'], min: 500 },
  { name: 'cold start from snapshot (ms)', at: ['coldStart', 'readyMs'], max: 1000 },
  { name: 'peak RSS of the bot (MB: ingest, index, answering)', at: ['botRssMb'], max: 1024 },
  { name: 'add one article (ms)', at: ['addOneArticle', 'addMs'], max: 200 },
  { name: 'negated phrases answered as a plain match', at: ['quality', 'negatedAnsweredAsMatch'], max: 0 },
  { name: 'opposite-word phrases answered as a plain match', at: ['quality', 'oppositeAnsweredAsMatch'], max: 0 },
  { name: 'nonsense phrases answered', at: ['quality', 'noneAnswered'], max: 0 },
] as const;

/** Quote-dense news (about 30 statements an article): issue 13's targets, at 10,000 articles (300,000 statements). */
const DENSE_TARGETS = [
  { name: 'who-said p50 (ms)', at: ['latencyMs', 'whoSaid', 'all', 'p50'], max: 10 },
  { name: 'who-said p99, exact phrases (ms)', at: ['latencyMs', 'whoSaid', 'exact', 'p99'], max: 50 },
  { name: 'who-said p99, two words (ms)', at: ['latencyMs', 'whoSaid', 'twoWord', 'p99'], max: 50 },
  { name: 'who-said p99, one typo (ms)', at: ['latencyMs', 'whoSaid', 'typo', 'p99'], max: 50 },
  { name: 'timeline p99, speakers (ms)', at: ['latencyMs', 'timeline', 'speaker', 'p99'], max: 50 },
  { name: 'timeline p99, topics (ms)', at: ['latencyMs', 'timeline', 'topic', 'p99'], max: 50 },
  { name: 'cold start from snapshot (ms)', at: ['coldStart', 'readyMs'], max: 2000 },
  { name: 'peak RSS of the bot (MB: ingest, index, answering)', at: ['botRssMb'], max: 1536 },
  { name: 'RSS of the bot after answering (MB; issue 13 "bot RSS after answering")', at: ['rssAfterAnsweringMb'], max: 1536 },
  { name: 'peak RSS of a bot restarted from its snapshot, same questions (MB)', at: ['restartedBot', 'peakRssMb'], max: 1536 },
  { name: 'ingest (articles/s, reading threads included)', at: ['ingest', 'articlesPerSec'], min: 150 },
  { name: 'corpus phrases answered (share)', at: ['quality', 'exactAnswered'], min: 1 },
  { name: 'typo phrases answered (share)', at: ['quality', 'typoAnswered'], min: 1 },
  { name: 'two-word phrases answered (share)', at: ['quality', 'twoWordAnswered'], min: 1 },
  { name: 'nonsense phrases answered', at: ['quality', 'noneAnswered'], max: 0 },
  { name: 'negated phrases answered as a plain match', at: ['quality', 'negatedAnsweredAsMatch'], max: 0 },
  { name: 'opposite-word phrases answered as a plain match', at: ['quality', 'oppositeAnsweredAsMatch'], max: 0 },
] as const;

function get(result: Json, path: readonly string[]): number {
  let value: Json = result;
  for (const key of path) value = value && typeof value === 'object' && !Array.isArray(value) ? (value[key] ?? null) : null;
  return typeof value === 'number' ? value : Number.NaN;
}

// Each run executes the code as `npm start` ships it (scripts/build.mjs): bundled, reading threads included.
const benchBuild = await bundle({ 'run-one': 'bench/run-one.ts', 'cold-start': 'bench/cold-start.ts', worker: 'src/ingest/worker.ts' }, join(import.meta.dirname, '..', '.bench-build'));

const results: Json[] = [];
for (const kind of kinds) {
  for (const articles of sizes) {
    const perRun: Json[] = [];
    for (let run = 0; run < runs; run++) {
      process.stderr.write(`bench: ${kind}, ${articles} articles, run ${run + 1} of ${runs}…\n`);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--enable-source-maps', join(benchBuild, 'run-one.mjs'), '--articles', String(articles), '--queries', String(values.queries), '--seed', String(values.seed),
          '--corpus', kind, '--baseline-queries', String(values['baseline-queries']),
        ],
        { cwd: join(import.meta.dirname, '..'), maxBuffer: 64 * 1024 * 1024 },
      );
      perRun.push(JSON.parse(stdout) as Json);
    }
    const result = medianOf(perRun) as Record<string, Json>;
    const targets: ReadonlyArray<{ name: string; at: readonly string[]; max?: number; min?: number }> = result.source === 'dense' ? DENSE_TARGETS : REUTERS_TARGETS;
    result.targets = targets.map((target) => {
      const value = get(result, target.at);
      const met = target.max !== undefined ? value <= target.max : value >= (target.min ?? 0);
      return { name: target.name, value, ...(target.max !== undefined ? { max: target.max } : { min: target.min }), met };
    }) as unknown as Json;
    results.push(result);
  }
}

// Hostile files, each through the whole per-file path, in a process of their own.
process.stderr.write('bench: adversarial files…\n');
const adversarialKb = Math.max(1, Number(values['adversarial-kb']) || 100);
const { stdout: adversarialOut } = await promisify(execFile)(
  process.execPath,
  ['--import', 'tsx', join(import.meta.dirname, 'adversarial.ts'), '--kb', String(adversarialKb)],
  { cwd: join(import.meta.dirname, '..'), maxBuffer: 16 * 1024 * 1024 },
);
const adversarialCases = JSON.parse(adversarialOut) as Array<{ name: string; kb: number; ms: number; msPer100Kb: number; met: boolean }>;
const adversarial = { kbPerCase: adversarialKb, maxMsPer100Kb: MAX_MS_PER_100KB, allMet: adversarialCases.every((c) => c.met), cases: adversarialCases };

const cpu = cpus()[0];
const report = {
  machine: { cpus: cpus().length, model: cpu?.model ?? 'unknown', memoryGb: round(totalmem() / 2 ** 30, 0), node: process.version, platform: process.platform },
  seed: Number(values.seed),
  queriesPerKind: Number(values.queries),
  runs,
  results,
  adversarial,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

for (const result of results as Array<Record<string, Json>>) {
  const lines = [`\n${String(result.articles)} articles (${String(result.source)}), ${String(result.statements)} statements, ${String(result.corpusMb)} MB:`];
  for (const target of result.targets as Array<{ name: string; value: number; max?: number; min?: number; met: boolean }>) {
    lines.push(`  ${target.met ? 'ok  ' : 'MISS'} ${target.name}: ${target.value} (${target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`})`);
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}
process.stderr.write(`\nadversarial files (≤ ${MAX_MS_PER_100KB} ms per 100 KB):\n`);
for (const c of adversarialCases) process.stderr.write(`  ${c.met ? 'ok  ' : 'MISS'} ${c.name}: ${c.ms} ms for ${c.kb} KB (${c.msPer100Kb} ms per 100 KB)\n`);
