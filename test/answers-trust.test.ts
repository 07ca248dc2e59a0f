// Answers a fact-checker can trust: a statement that says the opposite of the question is never a plain match,
// every entry says how it was reported, and the title opens the article at the quoted words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Whosaid } from '../src/core.ts';
import type { StatementHit, WhoSaidAnswer } from '../src/model.ts';
import { textFragment } from '../src/render/fragment.ts';
import { answerPage } from '../src/render/pages.ts';
import { discordAnswerPage, discordSources } from '../src/render/discord.ts';
import { slackAnswerPage, slackSources } from '../src/render/slack.ts';
import { answerToText } from '../src/render/text.ts';
import { ARTICLE, openCorpus, openSeeds } from './helpers/corpus.ts';

let seeds: Whosaid;
beforeAll(async () => {
  seeds = await openSeeds();
});

function ask(core: Whosaid, phrase: string): WhoSaidAnswer {
  const answer = core.whoSaid(phrase);
  if (answer.kind !== 'who-said') throw new Error('usage answer');
  return answer;
}

const speakerOf = (hit: StatementHit | undefined) => hit?.speaker.canonical;

describe('GIVEN a question that a statement answers with the opposite', () => {
  it('WHEN the article says the speaker denies it THEN the hit is marked denied and the answer says so', () => {
    const answer = ask(seeds, "China supports Russia's invasion");
    const [hit] = answer.results;
    expect(speakerOf(hit)).toBe('China');
    expect(hit?.contrast).toEqual({ kind: 'denied', cue: 'denies' });
    const text = answerToText(answer);
    expect(text).toMatch(/denies · reported speech: that it \*?supports/);
    expect(text).toMatch(/Not a match: China denies this/);
  });

  it('WHEN the speaker set aside others\' words ("pushed back on claims that …", Dutch "spreekt tegen dat") THEN that is a denial too', async () => {
    const core = await openCorpus({
      'deal.md': ARTICLE('title: Deal talk\npublished: 2024-03-14\nlanguage: en', 'Minister Ann Lee pushed back on claims that the trade deal was dead.\n\nTom Hale dismissed reports that the harbour would close.'),
      'haven.md': ARTICLE('title: Haven\npublished: 2024-03-14\nlanguage: nl', 'Wethouder Jan Smit spreekt tegen dat de haven dichtgaat.'),
    });
    const [lee] = ask(core, 'the trade deal was dead').results;
    expect(lee?.contrast).toEqual({ kind: 'denied', cue: 'pushed back' });
    expect(answerToText(ask(core, 'the trade deal was dead'))).toMatch(/Not a match: Ann Lee denied this \(“pushed back”\)/);
    expect(ask(core, 'the harbour would close').results[0]?.contrast).toEqual({ kind: 'denied', cue: 'dismissed' });
    const [smit] = ask(core, 'de haven dichtgaat').results;
    expect([speakerOf(smit), smit?.polarity]).toEqual(['Jan Smit', 'denied']);
  });

  it('WHEN the denial is asked as a negation THEN it is a true match ("does not support" = "denies it supports")', () => {
    const [hit] = ask(seeds, "China does not support Russia's invasion").results;
    expect(speakerOf(hit)).toBe('China');
    expect(hit?.contrast).toBeNull();
  });

  it('WHEN the statement has "not" where the question has none THEN it ranks below true matches, "not" marked', () => {
    for (const [question, speaker] of [['this warfare must continue', 'Wang Yi'], ['it is a neutral mediator', 'Ned Price']] as const) {
      const { results, notes } = ask(seeds, question);
      const hit = results.find((r) => speakerOf(r) === speaker);
      expect(hit?.contrast).toMatchObject({ kind: 'negation', word: 'not', inStatement: true });
      expect(results.findIndex((r) => r.contrast)).toBeGreaterThanOrEqual(results.filter((r) => !r.contrast).length);
      expect(hit?.highlights.some((h) => /\bnot\b/.test(hit.text.slice(h.start, h.end)))).toBe(true);
      if (results.every((r) => r.contrast)) expect(notes.join(' ')).toMatch(/says otherwise/);
    }
  });

  it('WHEN the question keeps the negation THEN the same statement is a plain match', () => {
    const [hit] = ask(seeds, 'this warfare must not continue').results;
    expect(speakerOf(hit)).toBe('Wang Yi');
    expect(hit?.contrast).toBeNull();
  });

  it('WHEN the question is a paraphrase sharing only some words THEN nothing matched, not the nearest words', () => {
    expect(ask(seeds, "China's plan is not credible").results).toEqual([]);
    expect(ask(seeds, 'Lukashenko opposes the plan').results).toEqual([]);
  });

  it('WHEN the question has a word whose opposite the statement has THEN it is flagged as the opposite, never a match', () => {
    const { results } = ask(seeds, 'fully opposes');
    expect(results.length).toBeGreaterThan(0);
    for (const hit of results) {
      expect(speakerOf(hit)).toBe('Alexander Lukashenko');
      expect(hit.contrast).toEqual({ kind: 'opposite', asked: 'opposes', said: 'supports' });
    }
    expect(answerToText(ask(seeds, 'fully opposes'))).toContain('the statement says “supports”, where your question says “opposes”');
  });

  it('WHEN a negation is far from the matched words THEN it does not flip them (NegEx-style scope)', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', 'The mayor said that nobody had expected the storm last year, and that the new bridge will open in June.'),
    });
    const [hit] = ask(core, 'the new bridge will open in June').results;
    expect(hit?.contrast).toBeNull();
  });

  it('WHEN the question\'s last word is said only in a negated clause further on THEN it is a contrast', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', 'The minister said the rule was written to help farmers sell land, but the rule was not meant to cut taxes.'),
    });
    // "the rule was" matches the first clause; "meant" the second only, where it is negated. (After a semicolon the
    // second clause would be the writer's, not what the minister said.)
    expect(ask(core, 'the rule was meant').results[0]?.contrast).toMatchObject({ kind: 'negation', word: 'not', inStatement: true });
    expect(ask(core, 'the rule was written').results[0]?.contrast).toBeNull();
  });

  it('WHEN a word away from the run only looks like a question word ("were" for "here") THEN its negation says nothing', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', 'The mayor said police here arrested five managers for selling gold bars which were never delivered.'),
    });
    expect(ask(core, 'not police here arrested five').results[0]?.contrast).toMatchObject({ kind: 'negation', word: 'not', inStatement: false });
  });

  it('WHEN the statement itself says "rejected" THEN asking it is a plain match, and asking it negated is a contrast', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', 'The mayor said the council rejected the final offer from the builders.'),
    });
    expect(ask(core, 'the council rejected the final offer').results[0]?.contrast).toBeNull();
    expect(ask(core, 'the council has not rejected the final offer').results[0]?.contrast).toMatchObject({ kind: 'negation', word: 'not' });
  });

  it('WHEN the statement negates a modal the question keeps ("should not be" / "should be") THEN it is a contrast', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', 'The minister said the new harbour rules should not be delayed again.'),
    });
    // The question stops at the modal: only "should" is there for the "not" after it to negate.
    expect(ask(core, 'new harbour rules should be').results[0]?.contrast).toMatchObject({ kind: 'negation', inStatement: true });
    expect(ask(core, 'new harbour rules should not be').results[0]?.contrast).toBeNull();
  });

  it('WHEN one "not" stands between a modal the question has and the words after it ("must not be seen" / "must be seen") THEN it is one negation, a contrast', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', 'The minister said the new law must not be seen as a measure on its own, and that a firm may not want to allocate its costs.'),
    });
    // The "not" is both after the matched modal and before the run; counted twice, it cancelled itself out.
    expect(ask(core, 'must be seen').results[0]?.contrast).toMatchObject({ kind: 'negation', inStatement: true });
    expect(ask(core, 'may want to allocate').results[0]?.contrast).toMatchObject({ kind: 'negation', inStatement: true });
    expect(ask(core, 'must not be seen').results[0]?.contrast).toBeNull();
  });

  it('WHEN the statement negates a denial ("do not reject the plan") THEN the two cancel: the plan is not negated', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', '“We do not totally reject the planned economy, but we oppose rigid control,” the minister said.'),
    });
    expect(ask(core, 'not the planned economy').results[0]?.contrast).toMatchObject({ kind: 'negation' });
    expect(ask(core, 'the planned economy').results[0]?.contrast).toBeNull();
    expect(ask(core, 'reject the planned economy').results[0]?.contrast).toMatchObject({ kind: 'negation', inStatement: true });
    expect(ask(core, 'do not reject the planned economy').results[0]?.contrast).toBeNull();
  });

  it('WHEN the question\'s negation matches another clause\'s words THEN its sense is judged where the topic words matched', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE('title: A\npublished: 2024-03-01\nlanguage: en', 'The auditor said the council should have approved the budget in May and should not have delayed the vote on the harbour.'),
    });
    // "should not have" stands in the second clause; "council … approved" is asked negated against the first.
    const [hit] = ask(core, 'council should not have approved').results;
    expect(hit?.contrast).toMatchObject({ kind: 'negation' });
  });
});

