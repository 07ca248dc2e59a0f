// What a user asking /who-said and /timeline over the seed corpus gets back.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Whosaid } from '../src/core.ts';
import type { StatementHit, TimelineAnswer, WhoSaidAnswer } from '../src/model.ts';
import { compareDates } from '../src/text/dates.ts';
import { openSeeds } from './helpers/corpus.ts';

let core: Whosaid;
beforeAll(async () => {
  core = await openSeeds();
});

function ask(phrase: string): WhoSaidAnswer {
  const answer = core.whoSaid(phrase);
  if (answer.kind !== 'who-said') throw new Error(`usage: ${answer.kind === 'usage' ? answer.message : ''}`);
  return answer;
}

function timeline(query: string, from?: string, to?: string): TimelineAnswer {
  const answer = core.timeline({ query, from, to });
  if (answer.kind !== 'timeline') throw new Error(`usage: ${answer.kind === 'usage' ? answer.message : ''}`);
  return answer;
}

const marked = (hit: StatementHit) => hit.highlights.map((h) => hit.text.slice(h.start, h.end));

describe('GIVEN /who-said', () => {
  it('WHEN the phrase was said THEN the speaker, date, verbatim snippet and source come back, best first', () => {
    const [best] = ask('not bad').results;
    expect(best?.speaker.canonical).toBe('Volodymyr Zelensky');
    expect(best?.saidOn).toEqual({ date: '2023-02-23', precision: 'day', basis: 'relative' });
    expect(best?.text).toContain('I think that it is not bad');
    expect(best?.source).toMatchObject({ outlet: 'Daily Mirror (via inkl)', published: { date: '2023-02-24', precision: 'day' } });
    expect(marked(best as StatementHit)).toEqual(['not bad']);
  });

  it('WHEN the phrase has a typo or odd case THEN it still finds the statement, marking the real words', () => {
    for (const phrase of ['year of our victroy', 'YEAR OF OUR VICTORY']) {
      const results = ask(phrase).results;
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.speaker.canonical === 'Volodymyr Zelensky')).toBe(true);
      expect(results.flatMap(marked)).toContain('year of our victory');
    }
  });

  it('WHEN one statement has the exact phrase and another only its words scattered THEN the exact one ranks first', () => {
    const results = ask('China is willing').results;
    expect(results[0]?.text).toContain('China is willing to continue');
    expect(results.slice(1).every((r) => (r.score ?? 0) < (results[0]?.score ?? 0))).toBe(true);
  });

  it('WHEN several articles report the same statement THEN it is one answer, also reported by the others (across languages)', () => {
    const results = ask('Dialogue and negotiation are the only viable').results;
    expect(results).toHaveLength(1);
    const [plan] = results;
    expect(plan?.speaker.canonical).toBe("China's 12-point peace plan");
    expect(plan?.alsoReportedBy.map((r) => r.doc).sort()).toEqual(['002_a3be16013144633c', '004_b7b7089b5e6ae64c']);
    expect(plan?.alsoReportedBy.find((r) => r.doc === '004_b7b7089b5e6ae64c')?.text).toContain('Dialoog en onderhandelingen');
  });

  it('WHEN nothing in the corpus matches THEN there are no results and a hint, never a weak unrelated hit', () => {
    for (const phrase of ['the moon is made of green cheese', 'quantum chromodynamics', 'the of and']) {
      const answer = ask(phrase);
      expect(answer.results).toEqual([]);
      expect(answer.notes[0]).toBeTruthy();
    }
    expect(ask('Zelenskyy').notes[0]).toMatch(/try \/timeline Volodymyr Zelensky/);
  });

  it('WHEN the phrase is empty, too long or only punctuation THEN a usage message explains', () => {
    expect(core.whoSaid('   ')).toMatchObject({ kind: 'usage', message: expect.stringMatching(/give a phrase/) });
    expect(core.whoSaid('x'.repeat(301))).toMatchObject({ kind: 'usage', message: expect.stringMatching(/under 300/) });
    expect(core.whoSaid('?!…')).toMatchObject({ kind: 'usage', message: expect.stringMatching(/no words/) });
  });
});

describe('GIVEN /timeline', () => {
  it('WHEN it names a person by any spelling THEN all their statements come, in the order they were said', () => {
    for (const name of ['Zelensky', 'Zelenskyy', 'Zelenski', 'President Zelensky', 'volodimir zelensky']) {
      const answer = timeline(name);
      expect(answer.speaker).toBe('Volodymyr Zelensky');
      // 11 statements, two of which repeat his tweet in part: the tweet is one entry.
      expect(answer.entries.length).toBeGreaterThanOrEqual(9);
      expect(answer.entries.filter((e) => /year of our victory/.test(e.text))).toHaveLength(1);
      expect(answer.entries.every((e) => e.speaker.canonical === 'Volodymyr Zelensky')).toBe(true);
      const dates = answer.entries.map((e) => e.saidOn);
      for (let i = 1; i < dates.length; i++) expect(compareDates(dates[i - 1] as never, dates[i] as never)).toBeLessThanOrEqual(0);
      expect(answer.entries.at(-1)?.saidOn).toEqual({ date: '2024-06', precision: 'month', basis: 'event' });
    }
  });

  it('WHEN from and to are given THEN only statements said in that range come', () => {
    const answer = timeline('Zelensky', '2023-02-23', '2023-02-23');
    expect(answer.entries.length).toBeGreaterThanOrEqual(5);
    expect(answer.entries.every((e) => e.saidOn?.date === '2023-02-23')).toBe(true);
    expect(timeline('Zelensky', '2024-01').entries.map((e) => e.saidOn?.date)).toEqual(['2024-06']);
  });

  it('WHEN it names a country THEN what its ministry and its plan said is included', () => {
    const answer = timeline('Beijing');
    expect(answer.speaker).toBe('China');
    const speakers = new Set(answer.entries.map((e) => e.speaker.canonical));
    expect([...speakers]).toEqual(expect.arrayContaining(['China', "China's foreign ministry", "China's 12-point peace plan", 'China and Belarus']));
  });

  it('WHEN it names a topic THEN the statements about it come, dated', () => {
    const answer = timeline('nuclear weapons');
    expect(answer.speaker).toBeNull();
    expect(answer.entries.length).toBeGreaterThan(0);
    expect(answer.entries.every((e) => /nuclear/i.test(`${e.text} ${e.context}`))).toBe(true);
  });

  it('WHEN the dates are malformed or reversed, or nothing is in range THEN the user is told', () => {
    expect(core.timeline({ query: 'Zelensky', from: '2023/02' })).toMatchObject({ kind: 'usage', message: expect.stringMatching(/YYYY-MM/) });
    expect(core.timeline({ query: 'Zelensky', from: '2024-01', to: '2023-01' })).toMatchObject({ kind: 'usage', message: expect.stringMatching(/after/) });
    expect(timeline('Zelensky', '2025-01').notes[0]).toMatch(/said nothing/);
  });
});
