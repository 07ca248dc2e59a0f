// Answers that must not depend on how big the corpus is: a statement holding every word of the question is found
// however many others share its common words, and "also reported by" links reports of the same words only.
import { describe, expect, it } from 'vitest';
import { ARTICLE, openCorpus } from './helpers/corpus.ts';

const TOPICS = ['harbour', 'budget', 'schools', 'rail line', 'housing plan', 'water supply', 'tax bill', 'bridge'];

/** Many short statements that all say "foreign", as a busy story's corpus does. */
function crowdedCorpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let a = 0; a < 45; a++) {
    const lines = Array.from({ length: 10 }, (_, s) => `Minister Lena Vos said foreign ${TOPICS[(a + s) % TOPICS.length]} money came ${a * 10 + s} days late.`);
    files[`${String(a).padStart(3, '0')}.md`] = ARTICLE(`title: Vos on funds ${a}\npublished: 2024-03-${String((a % 27) + 1).padStart(2, '0')}`, lines.join('\n\n'));
  }
  files['999.md'] = ARTICLE(
    'title: The port report\npublished: 2024-04-02',
    'Piet Smit, the harbour master, said on Monday that more than 170 ships were waiting along the coast, that crews had been told to stay aboard for another week, and that about nine more vessels were held in foreign ports because the customs office had closed.',
  );
  return files;
}

describe('GIVEN a corpus where hundreds of statements share a common word of the question', () => {
  it('WHEN the question holds that word and a rarer one, misspelt THEN the statement holding both is found', async () => {
    const core = await openCorpus(crowdedCorpus());
    expect(core.statements().length).toBeGreaterThan(400);
    for (const phrase of ['held in foreign ports', 'in foreign potrs', 'nine more vessels in foriegn ports']) {
      const answer = core.whoSaid(phrase);
      if (answer.kind !== 'who-said') throw new Error('usage');
      expect(answer.results[0]?.speaker.canonical, phrase).toBe('Piet Smit');
    }
  });
});

describe('GIVEN the same speaker in two articles', () => {
  const mayor = (body: string, n: number) => ARTICLE(`title: City hall ${n}\npublished: 2024-05-0${n}\noutlet: Outlet ${n}`, body);

  it('WHEN the second repeats the first one\'s words THEN it is listed as also reported by; look-alike words are not enough', async () => {
    const core = await openCorpus({
      'a.md': mayor('Mayor Ana Ruiz said the hiring process favoured minority candidates.', 1),
      'b.md': mayor('Mayor Ana Ruiz said the filing progress helped majority owners.', 2),
      'c.md': mayor('Mayor Ana Ruiz said the hiring process had favoured minority candidates for years.', 3),
    });
    const answer = core.whoSaid('hiring process favoured minority candidates');
    if (answer.kind !== 'who-said') throw new Error('usage');
    const [first] = answer.results;
    expect(first?.doc).toBe('a');
    // Three long words two letters from hers (hiring/filing, process/progress, minority/majority) say something else.
    expect(first?.alsoReportedBy.map((other) => other.doc)).toEqual(['c']);
  });
});
