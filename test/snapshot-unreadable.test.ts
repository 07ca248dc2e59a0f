// The first start lets go of what it built while it reads its saved snapshot back (the start's memory peak); should
// that copy not be readable, the bot must still answer everything from what it extracted.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Whosaid } from '../src/core.ts';
import * as snapshots from '../src/index/snapshot.ts';
import { SEED_CORPUS } from './helpers/corpus.ts';

vi.mock('../src/index/snapshot.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/index/snapshot.ts')>();
  return { ...real, loadSnapshot: vi.fn(real.loadSnapshot) };
});

describe('GIVEN a first start whose saved snapshot cannot be read back', () => {
  it('THEN it answers every question as a bot that never saved one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-unreadable-'));
    await cp(SEED_CORPUS, dir, { recursive: true });
    const reference = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-data-')), snapshots: false });
    // Every read of a snapshot finds none: the start builds, saves, and cannot read its copy.
    vi.mocked(snapshots.loadSnapshot).mockResolvedValue(null);
    const core = await Whosaid.open({ corpusDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'whosaid-data-')) });
    expect(vi.mocked(snapshots.loadSnapshot)).toHaveBeenCalledTimes(2);
    expect(core.stats).toMatchObject({ fromSnapshot: false, answersFrom: 'build', statements: reference.stats.statements });
    const people = [...new Set(reference.statements().map((s) => s.speaker.canonical))];
    expect(people.length).toBeGreaterThan(3);
    for (const query of people) expect(JSON.stringify(core.timeline({ query }))).toBe(JSON.stringify(reference.timeline({ query })));
    for (const phrase of ['year of our victory', 'military blocs', 'security of a region']) expect(JSON.stringify(core.whoSaid(phrase))).toBe(JSON.stringify(reference.whoSaid(phrase)));
  }, 60_000);
});