describe('GIVEN an answer entry', () => {
  it('THEN it shows the reporting verb as written and the kind of report, on every face', () => {
    const answer = ask(seeds, 'fully supports');
    const page = answerPage(answer, 0);
    const hit = answer.results[0] as StatementHit;
    const how = `${hit.cue} · partial quote`;
    expect(answerToText(answer)).toContain(how);
    expect(JSON.stringify(slackAnswerPage(page, null).blocks)).toContain(how);
    expect(discordAnswerPage(page).embeds[0]?.description).toContain(how);
  });

  it('THEN words from the article’s headline say so on every face', () => {
    const answer = ask(seeds, 'ceasefire in Ukraine');
    const hit = answer.results.find((result) => result.headline);
    expect([hit?.speaker.canonical, hit?.cue, hit?.text]).toEqual(['China', 'urges', 'Russia to ceasefire in Ukraine']);
    const page = answerPage(answer, 0);
    const how = 'in the headline · urges · reported speech';
    expect(answerToText(answer)).toContain(how);
    expect(JSON.stringify(slackAnswerPage(page, null).blocks)).toContain(how);
    expect(discordAnswerPage(page).embeds.map((embed) => embed.description).join('\n')).toContain(how);
    // Words of the story itself carry no such mark.
    expect(answerToText(ask(seeds, 'fully supports'))).not.toContain('in the headline');
  });

  it('THEN its title links to the article with a text fragment of the quoted words (Slack link, Discord embed url)', () => {
    const answer = ask(seeds, 'year of our victory');
    const page = answerPage(answer, 0);
    const hit = answer.results[0] as StatementHit;
    const embed = discordAnswerPage(page).embeds[0];
    expect(embed?.title).toBe(hit.source.title);
    expect(embed?.url).toMatch(/^https:\/\/www\.inkl\.com\/.+#:~:text=/);
    const slack = JSON.stringify(slackAnswerPage(page, null).blocks);
    expect(slack).toContain(`<${embed?.url}|`);
  });

  it('THEN the text fragment encodes its own syntax characters and uses the first and last words of long snippets', () => {
    expect(textFragment('“Peace, not war - now,” he said.')).toBe(':~:text=Peace%2C%20not%20war%20%2D%20now%2C%E2%80%9D%20he%20said');
    expect(textFragment('one two three four five six seven eight nine ten')).toBe(':~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });
});

describe('GIVEN the sources under an answer', () => {
  it('THEN each article is numbered by the entries it is the source of, and "also reported by" says which entry it backs', () => {
    const answer = ask(seeds, 'Dialogue and negotiation are the only viable');
    const page = answerPage(answer, 0);
    const slack = JSON.stringify(slackSources(page).blocks);
    expect(slack.match(/(?<!for )\[1\]/g)).toHaveLength(1);
    expect(slack.match(/for \[1\]: /g)).toHaveLength(2);
    expect(discordSources(page).match(/for \[1\]: /g)).toHaveLength(2);
  });
});

describe('GIVEN an article that quotes a statement in full and then again in part', () => {
  it('THEN timelines and who-said show it once, in its fuller form', async () => {
    const core = await openCorpus({
      'a.md': ARTICLE(
        'title: A\npublished: 2024-03-01\nlanguage: en',
        'The governor wrote: “The river is rising and we will open the shelters tonight.”\n\nShe later repeated that “we will open the shelters” to reporters, saying the river “is rising”.',
      ),
    });
    const answer = core.timeline({ query: 'governor' });
    expect(answer.kind === 'timeline' ? answer.entries.map((e) => e.kind) : []).toEqual(['direct']);
    expect(ask(core, 'we will open the shelters').results.map((r) => r.kind)).toEqual(['direct']);
  });
});

describe('GIVEN a timeline', () => {
  it('WHEN from/to are a year or a month THEN they are accepted at that precision', () => {
    const year = seeds.timeline({ query: 'Zelensky', from: '2024' });
    expect(year.kind).toBe('timeline');
    expect(year.kind === 'timeline' ? year.entries.map((e) => e.saidOn?.date.slice(0, 4)) : []).toEqual(['2024']);
    const upTo = seeds.timeline({ query: 'Zelensky', to: '2023' });
    expect(upTo.kind === 'timeline' ? upTo.entries.every((e) => (e.saidOn?.date ?? '') < '2024') : false).toBe(true);
  });

  it('WHEN the query names no speaker THEN the answer says it is a topic search', () => {
    const answer = seeds.timeline({ query: 'ceasefire' });
    expect(answer).toMatchObject({ kind: 'timeline', speaker: null, notes: [expect.stringMatching(/No speaker in the corpus is called “ceasefire”/)] });
  });

  it('WHEN it is a country THEN people whose role names it count, marked as speaking for it', () => {
    const answer = seeds.timeline({ query: 'United States' });
    if (answer.kind !== 'timeline') throw new Error('usage');
    const price = answer.entries.filter((e) => e.speaker.canonical === 'Ned Price');
    expect(price.length).toBeGreaterThan(0);
    expect(price.every((e) => e.speaksFor === 'United States')).toBe(true);
    expect(answer.entries.some((e) => e.speaker.canonical === 'Antony Blinken')).toBe(true);
    expect(answerToText(answer)).toContain('Ned Price (US State Department spokesman), for United States');
  });

  it('THEN a speaker’s long description is shown once per page, its short name on later entries', () => {
    const answer = seeds.timeline({ query: 'China' });
    if (answer.kind !== 'timeline') throw new Error('usage');
    const authors = discordAnswerPage(answerPage(answer, 0, 10)).embeds.map((e) => e.author?.name ?? '');
    const plan = authors.filter((name) => name.includes("China's 12-point peace plan"));
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.filter((name) => name.includes('position paper'))).toHaveLength(1);
  });
});

describe('GIVEN two people who share a family name in different articles', () => {
  /** One English article per body, a.md, b.md, …, published a day apart from 2024-03-01. */
  const articles = (...bodies: string[]): Record<string, string> =>
    Object.fromEntries(bodies.map((body, i) => [`${String.fromCharCode(97 + i)}.md`, ARTICLE(`title: ${String.fromCharCode(65 + i)}\npublished: 2024-03-0${i + 1}\nlanguage: en`, body)]));
  const speakerSaying = (core: Whosaid, phrase: string) => speakerOf(ask(core, phrase).results[0]);

  it('WHEN one is named with a generation ("John G. Roberts Jr.") and then by family name THEN his words stay his, not the other Roberts\'s', async () => {
    const core = await openCorpus(
      articles(
        'Mayor Jennifer Roberts said the curfew would end on Sunday.',
        'Chief Justice John G. Roberts Jr. said the new courthouse was a gift to the city.\n\nChief Justice Roberts said the court was ready for the busy term ahead.',
      ),
    );
    expect(speakerSaying(core, 'the court was ready for the busy term')).toBe('John G. Roberts Jr.');
    expect(speakerSaying(core, 'the curfew would end')).toBe('Jennifer Roberts');
  });

  it('WHEN a family member is named in full after the famous one is known by family name THEN they stay two people', async () => {
    const core = await openCorpus(
      articles('Governor Donald J. Hale said the budget was balanced.\n\nHale said taxes would not rise this year.', 'Ivy Hale said the campaign would visit every county in the state.'),
    );
    expect(speakerSaying(core, 'visit every county in the state')).toBe('Ivy Hale');
    expect(speakerSaying(core, 'taxes would not rise this year')).toBe('Donald J. Hale');
  });

  it('WHEN a word crept into one article\'s form of a name ("Rival Ann Lee") THEN the name most articles use is the one shown', async () => {
    const core = await openCorpus(
      articles('Ann Lee said the budget was balanced.', 'Ann Lee said taxes would not rise.', 'Senator Ann Lee said the bridge would reopen.\n\nLocal Ann Lee said the tolls would go.'),
    );
    expect(speakerSaying(core, 'the budget was balanced')).toBe('Ann Lee');
    expect(speakerSaying(core, 'the tolls would go')).toBe('Ann Lee');
  });

  it('WHEN a family name stands alone THEN it is the person of that name the corpus quotes most, and "Mrs." is never a man', async () => {
    const core = await openCorpus(
      articles(
        'Former Governor Tom Hale said the bridge was safe.',
        'Senator Mary Hale said taxes would fall.\n\nHale said the budget was balanced.',
        'Mary Hale said the port would grow.',
        'Hale said the tolls would go.',
        'Tom Hale said the mines would reopen.\n\nMrs. Hale said the schools would get more money.',
      ),
    );
    expect(speakerSaying(core, 'the tolls would go')).toBe('Mary Hale');
    expect(speakerSaying(core, 'the schools would get more money')).toBe('Mary Hale');
  });

  it('WHEN a name alone is another person\'s given name ("Hassan", after "Hassan Rouhani") THEN it is not that person unless the article named him', async () => {
    const core = await openCorpus(articles('Iranian President Hassan Rouhani said the deal would hold.', 'Hassan said the tax plan was wrong.', 'Iranian President Hassan Rouhani spoke first.\n\nHassan said the talks would go on.'));
    expect(speakerSaying(core, 'the tax plan was wrong')).toBe('Hassan');
    expect(speakerSaying(core, 'the talks would go on')).toBe('Hassan Rouhani');
  });

  it('WHEN a group is named in the plural ("Democrats", "Aides") THEN it is not a narrower group or anyone\'s family name', async () => {
    const core = await openCorpus(articles('Senate Democrats said the bill was dead.', 'Democrats said the vote was rigged.\n\nAides said the mayor was tired.', 'Mayor Ann Aides said the bridge would reopen.'));
    expect(speakerSaying(core, 'the vote was rigged')).toBe('Democrats');
    expect(speakerSaying(core, 'the mayor was tired')).toBe('Aides');
  });
});
