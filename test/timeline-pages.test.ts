// A much-quoted speaker's timeline runs to thousands of entries; a chat page shows five. The core works out only the
// page asked for, and says how many entries the whole timeline has, so every page reads the same as a slice of the
// whole answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Whosaid } from '../src/core.ts';
import type { TimelineAnswer } from '../src/model.ts';
import { answerPage, pageWindow } from '../src/render/pages.ts';
import { consoleSession } from './helpers/console.ts';
import { ARTICLE, openCorpus } from './helpers/corpus.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOPICS = ['harbour', 'tunnel', 'ferry', 'bridge', 'rail link', 'toll road', 'canal', 'airport', 'bus lanes', 'cycle path', 'tram', 'metro'];

/** Twelve statements by the mayor, two articles, each sentence dated to its own day of the week before publication. */
function articles(): Record<string, string> {
  const body = (topics: string[]) =>
    topics.map((topic, i) => `Mayor Ilse Brandt said on ${DAYS[i % DAYS.length]} that the ${topic} plan would go ahead without new taxes.`).join('\n\n');
  return {
    'a.md': ARTICLE('title: Transport plans\npublished: 2024-03-09\nlanguage: en', body(TOPICS.slice(0, 6))),
    'b.md': ARTICLE('title: More transport plans\npublished: 2024-04-13\nlanguage: en', body(TOPICS.slice(6))),
  };
}

function timelineOf(core: Whosaid, window?: { offset: number; limit: number }, from?: string): TimelineAnswer {
  const answer = core.timeline({ query: 'Ilse Brandt', from, window });
  if (answer.kind !== 'timeline') throw new Error(answer.message);
  return answer;
}

describe('GIVEN a speaker with twelve statements', () => {
  let core: Whosaid;
  beforeAll(async () => {
    core = await openCorpus(articles());
  });

  it('WHEN a chat page asks for a window THEN it gets those entries, in order, and the whole timeline’s count', () => {
    const whole = timelineOf(core);
    expect(whole.total).toBe(12);
    expect(whole.entries).toHaveLength(12);
    const dates = whole.entries.map((entry) => entry.saidOn?.date ?? '');
    expect(dates).toEqual([...dates].sort());

    const second = timelineOf(core, pageWindow(1));
    expect(second).toMatchObject({ total: 12, offset: 5 });
    expect(second.entries.map((entry) => entry.id)).toEqual(whole.entries.slice(5, 10).map((entry) => entry.id));
    const page = answerPage(second, 1);
    expect(page).toMatchObject({ page: 1, pages: 3, total: 12, firstNumber: 6 });
    expect(page.hits.map((hit) => hit.id)).toEqual(whole.entries.slice(5, 10).map((entry) => entry.id));
  });

  it('WHEN the window lies past the end THEN the last page there is comes back', () => {
    const late = timelineOf(core, pageWindow(7));
    expect(late).toMatchObject({ total: 12, offset: 10 });
    expect(late.entries).toHaveLength(2);
    expect(answerPage(late, 7)).toMatchObject({ page: 2, pages: 3, firstNumber: 11 });
  });

  it('WHEN a date range is asked with a window THEN the count and the page are of the range', () => {
    const april = timelineOf(core, pageWindow(0), '2024-04');
    expect(april.total).toBe(6);
    expect(april.entries).toHaveLength(5);
    expect(april.entries.every((entry) => (entry.saidOn?.date ?? '') >= '2024-04')).toBe(true);
  });

  it('WHEN the console shows a long timeline THEN it shows a page, /more the next, and /wrong counts on', async () => {
    const lines = Array.from({ length: 25 }, (_, i) => `Mayor Ilse Brandt said on Monday that plan ${i + 1} would wait.`);
    const busy = await openCorpus({ 'c.md': ARTICLE('title: Plans\npublished: 2024-05-11\nlanguage: en', lines.join('\n\n')) });
    const said = await consoleSession(busy, ['/timeline Ilse Brandt', '/wrong 22 date', '/more', '/wrong 22 date', '/more', '/quit']);
    expect(said).toContain('Entries 1–20 of 25; /more shows the next 5.');
    expect(said).toContain('The last answer has entries 1–20.');
    expect(said).toMatch(/\n21\. Ilse Brandt/);
    expect(said).not.toMatch(/\n1\. Ilse Brandt[\s\S]*\n1\. Ilse Brandt/);
    expect(said).toContain('your report is recorded');
    expect(said).toContain('That was the whole answer.');
    const { reports } = await busy.listReports();
    expect(reports).toEqual([expect.objectContaining({ text: expect.stringContaining('plan 22 would wait') })]);
  });
});
