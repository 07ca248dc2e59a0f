// The command line contract (DESIGN.md), the console chat of `npm start`, and snapshots across restarts.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readSections, writeSections } from '../src/index/sections.ts';
import { describe, expect, it } from 'vitest';
import { Whosaid } from '../src/core.ts';
import { ARTICLE, SEED_CORPUS, corpusFolder } from './helpers/corpus.ts';
import { waitUntil } from './fakes/http.ts';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

async function cli(args: string[], data: string) {
  return run(TSX, [join(ROOT, 'src', 'cli.ts'), ...args, '--corpus', SEED_CORPUS, '--data', data], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn' } });
}

describe('GIVEN the command line', () => {
  it('WHEN who-said --json THEN stdout is one JSON document: query and results best first', async () => {
    const data = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
    const { stdout } = await cli(['who-said', 'fully supports', '--json'], data);
    const parsed = JSON.parse(stdout);
    expect(parsed.query).toBe('fully supports');
    expect(parsed.results[0]).toMatchObject({ speaker: { canonical: 'Alexander Lukashenko' }, kind: 'partial', doc: '002_a3be16013144633c' });
    expect(typeof parsed.results[0].score).toBe('number');
    expect(Array.isArray(parsed.results[0].alsoReportedBy)).toBe(true);
  });

  it('WHEN timeline --json with --from/--to THEN entries ascend by saidOn.date', async () => {
    const data = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
    const { stdout } = await cli(['timeline', 'Lukashenko', '--from', '2023-02', '--to', '2023-03-31', '--json'], data);
    const { entries } = JSON.parse(stdout);
    const dates = entries.map((e: { saidOn: { date: string } }) => e.saidOn.date);
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort()).toEqual(dates);
  });

  it('WHEN statements --json THEN every statement comes with its source', async () => {
    const data = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
    const { stdout } = await cli(['statements', '--doc', '003_057618b551368884', '--json'], data);
    const statements = JSON.parse(stdout);
    expect(statements.length).toBeGreaterThan(5);
    expect(statements[0].source).toMatchObject({ title: expect.stringContaining('Kuleba'), published: { date: '2024-07-22' } });
  });

  it('WHEN --help THEN the usage is on stdout with exit 0; WHEN piped into head THEN no stack trace', async () => {
    const { stdout } = await run(TSX, [join(ROOT, 'src', 'cli.ts'), '--help'], { cwd: ROOT });
    expect(stdout).toMatch(/^usage:/);
    const data = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
    const piped = await run('sh', ['-c', `"${TSX}" "${join(ROOT, 'src', 'cli.ts')}" statements --json --corpus "${SEED_CORPUS}" --data "${data}" | head -1`], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'error' } });
    expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(piped.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('WHEN the input is bad THEN it exits 2 with the reason on stderr', async () => {
    const data = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
    await expect(cli(['timeline', 'Zelensky', '--from', 'last-year'], data)).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/not a date/) });
    await expect(cli(['who-said', '', '--json'], data)).rejects.toMatchObject({ code: 2 });
  });
});

