// When words were said, across a story: which dates carry from one sentence to later ones, and which never do.
// Every article here is written for the test; none is copied from a data set. Published Friday 2024-03-08.
import { describe, expect, it } from 'vitest';
import { type RawStatement, extractStatements } from '../src/extract/statements.ts';
import type { Document, Language, Paragraph } from '../src/model.ts';

const PUBLISHED = { date: '2024-03-08', precision: 'day' as const };
const FILLER = 'The city has spent two years on the repairs.\n\nTraffic on the old route has doubled since then.\n\nMany residents now drive an hour longer each day.';

function article(text: string, language: Language = 'en'): Document {
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start: at, end: at + part.length, kind: 'body' });
    at += part.length + 2;
  }
  return { id: 'a', file: 'a.md', title: 'A story', outlet: null, author: null, url: null, published: PUBLISHED, language, text, paragraphs };
}

/** The date of the statement whose words include `words`. */
function saidOn(text: string, words: string, language: Language = 'en'): RawStatement['saidOn'] {
  const doc = article(text, language);
  const found = extractStatements(doc, () => undefined).find((s) => doc.text.slice(s.start, s.end).includes(words));
  if (!found) throw new Error(`no statement with "${words}"`);
  return found.saidOn;
}

describe('GIVEN a speaker whose words the story dated once', () => {
  const story = `Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May.\n\n${FILLER}\n\n"It will be worth the wait," Ruiz said.`;

  it('THEN her later undated words, paragraphs on, are from that day too', () => {
    expect(saidOn(story, 'worth the wait')).toMatchObject({ date: '2024-03-05', precision: 'day', basis: 'event' });
  });

  it('THEN words in the present tense ("says", "is arguing") are of now, not of that day', () => {
    expect(saidOn(`${story}\n\nRuiz says the delay was unavoidable.`, 'the delay was unavoidable')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
    expect(saidOn(`${story}\n\nRuiz is arguing that the delay was unavoidable.`, 'the delay was unavoidable')).toMatchObject({ basis: 'published' });
  });

  it('THEN someone else quoted later keeps the publication date', () => {
    expect(saidOn(`${story}\n\n"The delay was avoidable," said Tom Berg, a local engineer.`, 'The delay was avoidable')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a story whose lead dates the event it reports', () => {
  const story =
    'Senator Mia Lee and Governor Sam Park clashed over taxes at a debate on Wednesday night.\n\n' +
    `${FILLER}\n\n"We cannot afford this plan," Park said.\n\n"Both of them missed the point," said Dana Wolfe, an economist at a state university.`;

  it('THEN the later words of those the lead names are from the event', () => {
    expect(saidOn(story, 'We cannot afford this plan')).toMatchObject({ date: '2024-03-06', precision: 'day' });
  });

  it('THEN an outside voice, not named in the lead, is not placed at the event', () => {
    expect(saidOn(story, 'Both of them missed the point')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
  });

  it('THEN a lead about long ago does not date the story\'s quotes', () => {
    const history = `In 1998, Senator Mia Lee said the tax was unfair.\n\n${FILLER}\n\n"It still is," Lee said.`;
    expect(saidOn(history, 'It still is')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a lead whose first sentence leaves its date to the next', () => {
  it('THEN the first sentence\'s words take the date the lead gives, for those the lead names', () => {
    const story = 'Senator Mia Lee urged the council to close the old bridge.\n\nLee made the plea at a town hall meeting on Wednesday.\n\n' + FILLER;
    expect(saidOn(story, 'close the old bridge')).toMatchObject({ date: '2024-03-06', precision: 'day', basis: 'event' });
  });

  it('THEN words said in reaction "after she attacked …" do not take the date of the act the next sentence dates', () => {
    const story = 'Governor Tom Hale called the senator a disgrace after she attacked the police.\n\nOn a radio show on Tuesday, Senator Mia Lee criticized the police chief.\n\n' + FILLER;
    expect(saidOn(story, 'a disgrace')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
  });
});

describe('GIVEN an event the story dated and later names again', () => {
  it('THEN words said "at the town hall" are from the town hall\'s date', () => {
    const story = `${FILLER}\n\nThe candidates met voters at a town hall on Monday in a packed gym.\n\nThe crowd was loud.\n\nWe asked others.\n\nAt the town hall, Mark Diaz said the budget was a disgrace.`;
    expect(saidOn(story, 'the budget was a disgrace')).toMatchObject({ date: '2024-03-04', precision: 'day' });
  });

  it('THEN "complained about his mic the morning after the debate" is the day after the debate', () => {
    const story = 'The candidates clashed in Monday night’s debate in the capital.\n\nMayor Ann Lee complained about her microphone the morning after the debate.';
    expect(saidOn(story, 'her microphone')).toMatchObject({ date: '2024-03-05', precision: 'day', basis: 'event' });
  });

  it('THEN "It says …" right after "X sent a letter Thursday." is the letter, dated by its sending', () => {
    const doc = article('The city sent a letter on Thursday to the campaign. It says the campaign broke the law.');
    const [found] = extractStatements(doc, () => undefined);
    expect([found?.speaker.name, found?.speaker.kind]).toEqual(['letter', 'document']);
    expect(found?.saidOn).toMatchObject({ date: '2024-03-07', precision: 'day', basis: 'event' });
    const sender = article('Mayor Ana Ruiz sent a letter on Thursday to the council. It says the bridge is unsafe.');
    expect(extractStatements(sender, () => undefined)[0]?.speaker.name).toBe("Ana Ruiz's letter");
    // Not after anything else the sender did.
    const other = article('The company sent its workers home on Thursday. It said the plant was unsafe.');
    expect(extractStatements(other, () => undefined).map((s) => s.speaker.kind)).not.toContain('document');
  });

  it('THEN "the proposal said" is dated by the day the plan was issued', () => {
    const story = `The plan issued on Monday by the transport ministry calls for new tolls.\n\n${FILLER}\n\n"Tolls are the only fair way to pay," the proposal said.`;
    expect(saidOn(story, 'Tolls are the only fair way')).toMatchObject({ date: '2024-03-04', precision: 'day' });
  });

  it('THEN a document\'s words are from its issue even in the present tense ("the letter says"), and "said in the letter" too', () => {
    const story = `The city sent the campaign a letter on Monday about its new advertisement.\n\n${FILLER}\n\n"The use of our logo is unlawful," the letter says.\n\nCity lawyer Rosa Diaz said in the letter that the campaign must pull the ad.`;
    expect(saidOn(story, 'The use of our logo is unlawful')).toMatchObject({ date: '2024-03-04', precision: 'day' });
    expect(saidOn(story, 'the campaign must pull the ad')).toMatchObject({ date: '2024-03-04', precision: 'day' });
  });

  it('THEN "he said then" points back to the last date the story gave', () => {
    const story = 'In June, the council passed the deal.\n\nIts critics were few.\n\nThe vote was close.\n\n"We were wrong," the mayor said then.';
    expect(saidOn(story, 'We were wrong')).toMatchObject({ date: '2023-06', precision: 'month' });
  });
});

describe('GIVEN a year that names the work the words come from', () => {
  it('THEN "in his 2002 book" and "a 2013 memo" date what they say to that year', () => {
    expect(saidOn('In his 2002 book, the economist Tom Hale suggested saving early.', 'saving early')).toMatchObject({ date: '2002', precision: 'year' });
    expect(saidOn('In a 2013 memo, the agency warned that the program was open to fraud.', 'the program was open to fraud')).toMatchObject({ date: '2013', precision: 'year' });
  });

  it('THEN "during a May interview" dates what was said to the last May; "his November speech" to the November before publication', () => {
    expect(saidOn('During a May interview on the radio, Tom Hale said the plan was dead.', 'the plan was dead')).toMatchObject({ date: '2023-05', precision: 'month' });
    expect(saidOn('In his November speech, Mayor Ana Ruiz said taxes would rise.', 'taxes would rise')).toMatchObject({ date: '2023-11', precision: 'month' });
    // "may" the verb, or a month naming something else, is not when.
    expect(saidOn('Tom Hale said a May report may be wrong.', 'may be wrong')).toMatchObject({ basis: 'published' });
  });

  it('THEN the year of a work is not carried to the speaker\'s later words', () => {
    const story = `In his 2002 book, the economist Tom Hale suggested saving early.\n\n${FILLER}\n\n"Debt is a last resort," Hale said.`;
    expect(saidOn(story, 'saving early')).toMatchObject({ date: '2002', precision: 'year' });
    expect(saidOn(story, 'Debt is a last resort')).toMatchObject({ basis: 'published' });
  });

  it('THEN "told the newspaper then" points back to the last date given, past the addressee', () => {
    const story = 'In June, the council passed the deal.\n\nIts critics were few.\n\nThe vote was close.\n\n"We were wrong," the mayor told the local paper then.';
    expect(saidOn(story, 'We were wrong')).toMatchObject({ date: '2023-06', precision: 'month' });
  });
});

describe('GIVEN words near the cue that are not the date of saying', () => {
  it('THEN "9/11" and "24/7" are names, not September 11 or July 24', () => {
    expect(saidOn('"We will never forget," said Mary Stone, a 9/11 widow.', 'We will never forget')).toMatchObject({ basis: 'published' });
    expect(saidOn('"Our crews work 24/7," Stone said.', 'Our crews work')).toMatchObject({ basis: 'published' });
  });

  it('THEN a date in a relative clause about the speaker ("who served until last year") is not when they spoke', () => {
    expect(saidOn('Tom Reyes, who served as envoy until last year, said the talks had stalled.', 'the talks had stalled')).toMatchObject({ basis: 'published' });
    expect(saidOn('The agency, which in January raised its fees, said demand was falling.', 'demand was falling')).toMatchObject({ basis: 'published' });
    // A short description, then its relative clause: "a rival whom …", "a longtime friend who …".
    expect(saidOn('Ana Ruiz, a rival whom the mayor fired two weeks ago, said the mayor should resign.', 'the mayor should resign')).toMatchObject({ basis: 'published' });
    expect(saidOn('"It is not too late," said Tom Berg, a longtime friend who left the campaign on Monday.', 'It is not too late')).toMatchObject({ basis: 'published' });
    // The cue's own day stays, even with a relative clause about its occasion.
    expect(saidOn('The plan, the ministry said Monday in a statement which was posted online, would cut taxes.', 'would cut taxes')).toMatchObject({ date: '2024-03-04', precision: 'day' });
  });

  it('THEN a month or day in a relative clause that holds an act of the speaker ("…, which endorsed her in March, said …") dates only that act', () => {
    const text = 'The council, which endorsed Jane Roe in March, said it would campaign for her.\n\nIt will knock on doors every weekend, the council said.';
    expect(saidOn(text, 'Jane Roe')).toMatchObject({ date: '2024-03', precision: 'month' });
    expect(saidOn(text, 'it would campaign')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
    expect(saidOn(text, 'knock on doors')).toMatchObject({ basis: 'published' });
  });

  it('THEN a day of the main clause does not date words said in a relative clause ("…, who asked …, watched it on Thursday")', () => {
    expect(saidOn('The parents, who asked the school to show them the video, watched it on Thursday.', 'show them the video')).toMatchObject({ basis: 'published' });
  });

  it('THEN a day with a possessive names a thing of that day, not when the words were said', () => {
    expect(saidOn('Thursday’s walk-ins were the third time the group said it had held such an event.', 'it had held such an event')).toMatchObject({ basis: 'published' });
    const praised = article('Officials praised Thursday’s marches for being calm.');
    const [statement] = extractStatements(praised, () => undefined);
    expect(praised.text.slice(statement?.start ?? 0, statement?.end ?? 0)).toBe('Thursday’s marches for being calm');
    expect(statement?.saidOn).toMatchObject({ basis: 'published' });
    // At a day's occasion, the words are that day's.
    expect(saidOn('At Thursday’s hearing, the senator said the plan was flawed.', 'the plan was flawed')).toMatchObject({ date: '2024-03-07', precision: 'day' });
  });

  it('THEN a part of the day alone ("for Morning Consult") says no day, and "this morning" is the day of writing', () => {
    expect(saidOn('“The effect is small,” wrote Cameron Hale for Morning Consult.', 'The effect is small')).toMatchObject({ basis: 'published' });
    expect(saidOn('The mayor said this morning that the bridge would reopen.', 'the bridge would reopen')).toMatchObject({ date: PUBLISHED.date, precision: 'day', basis: 'relative' });
  });

  it('THEN a dateline ("WASHINGTON, March 6 (Reuters) —") is when the story was filed, not when anyone spoke', () => {
    expect(saidOn('WASHINGTON, March 6 (Reuters) — Senator Mia Lee said the tax plan was unfair.', 'the tax plan was unfair')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
    const story = 'FLINT, Mich., March 6 — Senator Mia Lee attacked the tax plan at a rally.\n\nDuring the rally on Tuesday, Lee said the plan was unfair.\n\n"It hurts families," Lee said.';
    expect(saidOn(story, 'It hurts families')).toMatchObject({ date: '2024-03-05', precision: 'day' });
  });

  it('THEN "said in a June report" dates the words to the report\'s month, and the report is not what was said', () => {
    const text = 'The poorest fifth paid 2 percent, the agency said in a January report, and the richest paid 40 percent.';
    expect(saidOn(text, 'The poorest fifth paid 2 percent')).toMatchObject({ date: '2024-01', precision: 'month' });
  });

  it('THEN a bare year next to the cue or opening the sentence dates it ("who in 2010 said", "In 1986, …, citing"), but not the speaker\'s later words', () => {
    expect(saidOn('The senator, who in 2010 said the party must win, is retiring.', 'the party must win')).toMatchObject({ date: '2010', precision: 'year' });
    expect(saidOn('In 1986, the court blocked the sale, citing a threat to public health.', 'a threat to public health')).toMatchObject({ date: '1986', precision: 'year' });
    const later = 'Mayor Ana Ruiz said in 2012 that the bridge was sound.\n\n' + FILLER + '\n\n"It is time to rebuild," Ruiz said.';
    expect(saidOn(later, 'the bridge was sound')).toMatchObject({ date: '2012' });
    expect(saidOn(later, 'It is time to rebuild')).toMatchObject({ basis: 'published' });
  });

  it('THEN a year in an appositive before the cue ("a former aide who went there in 2011, said") is not the cue\'s', () => {
    expect(saidOn('Erin Hale, a former aide who went there in 2011, said the trip mattered.', 'the trip mattered')).toMatchObject({ basis: 'published' });
  });

  it('THEN a stretch of time up to now ("in the past two weeks") is no day of saying, and a weekday after a place name is a day', () => {
    expect(saidOn('"Subpoenas are not optional," Lee said after the aide missed a second hearing in the past two weeks.', 'Subpoenas are not optional')).toMatchObject({ basis: 'published' });
    expect(saidOn('In a speech in Fort Pierce, Florida Friday, Lee said taxes must fall.', 'taxes must fall')).toMatchObject({ date: '2024-03-08', basis: 'relative' });
    expect(saidOn('At a rally in Dayton, Ohio Tuesday, Lee said taxes must fall.', 'taxes must fall')).toMatchObject({ date: '2024-03-05', precision: 'day' });
  });

  it('THEN "USA TODAY" is a newspaper, not today', () => {
    expect(saidOn('Lee said on Tuesday that taxes must fall.\n\n' + FILLER + '\n\nLee told USA TODAY\'s weekly video series the plan was unfair.', 'the plan was unfair')).toMatchObject({ date: '2024-03-05' });
  });

  it('THEN a time of day alone ("at 3 a.m.") says no day, and "Friday at 3 a.m." says Friday', () => {
    expect(saidOn('"We will vote tonight," Lee said at 3 a.m. after the talks.', 'We will vote tonight')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
    expect(saidOn('"We will vote," Lee said Tuesday at 3 a.m.', 'We will vote')).toMatchObject({ date: '2024-03-05', precision: 'day' });
  });

  it('THEN "the vote in 10 days" is not read as a day of last year', () => {
    expect(saidOn('Heading into the vote in 10 days, Lee said taxes must fall.', 'taxes must fall')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
  });

  it('THEN the scene of one sentence is not lent to a different speaker in the next', () => {
    const story = 'Last month, the council approved the budget.\n\n"This is a good day for the city," said Ella Novak, a resident.';
    expect(saidOn(story, 'a good day for the city')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a story published the day after the event its lead reports (a same-day account)', () => {
  const lead = 'The city council voted on Thursday to close the old bridge for a year.';
  const story = (later: string): string => `${lead}\n\n${FILLER}\n\n${later}`;

  it('THEN the undated past-tense words of those who reacted, named in the lead or not, are from that day', () => {
    expect(saidOn(story('"This is a sad day for the east side," said council member Jo Hart.'), 'a sad day for the east side')).toMatchObject({ date: '2024-03-07', precision: 'day', basis: 'event' });
    expect(saidOn(story('Shop owners said they would lose half their trade.'), 'they would lose half their trade')).toMatchObject({ date: '2024-03-07', basis: 'event' });
  });

  it('THEN voices the reporter sought out (an analyst by her institute, an unnamed source) keep the publication date, and so do their later words', () => {
    const analyst = story('"The vote was rushed," said Ann Cole, a professor of planning at Lakeside University.\n\n"Nobody asked the drivers," she said.');
    expect(saidOn(analyst, 'The vote was rushed')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
    expect(saidOn(analyst, 'Nobody asked the drivers')).toMatchObject({ basis: 'published' });
    expect(saidOn(story('A city official said the deal had been struck weeks ago.'), 'the deal had been struck')).toMatchObject({ basis: 'published' });
    expect(saidOn(story('Jo Hart said in an interview that the vote was fair.'), 'the vote was fair')).toMatchObject({ basis: 'published' });
  });

  it('THEN a verb coordinated with a present perfect, or a participle hanging on one, is not dated by the event either', () => {
    expect(saidOn(story('The mayor has called on residents to stay calm and called on shops to reopen by noon.'), 'shops to reopen')).toMatchObject({ basis: 'published' });
    expect(saidOn(story('Jo Hart has tried to stop the closure, arguing that the bridge is safe.'), 'the bridge is safe')).toMatchObject({ basis: 'published' });
    expect(saidOn(story('Jo Hart tried to stop the closure, arguing that the bridge was safe.'), 'the bridge was safe')).toMatchObject({ date: '2024-03-07' });
  });

  it('THEN experts on what the lead names are still sought out, not at the event ("Experts on Iran and missile defense said")', () => {
    const lead = `Iran tested a long-range missile on Thursday.\n\n${FILLER}\n\n`;
    expect(saidOn(`${lead}Experts on Iran and missile defense said the test was a warning.`, 'the test was a warning')).toMatchObject({ basis: 'published' });
    expect(saidOn(`${lead}Iran said the test was a success.`, 'the test was a success')).toMatchObject({ date: '2024-03-07' });
  });

  it('THEN findings an organisation reported or estimated are not a reaction on the day', () => {
    expect(saidOn(story('The Lakeside Budget Institute reported that the closure would cost $40 million.'), 'would cost $40 million')).toMatchObject({ basis: 'published' });
    expect(saidOn(story('The Lakeside Budget Institute said that the closure would cost $40 million.'), 'would cost $40 million')).toMatchObject({ date: '2024-03-07' });
  });

  it('THEN words in the past perfect ("had told") come from before the event and are not dated by it', () => {
    expect(saidOn(story('Jo Hart had told residents that the bridge was safe.'), 'the bridge was safe')).toMatchObject({ basis: 'published' });
  });

  it('THEN after an evening event, others\' reactions are not placed at it (they come the next morning)', () => {
    const evening = 'Senator Mia Lee and Governor Sam Park clashed over taxes in a debate on Thursday night.';
    const reactions = `${evening}\n\n${FILLER}\n\n"Lee won easily," said Jo Hart, a party chairwoman.`;
    expect(saidOn(reactions, 'Lee won easily')).toMatchObject({ basis: 'published' });
    expect(saidOn(`${evening}\n\n${FILLER}\n\n"Taxes must fall," Park said.`, 'Taxes must fall')).toMatchObject({ date: '2024-03-07' });
  });

  it('THEN a story published two days after its event does not lend the event to everyone', () => {
    const later = `The city council voted on Wednesday to close the old bridge.\n\n${FILLER}\n\n"This is a sad day," said Jo Hart.`;
    expect(saidOn(later, 'This is a sad day')).toMatchObject({ basis: 'published' });
  });

  it('THEN a story published the same day as its event says "reported on", not "said on"', () => {
    const today = `The city council voted on Friday to close the old bridge.\n\n${FILLER}\n\n"This is a sad day," said Jo Hart.`;
    expect(saidOn(today, 'This is a sad day')).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
  });
});

describe('GIVEN a lead whose main clause dates the story\'s event', () => {
  it('THEN an event named later, undated ("told reporters after the meeting"), is that event', () => {
    const story = `European ministers met on Wednesday in Vienna to discuss the budget.\n\n${FILLER}\n\n"We are close to a deal," Ida Brandt told reporters after the meeting.`;
    expect(saidOn(story, 'We are close to a deal')).toMatchObject({ date: '2024-03-06', precision: 'day', basis: 'event' });
  });

  it('THEN "Last week, the mayor flew to …" sets the week her later words come from; "Last week, I watched …" does not', () => {
    const trip = 'Last week, Mayor Ana Ruiz flew to the coast to see the flood damage.';
    expect(saidOn(`${trip}\n\n${FILLER}\n\n"The sea is winning," Ruiz said.`, 'The sea is winning')).toMatchObject({ date: '2024-02-26', precision: 'week' });
    const column = 'Last week, I watched Mayor Ana Ruiz on the evening news.';
    expect(saidOn(`${column}\n\n${FILLER}\n\n"The sea is winning," Ruiz said.`, 'The sea is winning')).toMatchObject({ basis: 'published' });
  });

  it('THEN "now" is the time of writing, not a date the lead gives', () => {
    const story = `Ruiz now hopes the repairs will be done by May.\n\n${FILLER}\n\n"We will get there," Ruiz said.`;
    expect(saidOn(story, 'We will get there')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a speaker whose words were dated once, quoted later at a new occasion', () => {
  it('THEN words "during a rally in Springfield" are not from the dated occasion', () => {
    const story = `Governor Sam Park said on Tuesday that taxes would fall.\n\n${FILLER}\n\n"Taxes will fall," Park said during a rally in Springfield.`;
    expect(saidOn(story, 'Taxes will fall')).toMatchObject({ basis: 'published' });
  });

  it('THEN after that new occasion, the speaker\'s later undated words are no longer placed at the dated one', () => {
    const story = `${FILLER}\n\n${FILLER}\n\nGovernor Sam Park told a radio host this week that taxes would fall.\n\nPark said during a rally in Springfield that the press was biased.\n\nPark said the council was to blame.`;
    expect(saidOn(story, 'taxes would fall')).toMatchObject({ precision: 'week' });
    expect(saidOn(story, 'the council was to blame')).toMatchObject({ basis: 'published' });
  });

  it('THEN words recalled ("Hart recalled") are not placed at the event they recall', () => {
    const story = `The city council voted on Thursday to close the old bridge.\n\n${FILLER}\n\nJo Hart, who attended the vote, recalled that the room fell silent.`;
    expect(saidOn(story, 'the room fell silent')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN Dutch news', () => {
  it('THEN the lead\'s day carries to the ministry the lead\'s government speaks for ("aldus" has no tense)', () => {
    const story = `De Franse regering heeft vakbonden dinsdag opgeroepen het overleg te hervatten.\n\nDe stakingen duren al weken.\n\nTreinen rijden nauwelijks.\n\n'Alle partijen moeten terug naar tafel', aldus het Franse ministerie van Arbeid.`;
    expect(saidOn(story, 'Alle partijen moeten terug', 'nl')).toMatchObject({ date: '2024-03-05', precision: 'day' });
  });

  it('THEN a story published the day after its event dates the reactions to it, but not an outside expert\'s', () => {
    const story = (later: string): string => `De gemeenteraad stemde donderdag in met de sluiting van de oude brug.\n\nDe stad werkt al twee jaar aan de brug.\n\nBewoners rijden elke dag om.\n\n${later}`;
    expect(saidOn(story("'Dit is een zwarte dag', zei Jo Hart."), 'Dit is een zwarte dag', 'nl')).toMatchObject({ date: '2024-03-07', basis: 'event' });
    expect(saidOn(story("'Het besluit is overhaast', zei Ann Cole, hoogleraar planologie aan de Universiteit Utrecht."), 'Het besluit is overhaast', 'nl')).toMatchObject({ basis: 'published' });
  });

  it('THEN "Dat zei X woensdag" dates the sentence before by its own day', () => {
    expect(saidOn('Het kabinet trekt twee miljard uit voor de zorg. Dat zei minister Jansen woensdag tegen de NOS.', 'twee miljard', 'nl')).toMatchObject({ date: '2024-03-06', precision: 'day' });
  });

  it('THEN "eergisteren", "gisteravond" and "donderdagavond" date the words, and the middle of the clause before "dat" is not what was said', () => {
    // Published Friday 2024-03-08.
    expect(saidOn('Jansen zei eergisteren dat de brug dicht gaat.', 'de brug dicht gaat', 'nl')).toMatchObject({ date: '2024-03-06', precision: 'day' });
    expect(saidOn('Jansen zei gisteravond dat de brug dicht gaat.', 'de brug dicht gaat', 'nl')).toMatchObject({ date: '2024-03-07', precision: 'day' });
    expect(saidOn('Jansen zei donderdagavond tegen de NOS dat de brug dicht gaat.', 'de brug dicht gaat', 'nl')).toMatchObject({ date: '2024-03-07', precision: 'day' });
    const doc = article('Jansen zei donderdagavond tegen de NOS in Den Haag dat de brug dicht gaat.', 'nl');
    const [found] = extractStatements(doc, () => undefined);
    expect(found && doc.text.slice(found.start, found.end)).toBe('dat de brug dicht gaat');
    // A day inside what was said is not when it was said.
    expect(saidOn('Jansen zei dat de brug zaterdagochtend dicht gaat.', 'de brug', 'nl')).toMatchObject({ basis: 'published' });
  });

  it('THEN a speaker in the present tense ("zegt") is of now', () => {
    const story = `Minister Jan de Vries zei dinsdag dat de brug in mei opengaat.\n\nDe stad werkt al twee jaar aan de brug.\n\nBewoners rijden elke dag om.\n\nDe Vries zegt dat het wachten loont.`;
    expect(saidOn(story, 'het wachten loont', 'nl')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a short weekday joined to a name ("the Sun-Times", "Sun Sentinel")', () => {
  it('THEN it is the name, not a Sunday', () => {
    expect(saidOn('The parade began with a silence, the Chicago Sun-Times reported.', 'The parade began')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a weekend ("this weekend", "over the weekend", "last weekend")', () => {
  it('THEN the said-date is the week that ends with it: two days are not one; on a weekday the weekend just gone', () => {
    // Published Friday 2024-03-08: the weekend just gone ended on Sunday 2024-03-03, in the week of Monday 2024-02-26.
    expect(saidOn('Ann Lee said over the weekend that the bridge would reopen.', 'the bridge would reopen')).toMatchObject({ date: '2024-02-26', precision: 'week' });
    expect(saidOn('Last weekend, Ann Lee said the bridge would reopen.', 'the bridge would reopen')).toMatchObject({ date: '2024-02-26', precision: 'week' });
  });

  it('THEN "said over the weekend that …" keeps the time out of what was said', () => {
    const doc = article('Ann Lee said over the weekend that the bridge would reopen.');
    const [found] = extractStatements(doc, () => undefined);
    expect(found && doc.text.slice(found.start, found.end)).toBe('that the bridge would reopen');
  });
});

describe('GIVEN words dated by the occasion named around their cue ("told reporters after the meeting")', () => {
  it('THEN the speaker’s next undated words are from that occasion too', () => {
    const story =
      'European leaders gathered on Wednesday to discuss the budget.\n\n' +
      `${FILLER}\n\n` +
      '"We are in a critical situation," Chancellor Eva Brandt told reporters after the meeting. She said leaders had agreed to a plan.';
    expect(saidOn(story, 'We are in a critical situation')).toMatchObject({ date: '2024-03-06', basis: 'event' });
    expect(saidOn(story, 'leaders had agreed to a plan')).toMatchObject({ date: '2024-03-06', basis: 'event' });
  });
});

describe('GIVEN "said the morning after the debate that …"', () => {
  it('THEN the said-date is the day after the debate’s, and the time is kept out of what was said', () => {
    const story = 'The candidates clashed at Monday night’s debate in Dayton.\n\nAnn Lee said the morning after the debate that her microphone had been broken.';
    expect(saidOn(story, 'her microphone had been broken')).toMatchObject({ date: '2024-03-05', precision: 'day', basis: 'event' });
    const doc = article(story);
    const found = extractStatements(doc, () => undefined).find((s) => doc.text.slice(s.start, s.end).includes('microphone'));
    expect(found && doc.text.slice(found.start, found.end)).toBe('that her microphone had been broken');
  });
});

describe('GIVEN "the day before the debate" in a sentence of its own (chrono reads "the day before" as the day before publication)', () => {
  it("THEN it is the day before the debate's date, not before the story's", () => {
    const story = 'The candidates clashed in Monday night’s debate in the capital.\n\nIn a column the day before the debate, two union leaders urged her to attack, arguing that it would rattle him.';
    expect(saidOn(story, 'it would rattle him')).toMatchObject({ date: '2024-03-03', precision: 'day', basis: 'event' });
  });
});

describe('GIVEN words heard on a recording dated last week ("footage of Lee saying during last week’s debate, “…”")', () => {
  it('THEN the speaker’s later undated words are not placed at that recording', () => {
    const story = 'The ad shows footage of Mayor Ann Lee saying last week, “That makes me smart.”\n\n' + `${FILLER}\n\n` + 'On Thursday Lee spoke to veterans in Dayton.\n\n"We need a strong army," Lee said.';
    expect(saidOn(story, 'That makes me smart')).toMatchObject({ precision: 'week' });
    expect(saidOn(story, 'We need a strong army')).not.toMatchObject({ precision: 'week' });
  });
});

describe('GIVEN words dated by a named holiday ("in a Labor Day interview", "on Thanksgiving", "op Koningsdag")', () => {
  it('THEN the holiday is the last one before publication, or the next when the words look ahead', () => {
    // Published Friday 2024-03-08: the last Labor Day was 2023-09-04, the last Thanksgiving 2023-11-23.
    expect(saidOn('Ann Lee said in a Labor Day interview that the bridge was safe.', 'the bridge was safe')).toMatchObject({ date: '2023-09-04', precision: 'day' });
    expect(saidOn('Ann Lee said on Thanksgiving that the bridge was safe.', 'the bridge was safe')).toMatchObject({ date: '2023-11-23', precision: 'day' });
    expect(saidOn('Jansen zei op Koningsdag dat de brug dicht gaat.', 'de brug dicht gaat', 'nl')).toMatchObject({ date: '2023-04-27', precision: 'day' });
    // A holiday inside what was said is not when it was said.
    expect(saidOn('Ann Lee said the bridge will open on Memorial Day.', 'the bridge will open')).toMatchObject({ basis: 'published' });
    // Nor does a holiday in the story's own sentences date the story: it is as often a day that comes back each year.
    // (Published four days after Labor Day 2023, so the lead's event would be recent enough to carry.)
    const story = `Mayor Ann Lee threw open her back yard for a Labor Day cookout, a ritual she has kept for 20 years.\n\n${FILLER}\n\nLee said the bridge was safe.`;
    const doc = { ...article(story), published: { date: '2023-09-08', precision: 'day' as const } };
    const found = extractStatements(doc, () => undefined).find((s) => doc.text.slice(s.start, s.end).includes('the bridge was safe'));
    expect(found?.saidOn).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a verb of writing after the story dated the writing ("a series of tweets Friday. She tweeted: …", "sent a letter on Thursday. … they wrote")', () => {
  it('THEN the written words are from the day of the writing', () => {
    const tweets = 'Mayor Ann Lee said on Monday that the bridge was safe.\n\nHer answer to the council came in a series of tweets Wednesday.\n\nShe tweeted: “The bridge is safe and the council knows it.”';
    expect(saidOn(tweets, 'The bridge is safe and the council knows it')).toMatchObject({ date: '2024-03-06', precision: 'day' });
    const letter = 'Senators Tom Hale and Ann Lee oppose the bill. They sent a letter on Thursday to the Senate leaders.\n\n"The program has become plagued by fraud," they wrote.';
    expect(saidOn(letter, 'plagued by fraud')).toMatchObject({ date: '2024-03-07', precision: 'day' });
    const brief = 'Minister Jansen zei maandag dat de brug veilig is.\n\nKamerlid De Vries stuurde een brief op donderdag aan de minister.\n\n„Het programma zit vol fraude”, schreef De Vries.';
    expect(saidOn(brief, 'vol fraude', 'nl')).toMatchObject({ date: '2024-03-07', precision: 'day' });
    expect(saidOn(brief.replace('schreef', 'zei'), 'vol fraude', 'nl')).not.toMatchObject({ date: '2024-03-07' });
  });

  it('THEN a writing dated long before, or a verb that writes nothing, dates nothing', () => {
    const lead = 'Mayor Ann Lee said on Monday that the bridge was safe.\n\nHer critics sent a letter on Thursday to the Senate leaders.';
    expect(saidOn(`${lead}\n\n${FILLER}\n\n"The program is plagued by fraud," Tom Hale wrote.`, 'plagued by fraud')).not.toMatchObject({ date: '2024-03-07' });
    expect(saidOn(`${lead}\n\n"The program is plagued by fraud," Tom Hale said.`, 'plagued by fraud')).not.toMatchObject({ date: '2024-03-07' });
    expect(saidOn(`${lead}\n\n"The program is plagued by fraud," Tom Hale wrote.`, 'plagued by fraud')).toMatchObject({ date: '2024-03-07' });
  });
});

describe('GIVEN a lead that dates a trip, then words from "a recent interview" of the one who made it', () => {
  it('THEN the interview is from the lead\'s trip, at the lead\'s precision', () => {
    const story = 'Last week, Mayor Ana Ruiz flew to the island to see the flood damage.\n\n"The charts are terrifying," she said in a recent interview in the capital.';
    expect(saidOn(story, 'The charts are terrifying')).toMatchObject({ date: '2024-02-26', precision: 'week' });
  });

  it('THEN someone the lead does not name, or a lead long past, keeps the publication date', () => {
    const other = 'Last week, Mayor Ana Ruiz flew to the island to see the flood damage.\n\n"The charts are terrifying," Tom Hale said in a recent interview in the capital.';
    expect(saidOn(other, 'The charts are terrifying')).toMatchObject({ basis: 'published' });
    const old = 'Last month, Mayor Ana Ruiz flew to the island to see the flood damage.\n\n"The charts are terrifying," she said in a recent interview in the capital.';
    expect(saidOn(old, 'The charts are terrifying')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a roundup: others of a kind spoke on a day, then people are quoted ("Other officials weighed in Friday …")', () => {
  it('THEN the people quoted right after are its members, speaking that day', () => {
    const story = `${FILLER}\n\nOther officials weighed in Wednesday about whether the video should be released.\n\nMayor Ana Ruiz chimed in on Twitter, saying that the police should release the video "without delay."`;
    expect(saidOn(story, 'without delay')).toMatchObject({ date: '2024-03-06', precision: 'day' });
  });

  it('THEN a group not named as others of their kind, or people quoted later, keep the publication date', () => {
    const plain = `${FILLER}\n\nThe union's leaders weighed in Wednesday about whether the video should be released.\n\nMayor Ana Ruiz chimed in on Twitter, saying that the police should release the video "without delay."`;
    expect(saidOn(plain, 'without delay')).toMatchObject({ basis: 'published' });
    const later = `Other officials weighed in Wednesday about whether the video should be released.\n\n${FILLER}\n\nMayor Ana Ruiz chimed in on Twitter, saying that the police should release the video "without delay."`;
    expect(saidOn(later, 'without delay')).not.toMatchObject({ date: '2024-03-06' });
  });
});

describe('GIVEN one speaker quoted twice in a row in one paragraph, the first time dated by the scene before it', () => {
  const scene = 'At a rally in Tampa on Wednesday, Mayor Ana Ruiz laid out her housing plan. She wants to double the size of the program.';

  it('THEN the second words come from the same occasion as the first', () => {
    const story = `${FILLER}\n\n${scene}\n\nRuiz said she believes cities should lead. She said her rival favors "cuts for the few."`;
    expect(saidOn(story, 'she believes cities should lead')).toMatchObject({ date: '2024-03-06', precision: 'day' });
    expect(saidOn(story, 'cuts for the few')).toMatchObject({ date: '2024-03-06', precision: 'day' });
  });

  it('THEN the same words in the next paragraph, or after someone else spoke, keep the publication date', () => {
    const apart = `${FILLER}\n\n${scene}\n\nRuiz said she believes cities should lead.\n\nShe said her rival favors "cuts for the few."`;
    expect(saidOn(apart, 'cuts for the few')).toMatchObject({ basis: 'published' });
    const between = `${FILLER}\n\n${scene}\n\nRuiz said she believes cities should lead. Her aide Tom Hale said the plan was costed. Ruiz said her rival favors "cuts for the few."`;
    expect(saidOn(between, 'cuts for the few')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a relative clause that dates its own act ("Hale, who endorsed Ruiz in February, praised …")', () => {
  it("THEN it sets no scene: the speaker's words in the next sentences are not from that month", () => {
    const story = `${FILLER}\n\nIn the interview, Sen. Tom Hale, who endorsed Ruiz in February, praised the plan.\n\nHale said the party is united behind her.`;
    expect(saidOn(story, 'the party is united')).not.toMatchObject({ date: '2024-02' });
  });
});

describe('GIVEN a poll story that says when its poll was taken, even in its last paragraph', () => {
  const results = 'The mayor leads her rival by four points.\n\nAbout 61 percent of likely voters say the bridge matters to them, and 40 percent said the repairs took too long. Nearly seven of 10 voters said they would watch the debate.';
  const method = 'The Herald poll was conducted from Feb. 26 to 29 among 900 adults.';

  it("THEN its respondents' answers are from the field period, in whatever tense the story reports them", () => {
    const story = `${results}\n\n${FILLER}\n\n${method}`;
    expect(saidOn(story, 'the bridge matters to them')).toMatchObject({ date: '2024-02-26', basis: 'event' });
    expect(saidOn(story, 'the repairs took too long')).toMatchObject({ date: '2024-02-26', basis: 'event' });
    expect(saidOn(story, 'they would watch the debate')).toMatchObject({ date: '2024-02-26', basis: 'event' });
  });

  it("THEN an earlier poll's period, two periods, or a named speaker do not take it", () => {
    const previous = `${results}\n\nIn the previous Herald poll, conducted in early February, the mayor trailed.`;
    expect(saidOn(previous, 'the repairs took too long')).toMatchObject({ basis: 'published' });
    const two = `${results}\n\n${method} A second survey was conducted on March 2.`;
    expect(saidOn(two, 'the repairs took too long')).toMatchObject({ basis: 'published' });
    expect(saidOn(`${FILLER}\n\nMayor Ana Ruiz said the bridge matters.\n\n${method}`, 'the bridge matters')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a noun that reports a dated speaker\'s words ("Critics seized on Ruiz\'s claim that …")', () => {
  it('THEN the possessive is no verb in the present tense: the claim is from the occasion the story dated', () => {
    const story = `Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May.\n\n${FILLER}\n\nCritics seized on Ruiz's claim that the work was nearly done.`;
    expect(saidOn(story, 'the work was nearly done')).toMatchObject({ date: '2024-03-05', basis: 'event' });
  });
});

describe('GIVEN a clause of when on a year ("… in 2010 when he blasted the ruling", "after a defeat in 2008, when she told …")', () => {
  it('THEN the words in the clause were said that year', () => {
    expect(saidOn(`${FILLER}\n\nMayor Ana Ruiz drew outrage in 2019 when she blasted the ruling in her budget speech.`, 'the ruling')).toMatchObject({ date: '2019', precision: 'year' });
    expect(saidOn(`${FILLER}\n\nMayor Ana Ruiz picked herself up after a defeat in 2016, when she told her supporters that the fight would go on.`, 'the fight would go on')).toMatchObject({ date: '2016', precision: 'year' });
  });

  it('THEN a year further back than a few words, or a clause of when on no year, dates nothing', () => {
    expect(saidOn(`${FILLER}\n\nMayor Ana Ruiz, who first ran in 2019 for a seat on the council of the old city, wept when she told her supporters that the fight would go on.`, 'the fight would go on')).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN an object of one word and the day or month after it ("endorsed one in July", "praised it on Monday")', () => {
  it('THEN the words stay whole, and the day or month still dates them', () => {
    const story = `Mayor Ana Ruiz said on Tuesday that she disliked the plans.\n\n${FILLER}\n\nAnd despite her disdain for such plans, Ruiz officially endorsed one in January.`;
    expect(saidOn(story, 'one in January')).toMatchObject({ date: '2024-01', precision: 'month' });
    expect(saidOn(`${FILLER}\n\nSen. Tom Hale praised it on Monday.`, 'it on Monday')).toMatchObject({ date: '2024-03-04', precision: 'day' });
  });
});

describe('GIVEN a lead that opens on a day its news came after ("Following Monday\'s debate, the Herald Fact Desk checked …")', () => {
  it("THEN the lead's event is the day it goes on to give, and its people's later words are from that day", () => {
    const story = `Following Monday's debate, the Herald Fact Desk checked Mayor Ana Ruiz's claim that crime had doubled. On Wednesday, the Herald Fact Desk published its ruling.\n\n${FILLER}\n\nThe Herald Fact Desk then pointed out that the figures were old.`;
    expect(saidOn(story, 'the figures were old')).toMatchObject({ date: '2024-03-06', basis: 'event' });
  });

  it('THEN a lead that gives no other day keeps the day it came after', () => {
    const story = `After Tuesday night, Mayor Ana Ruiz has one hope left. Her rivals are confident.\n\n${FILLER}\n\nRuiz vowed to fight on.`;
    expect(saidOn(story, 'to fight on')).toMatchObject({ date: '2024-03-05', basis: 'event' });
  });
});

describe('GIVEN a sentence that dates the sending of a document ("In late February, a group of parents sent a letter to the board")', () => {
  const sent = 'In late February, a group of parents sent a letter to the school board urging it to reconsider.';

  it("THEN the letter's words, quoted later in the present tense, are from then", () => {
    const story = `${FILLER}\n\n${sent}\n\n"Our children are thriving," the letter reads.`;
    expect(saidOn(story, 'Our children are thriving')).toMatchObject({ date: '2024-02', basis: 'event' });
  });

  it("THEN another document's date is not the letter's, and a day that names a thing after the verb dates no document", () => {
    const other = `${FILLER}\n\nThe board issued a statement on Tuesday.\n\nParents sent a letter to the board.\n\n"Our children are thriving," the letter reads.`;
    expect(saidOn(other, 'Our children are thriving')).toMatchObject({ basis: 'published' });
    const rally = `${FILLER}\n\nLater, the campaign released a statement postponing a Monday evening rally.\n\n"We will be back," the statement says.`;
    expect(saidOn(rally, 'We will be back')).not.toMatchObject({ date: '2024-03-04' });
  });
});
