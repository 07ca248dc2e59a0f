// The benchmark must not rot: a small run (200 articles) prints every figure the README's table reports.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('GIVEN npm run bench at 200 articles', () => {
  it('THEN it prints ingest, snapshot, cold start, latency against both baselines, and adding an article, as JSON', async () => {
    const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'bench', 'run.ts'), '--articles', '200', '--queries', '100', '--adversarial-kb', '5', '--corpus', 'reuters', '--baseline-queries', '100'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(stdout);
    expect(report.machine.cpus).toBeGreaterThan(0);
    const [result] = report.results;
    expect(result.articles).toBeGreaterThan(150);
    expect(result.statements).toBeGreaterThan(100);
    expect(result.ingest).toMatchObject({ articlesPerSec: expect.any(Number), mbPerSec: expect.any(Number), peakRssMb: expect.any(Number) });
    expect(result.snapshot).toMatchObject({ bytes: expect.any(Number), saveMs: expect.any(Number) });
    expect(result.coldStart).toMatchObject({ readyMs: expect.any(Number), fromSnapshot: true });
    // The same questions asked of a bot restarted from its snapshot: every one answered and timed, and its memory.
    expect(result.restartedBot.whoSaid.count).toBe(result.latencyMs.whoSaid.all.count);
    expect(result.restartedBot.timeline.count).toBe(result.latencyMs.timeline.all.count);
    expect(result.restartedBot.peakRssMb).toBeGreaterThan(0);
    // The bot's resident size after answering, beside its peak (which includes the first start's ingest).
    expect(result.rssAfterAnsweringMb).toBeGreaterThan(0);
    expect(result.rssAfterAnsweringMb).toBeLessThanOrEqual(result.peakRssMb);
    for (const kind of ['exact', 'twoWord', 'typo', 'none', 'all']) expect(result.latencyMs.whoSaid[kind]).toMatchObject({ p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) });
    for (const kind of ['speaker', 'topic']) expect(result.latencyMs.timeline[kind].count).toBe(100);
    expect(result.latencyMs.timeline.all.count).toBe(200);
    expect(result.baseline.exact.whoSaidAll.count).toBe(result.latencyMs.whoSaid.all.count);
    expect(result.baseline.fuzzy.whoSaidAll.count).toBe(result.latencyMs.whoSaid.all.count);
    expect(result.ratios.whoSaidP99VsExactBaseline).toBeGreaterThan(0);
    expect(result.addOneArticle.addMs).toBeGreaterThanOrEqual(0);
    // Quality on the same queries: phrases taken from the corpus are found, typos too, nonsense never.
    expect(result.quality.exactAnswered).toBe(1);
    expect(result.quality.typoAnswered).toBeGreaterThan(0.95);
    expect(result.quality.twoWordAnswered).toBe(1);
    expect(result.quality.noneAnswered).toBe(0);
    // Questions that ask the opposite of a statement never get it back as a plain match.
    expect(result.quality.negatedAsked).toBeGreaterThan(50);
    expect(result.quality.negatedAnsweredAsMatch).toBe(0);
    expect(result.quality.oppositeAnsweredAsMatch).toBe(0);
    expect(result.targets).toHaveLength(12);
    // Hostile files are timed too, each case through the whole per-file path.
    expect(report.adversarial.cases.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['nested <div> HTML', '"word word" pairs', 'quote soup, mixed scripts']));
    for (const c of report.adversarial.cases) expect(c).toMatchObject({ kb: expect.any(Number), ms: expect.any(Number), msPer100Kb: expect.any(Number), met: expect.any(Boolean) });
    expect(stderr).toMatch(/\d+ articles \((reuters-21578|recombined seeds)\), \d+ statements/);
  }, 240_000);
});

describe('GIVEN npm run bench:slack at a small size', () => {
  it('THEN it prints ack percentiles, how many commands were acked and answered, and the ingest it ran beside', async () => {
    const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'bench', 'slack-load.ts'), '--articles', '200', '--commands', '20', '--seconds', '1'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(stdout);
    expect(result.ackMs).toMatchObject({ p50: expect.any(Number), p99: expect.any(Number), count: 20 });
    expect(result.acked).toBe(20);
    expect(result.answered).toBe(20);
    expect(result.lost).toBe(0);
    expect(result.ingestDuringWindow.articlesBefore).toBeGreaterThan(0);
  }, 180_000);
});