describe('GIVEN npm start with no chat tokens', () => {
  it('WHEN a user types commands in the console THEN it answers like the chat will, and /quit ends it', async () => {
    const data = await mkdtemp(join(tmpdir(), 'whosaid-console-'));
    const child = spawn(TSX, [join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, WHOSAID_CORPUS: SEED_CORPUS, WHOSAID_DATA: data, LOG_LEVEL: 'warn' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stdin.write('/help\n/who-said year of our victroy\n/timeline Zelenski from:2024-01\n/who-said the moon is made of green cheese\n/quit\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(output).toContain('/timeline <person or topic>');
    expect(output).toMatch(/Volodymyr Zelensky \(Ukrainian President\) — reported on 24 February 2023/);
    expect(output).toMatch(/\*year of our victory\*/);
    expect(output).toMatch(/said in June 2024/);
    expect(output).toMatch(/No statement matches "the moon is made of green cheese"/);
  });
});

describe('GIVEN `npm start` run by a service manager', () => {
  it('WHEN it gets SIGTERM THEN the bot and every process under it stop, exit 0', async () => {
    const data = await mkdtemp(join(tmpdir(), 'whosaid-sigterm-'));
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, WHOSAID_CORPUS: SEED_CORPUS, WHOSAID_DATA: data, LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    await waitUntil(() => output.includes('Type /help'), 'the console prompt', 20_000);
    // `npm start` runs the bundle (scripts/build.mjs): its reading threads, started from the bundle, read every article.
    expect(output).toMatch(/— [1-9]\d* statements from 5 articles\./);
    // Every process under npm (the build, then the shell replaced by node), to check none is left serving.
    const { stdout } = await run('ps', ['-eo', 'pid=,ppid=']);
    const parents = stdout.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
    const descendants = new Set<number>([child.pid as number]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, ppid] of parents) if (descendants.has(ppid) && !descendants.has(pid)) grew = descendants.add(pid) !== undefined;
    }
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    await waitUntil(() => [...descendants].every((pid) => { try { process.kill(pid, 0); return false; } catch { return true; } }), 'every process gone', 10_000);
  }, 40_000);
});

describe('GIVEN an index snapshot', () => {
  it('WHEN nothing changed THEN the next start reloads it; WHEN a file is added THEN only that file is extracted', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE('title: A\npublished: 2024-01-10\nlanguage: en', 'The minister said that the talks would resume next month.') });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-snap-'));
    const first = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(first.stats.fromSnapshot).toBe(false);
    const second = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(second.stats.fromSnapshot).toBe(true);
    expect(second.whoSaid('talks would resume')).toEqual(first.whoSaid('talks would resume'));
    // Byte for byte, key order included: --json output must not depend on whether a snapshot was used.
    expect(JSON.stringify(second.statements())).toBe(JSON.stringify(first.statements()));

    await writeFile(join(dir, 'b.md'), ARTICLE('title: B\npublished: 2024-01-11\nlanguage: en', 'The envoy said that a ceasefire was within reach.'));
    const third = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(third.stats).toMatchObject({ fromSnapshot: true, extracted: 1, documents: 2 });
    expect(third.whoSaid('ceasefire was within reach')).toMatchObject({ results: [expect.objectContaining({ doc: 'b', speaker: expect.objectContaining({ canonical: 'envoy' }) })] });
    expect(await readdir(data)).toHaveLength(1);

    await writeFile(join(dir, 'a.md'), ARTICLE('title: A\npublished: 2024-01-10\nlanguage: en', 'The minister said that the harvest would be late.'));
    await unlink(join(dir, 'b.md'));
    const fourth = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(fourth.stats).toMatchObject({ fromSnapshot: true, extracted: 1, documents: 1, statements: 1 });
    expect(fourth.whoSaid('talks would resume')).toMatchObject({ results: [] });
    expect(fourth.whoSaid('ceasefire was within reach')).toMatchObject({ results: [] });
    expect(fourth.whoSaid('harvest would be late')).toMatchObject({ results: [expect.objectContaining({ doc: 'a' })] });
    const fifth = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(fifth.stats).toMatchObject({ fromSnapshot: true, extracted: 0, documents: 1 });
  });

  it('WHEN the snapshot file is corrupt THEN the corpus is rebuilt, nothing is lost', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE('title: A\npublished: 2024-01-10\nlanguage: en', 'The minister said that the talks would resume next month.') });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-snap-'));
    await Whosaid.open({ corpusDir: dir, dataDir: data });
    const [file] = await readdir(data);
    await writeFile(join(data, file as string), '{ not a snapshot');
    const reopened = await Whosaid.open({ corpusDir: dir, dataDir: data });
    expect(reopened.stats).toMatchObject({ fromSnapshot: false, statements: 1 });
  });

  it('WHEN the snapshot is well-formed but its index parts do not fit together THEN the corpus is rebuilt with a warning', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE('title: A\npublished: 2024-01-10\nlanguage: en', 'The minister said that the talks would resume next month.') });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-snap-'));
    await Whosaid.open({ corpusDir: dir, dataDir: data });
    const [file] = await readdir(data);
    const path = join(data, file as string);
    const snapshot = readSections(await readFile(path)) as { index: { postings: { starts: Uint32Array } } };
    // Postings pointing past their arrays: what a half-written or hand-edited file could hold.
    snapshot.index.postings.starts = snapshot.index.postings.starts.map((start: number) => start * 2);
    await writeFile(path, writeSections(snapshot));
    const lines: string[] = [];
    const log = { debug() {}, info() {}, error() {}, warn: (line: string) => lines.push(line) };
    const reopened = await Whosaid.open({ corpusDir: dir, dataDir: data, log });
    expect(reopened.stats).toMatchObject({ fromSnapshot: false, statements: 1 });
    expect(reopened.whoSaid('talks would resume')).toMatchObject({ results: [expect.objectContaining({ doc: 'a' })] });
    expect(lines).toEqual([expect.stringMatching(/snapshot .* is unusable/)]);
  });
});
