// Attribution in general English news: one sentence of our own per rule of news language (never copied from a
// data set). Each names who said it, what they said, and how.
import { describe, expect, it } from 'vitest';
import { polarityOf } from '../src/extract/lexicon.ts';
import { type RawStatement, extractStatements } from '../src/extract/statements.ts';
import type { Document, Paragraph } from '../src/model.ts';

const PUBLISHED = { date: '2024-03-08', precision: 'day' as const };

/** An English article from paragraphs separated by blank lines. */
function article(text: string): Document {
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start: at, end: at + part.length, kind: 'body' });
    at += part.length + 2;
  }
  return { id: 'a', file: 'a.md', title: 'A story', outlet: null, author: null, url: null, published: PUBLISHED, language: 'en', text, paragraphs };
}

function statements(text: string, language: 'en' | 'nl' = 'en'): Array<RawStatement & { said: string }> {
  const doc = { ...article(text), language };
  return extractStatements(doc, () => undefined).map((s) => ({ ...s, said: doc.text.slice(s.start, s.end) }));
}

function only(text: string, language: 'en' | 'nl' = 'en'): RawStatement & { said: string } {
  const found = statements(text, language);
  expect(found).toHaveLength(1);
  return found[0] as RawStatement & { said: string };
}

describe('GIVEN a reported statement whose source follows what was said', () => {
  it('THEN "…, officials said." names the officials and keeps the clause before them', () => {
    const s = only('The bridge will stay closed until May, officials said.');
    expect(s.speaker.name).toBe('officials');
    expect(s.said).toBe('The bridge will stay closed until May');
    expect(s.kind).toBe('indirect');
  });

  it('THEN an inverted cue with an appositive names the person, not the appositive', () => {
    const s = only('"We will not back down," said Maria Lopez, a union organizer in Leeds.');
    expect(s.speaker.name).toBe('Maria Lopez');
    expect(s.said).toBe('We will not back down');
    expect(s.kind).toBe('direct');
  });

  it('THEN "said X" followed by a day word is still inverted: the source, then when', () => {
    const s = only('"The pier is unsafe," said Ward yesterday.');
    expect(s.speaker.name).toBe('Ward');
    expect(s.said).toBe('The pier is unsafe');
  });

  it('THEN a subject, its appositive, then "said" and a clause is not inverted: the clause\'s subject is said, not the speaker', () => {
    const s = only('Omar Haddad, a teacher at the village school, said parents still want smaller classes.');
    expect(s.speaker.name).toBe('Omar Haddad');
    expect(s.said).toBe('parents still want smaller classes');
  });

  it('THEN a title with a period ("Sen.", "Mr.") does not end the sentence', () => {
    expect(only('"The vote is close," Sen. Tom Baker said on Tuesday.').speaker.name).toBe('Tom Baker');
    expect(only("''It is over,'' Mr. Grant said.").speaker.name).toBe('Grant');
  });
});

describe('GIVEN quotes written as two apostrophes or running over several sentences', () => {
  it('THEN the sentences quoted after the attribution belong to the same speaker', () => {
    const found = statements('"The plant will close," Ellen Ward said. "Nobody told us. We read it in the paper."');
    expect(found.map((s) => s.speaker.name)).toEqual(['Ellen Ward', 'Ellen Ward']);
    expect(found[1]?.said).toBe('Nobody told us. We read it in the paper');
    expect(found[1]?.kind).toBe('direct');
  });
});

describe('GIVEN words between the speaker and the cue', () => {
  it('THEN a relative clause is skipped: "Nurses who staffed the ward said …", "the farmers we met said …"', () => {
    const who = only('Nurses who staffed the night ward said the heating had failed twice.');
    expect(who.speaker.name).toBe('Nurses');
    expect(who.said).toBe('the heating had failed twice');
    const reduced = only('The farmers we met said the harvest would be late.');
    expect(reduced.speaker.name).toBe('farmers');
    expect(reduced.said).toBe('the harvest would be late');
  });

  it('THEN "advisers to the mayor" is one subject', () => {
    expect(only('Advisers to the governor say the budget will pass.').speaker.name).toBe('Advisers to the governor');
  });

  it('THEN an appositive is skipped: the subject before it speaks', () => {
    const s = only('Anna Berg, the mayor of Springfield, said the bridge would reopen in June.');
    expect(s.speaker.name).toBe('Anna Berg');
    expect(s.said).toBe('the bridge would reopen in June');
  });

  it('THEN a day between subject and verb is not the speaker', () => {
    const s = only('Governor Paul Lee on Tuesday accused the board of hiding the figures.');
    expect(s.speaker.name).toBe('Paul Lee');
  });
});

describe('GIVEN an age, or a town and its state, between commas after the name', () => {
  it('THEN the name speaks, never the number or the town', () => {
    expect(only('Carla Diaz, 61, who has farmed there since 1990, told a local paper the river was rising.').speaker.name).toBe('Carla Diaz');
    expect(only('Carla Diaz, of Dayton, Ohio, said the river was rising.').speaker.name).toBe('Carla Diaz');
  });

  it('THEN an age, a town and its state in a row still leave the name speaking, never the state ("Mich.")', () => {
    expect(only('Carla Diaz, 61, of Flint, Mich., said the river was rising.').speaker.name).toBe('Carla Diaz');
    expect(only('Carla Diaz, 61, of Tupelo, Miss., said the river was rising.').speaker.name).toBe('Carla Diaz');
  });

  it('THEN a description that ends in a town and its state, an age in a hyphenated compound, or a name ending in a month, still leave the name speaking', () => {
    expect(only('Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said the river was rising.').speaker.name).toBe('Paul Porter');
    expect(only('Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says the river is rising.').speaker.name).toBe('Dean Johnson');
    expect(only('The 43-year-old former congressman said the river was rising.').speaker.name).toBe('43-year-old former congressman');
    const may = only('Yin Myint May, 60, a doctor, said the river was rising.');
    expect(may.speaker.name).toBe('Yin Myint May');
    // ("May, 60" is her name and her age, not May 1960.)
    expect(may.saidOn).toMatchObject({ basis: 'published' });
  });
});

describe('GIVEN a name with a party-and-state parenthesis and an appositive', () => {
  it('THEN the name speaks: "Rep. Ann Lee (D-Ore.), a member of the panel, said …"', () => {
    const s = only('Rep. Ann Lee (D-Ore.), a member of the panel, said the hearing would resume in March.');
    expect(s.speaker.name).toBe('Ann Lee');
    expect(s.said).toBe('the hearing would resume in March');
  });
});

describe('GIVEN a country, a capital or a seat of government speaking ("Beijing said", "Downing Street said")', () => {
  it('THEN it is an organisation, never the "he" or "she" of the sentences after it', () => {
    for (const place of ['China', 'Beijing', 'Moscow', 'The Kremlin']) {
      const said = statements(`${place} said the talks would continue. He said the talks had failed.`);
      expect(said.map((s) => [s.speaker.kind, s.said])).toEqual([['organisation', 'the talks would continue']]);
    }
    const dutch = statements('Peking zei dat de gesprekken doorgaan. Hij zei dat de gesprekken mislukt waren.', 'nl');
    expect(dutch.map((s) => [s.speaker.name, s.speaker.kind])).toEqual([['Peking', 'organisation']]);
  });

  it('THEN an organisation news names in one word ("Hamas", "Nato", "Google") is one too, and its "it" is it', () => {
    for (const body of ['Hamas', 'Nato', 'Likud']) {
      const said = statements(`${body} said the talks would continue. He said the talks had failed.`);
      expect(said.map((s) => [s.speaker.name, s.speaker.kind])).toEqual([[body, 'organisation']]);
    }
    const google = statements('Google said the outage was fixed. It said the fault would not happen again.');
    expect(google.map((s) => [s.speaker.name, s.speaker.kind])).toEqual([['Google', 'organisation'], ['Google', 'organisation']]);
  });

  it('THEN a place\'s name standing alone after a person of that family name is that person ("Rep. Steve Israel … Israel added")', () => {
    const [, added] = statements('Rep. Steve Israel said the party would win. Israel added that the polls were wrong.');
    expect(added?.speaker).toMatchObject({ name: 'Israel', kind: 'person' });
  });
});

describe('GIVEN British news: "the PM", an MP, "Downing Street"', () => {
  it('THEN "PM" and "MP" are titles, and times of day only after a number ("at 3 PM")', () => {
    expect(only('The PM said he would not resign.').speaker).toMatchObject({ name: 'PM', kind: 'person' });
    expect(only('The MP said he would not resign.').speaker).toMatchObject({ name: 'MP', kind: 'person' });
    expect(only('The PM, Rishi Sunak, said he would not resign.').speaker.name).toBe('Rishi Sunak');
    expect(only('Reyes said at 3 PM that the talks were over.').said).toBe('that the talks were over');
  });

  it('THEN a role with whom it serves, then a name between commas, is that person ("The mayor of Amsterdam, Femke Halsema, said")', () => {
    expect(only('The mayor of Amsterdam, Femke Halsema, said the city was ready.').speaker.name).toBe('Femke Halsema');
    expect(only('A spokesman for Google, Tom Hale, said the outage was fixed.').speaker.name).toBe('Tom Hale');
    // (A relative clause there names no one: the role speaks.)
    expect(only('The mayor of Amsterdam, who took office in 2018, said the city was ready.').speaker.name).toBe('mayor of Amsterdam');
  });

  it('THEN "the military" speaks, and a request for anonymity is not a statement', () => {
    expect(only('Israel’s military said it had struck 40 targets.').speaker).toMatchObject({ name: 'Israel’s military', kind: 'organisation' });
    // (Words of a political leaning too, and "think tank" after a compound: "A Kyiv-based think tank said".)
    expect(only('The self-described socialist said the plan would pass.').speaker.name).toBe('self-described socialist');
    expect(only('A Kyiv-based think tank said the offensive had stalled.').speaker.name).toBe('Kyiv-based think tank');
    expect(only('The Israeli military said it had struck 40 targets.').speaker.name).toBe('Israeli military');
    expect(only('Those present said the speech was short.').speaker.name).toBe('Those present');
    expect(statements('Officials, who asked not to be named, said the strike had hit a depot.').map((s) => s.said)).toEqual(['the strike had hit a depot']);
    // (After a quote, the cue is the verb after the request: "…,” one resident, who asked not to be named, told the BBC.)
    expect(only('“It’s a disgrace,” one resident, who asked not to be named, told the BBC.')).toMatchObject({ cue: 'told', said: 'It’s a disgrace' });
  });

  it('THEN a name opening the sentence with a word in -ing is still a name ("Downing Street said"), an imperative is not', () => {
    expect(only('Downing Street said the talks would continue.').speaker).toMatchObject({ name: 'Downing Street', kind: 'organisation' });
    expect(statements('Say Mexico demanded that the United States pay for the wall.')).toEqual([]);
  });
});

describe('GIVEN a subject qualified by a hyphenated compound ("Iran-backed", "Saudi-led", "state-run")', () => {
  it('THEN the compound is one word of the subject, and the statement is found', () => {
    for (const [text, name] of [
      ['Iran-backed Houthi rebels said they had fired a missile.', 'Iran-backed Houthi rebels'],
      ['The Saudi-led coalition said it had intercepted a drone.', 'Saudi-led coalition'],
      ['State-run media reported that the talks had failed.', 'State-run media'],
      ['The Moscow-based analyst said the talks had failed.', 'Moscow-based analyst'],
      ['According to the conservative-leaning Tax Foundation, the top earners would gain most.', 'Tax Foundation'],
    ] as const) {
      expect(only(text).speaker.name).toBe(name);
    }
  });

  it('THEN a name\'s hyphenated last word stays the name\'s, and ages and shares are read as before', () => {
    expect(only('Secretary General Ban Ki-moon said the council must act.').speaker.name).toBe('Ban Ki-moon');
    expect(only('A 34-year-old man said the talks had failed.').speaker.name).toBe('34-year-old man');
    expect(only('About two-thirds of voters said the economy was weak.').speaker.name).toBe('About two-thirds of voters');
  });
});

describe('GIVEN a clause opened by "where", "because" or "when", its subject described by a participle', () => {
  it('THEN the participle belongs to the subject ("…, where restructuring experts say …")', () => {
    const s = only('The company filed in Richmond, where restructuring experts say judges move quickly.');
    expect([s.speaker.name, s.said]).toEqual(['restructuring experts', 'judges move quickly']);
    expect(only('The talks stalled because striking workers said they would not return.').speaker.name).toBe('striking workers');
  });
});

describe('GIVEN a plural of people opening the sentence, capitalised only because it opens it', () => {
  it('THEN it is a group, not a person\'s name ("Sources said", "Scientists warned")', () => {
    for (const name of ['Sources', 'Scientists', 'Authorities']) {
      expect(only(`${name} said on Monday that the deal was close.`).speaker).toMatchObject({ name, kind: 'group' });
    }
  });
});

describe('GIVEN a title the tagger misreads as an adjective or splits at a hyphen', () => {
  it('THEN "chief" heads its noun phrase when no noun follows it ("the police chief said", "the chief of staff said")', () => {
    expect(only('The police chief said the road would reopen.').speaker).toMatchObject({ name: 'police chief', kind: 'person' });
    expect(only('Speaking to reporters in Brussels, the EU’s foreign policy chief said the bloc would respond.').speaker.name).toBe('EU’s foreign policy chief');
    expect(only('The chief of staff said the road would reopen.').speaker.name).toBe('chief of staff');
    expect(only('The police chief, Tom Hale, said the road would reopen.').speaker.name).toBe('Tom Hale');
    // (Before a noun it qualifies it, as before.)
    expect(only('The chief executive said the road would reopen.').speaker.name).toBe('chief executive');
  });

  it('THEN "-elect" is part of the title ("the president-elect said")', () => {
    expect(only('The president-elect said the cabinet would be named soon.').speaker).toMatchObject({ name: 'president-elect', kind: 'person' });
    expect(only('The mayor-elect, Ana Ruiz, told reporters the city was broke.').speaker.name).toBe('Ana Ruiz');
  });
});

describe('GIVEN "told" with its addressee and a reported clause without "that"', () => {
  it('THEN a name after the addressee, right before a verb, is the clause\'s subject ("told reporters Moscow would respond")', () => {
    for (const [text, cue] of [
      ['Tom Hale told reporters Moscow would respond.', 'told reporters'],
      ['Tom Hale told CNN Moscow would respond.', 'told CNN'],
    ] as const) {
      const s = only(text);
      expect([s.cue, s.said]).toEqual([cue, 'Moscow would respond']);
    }
    expect(only('Tom Hale told reporters Ukraine’s army was retreating.').said).toBe('Ukraine’s army was retreating');
    // (A name the addressee holds stays the addressee's: "told Ana Ruiz he would …".)
    expect(only('Tom Hale told Ana Ruiz he would respond.').cue).toBe('told Ana Ruiz');
  });
});

describe('GIVEN a clock time written the British way, or a time of day before the full stop', () => {
  it('THEN "9.15pm" is one time and the sentence goes on past it ("called at 9.15pm, police said")', () => {
    const s = only('Officers were called at 9.15pm, police said.');
    expect([s.speaker.name, s.said]).toEqual(['police', 'Officers were called at 9.15pm']);
    expect(only('The vote came at 10.30am on Friday, officials said.').said).toBe('The vote came at 10.30am on Friday');
  });

  it('THEN a full stop after "pm" ends the sentence, and the next one is read on its own ("at 9pm. Police said")', () => {
    for (const text of ['The shop closed at 9pm. Police said the area was safe.', 'The shop closed at 9.15pm. Police said the area was safe.']) {
      const s = only(text);
      expect([s.speaker.name, s.said]).toEqual(['Police', 'the area was safe']);
    }
  });
});

describe('GIVEN a subject with an appositive, a verb and then a participle of saying', () => {
  it('THEN the verb in -ed is the main clause, and both statements are the subject\'s ("Hale, his aide, urged …, saying …")', () => {
    const found = statements('Tom Hale, his aide, urged a tough response, saying the plan would fail.');
    expect(found.map((s) => [s.speaker.name, s.cue, s.said])).toEqual([
      ['Tom Hale', 'urged', 'a tough response'],
      ['Tom Hale', 'saying', 'the plan would fail'],
    ]);
    // (A participle phrase set off before a finite cue is still read past: "Reed, asked about the plan, said".)
    expect(only('Reed, pressed on the plan, insisted it would fail.').speaker.name).toBe('Reed');
  });
});

describe('GIVEN a role that serves a body, named in common nouns ("a spokesman for the ministry")', () => {
  it('THEN the role is one person, and the body named later is the body, not that person', () => {
    const [spokesman, ministry] = statements('A spokesman for the ministry said the talks would continue.\n\nThe ministry later said the talks had ended.');
    expect(spokesman?.speaker).toMatchObject({ name: 'spokesman for the ministry', kind: 'person' });
    expect(ministry?.speaker).toMatchObject({ name: 'ministry', kind: 'organisation' });
    const [woordvoerder, gemeente] = statements('Een woordvoerder van de gemeente bevestigt dat de brug dicht blijft.\n\nDe gemeente meldt dat de brug vrijdag opengaat.', 'nl');
    expect(woordvoerder?.speaker).toMatchObject({ name: 'woordvoerder van de gemeente', kind: 'person' });
    expect(gemeente?.speaker).toMatchObject({ name: 'gemeente', kind: 'organisation' });
  });
});

describe('GIVEN Dutch titles: a party compound, a department after the name, a party in brackets', () => {
  it('THEN the person speaks, not the title or the department ("PVV-leider Wilders", "Minister Keijzer (BBB) van Volkshuisvesting")', () => {
    for (const [text, name] of [
      ['PVV-leider Wilders zegt dat er meer woningen komen.', 'Wilders'],
      ['CDA-Kamerlid Bontenbal zegt dat er meer woningen komen.', 'Bontenbal'],
      ['Minister Keijzer van Volkshuisvesting zegt dat er meer woningen komen.', 'Keijzer'],
      ['Minister Keijzer (BBB) van Volkshuisvesting zegt dat er meer woningen komen.', 'Keijzer'],
      ['Minister van Volkshuisvesting Keijzer zegt dat er meer woningen komen.', 'Keijzer'],
      ['Staatssecretaris Nobel van Sociale Zaken zegt dat er meer woningen komen.', 'Nobel'],
    ] as const) {
      expect(only(text, 'nl').speaker).toMatchObject({ name, kind: 'person' });
    }
    // (A department's own ministry, and a name with its particle, stay as written.)
    expect(only('Het ministerie van Defensie zegt dat er meer woningen komen.', 'nl').speaker).toMatchObject({ name: 'ministerie van Defensie', kind: 'organisation' });
    expect(only('Jan van Dijk zegt dat er meer woningen komen.', 'nl').speaker.name).toBe('Jan van Dijk');
  });
});

describe('GIVEN Dutch sentences opening with a phrase of their own before the verb and its subject', () => {
  it('THEN a phrase opened by a preposition never speaks; the subject after the verb does', () => {
    for (const [text, name] of [
      ['Tegenover de NOS zegt hoogleraar Jan Smit dat het beleid faalt.', 'Jan Smit'],
      ['Na afloop zei de trainer dat hij trots is.', 'trainer'],
      ['In een verklaring schrijft het bedrijf dat de fabriek dichtgaat.', 'bedrijf'],
    ] as const) {
      expect(only(text, 'nl').speaker.name).toBe(name);
    }
  });

  it('THEN the noun a role serves belongs to it, and a share of a group speaks as written ("de advocaat van de verdachte", "een van de demonstranten")', () => {
    expect(only('De advocaat van de verdachte zegt dat zijn cliënt onschuldig is.', 'nl').speaker).toMatchObject({ name: 'advocaat van de verdachte', kind: 'person' });
    expect(only('Een van de demonstranten vertelt dat ze al uren wacht.', 'nl').speaker).toMatchObject({ name: 'Een van de demonstranten', kind: 'group' });
  });
});

describe('GIVEN Dutch news naming the source of a sentence in the next one ("Dat zegt …", "Dat heeft … gezegd")', () => {
  it('THEN the perfect tense and "laat … weten" point back too, with the sentence before as what was said', () => {
    for (const [text, speaker, cue] of [
      ['De brug blijft dicht. Dat heeft een woordvoerder van de gemeente gezegd.', 'woordvoerder van de gemeente', 'heeft een woordvoerder van de gemeente gezegd'],
      ['De brug blijft tot vrijdag dicht. Dat laat de gemeente weten.', 'gemeente', 'laat de gemeente weten'],
      ['De brug blijft dicht. Dat hebben Rutte en Schoof woensdag bevestigd.', 'Rutte en Schoof', 'hebben Rutte en Schoof woensdag bevestigd'],
    ] as const) {
      const s = only(text, 'nl');
      expect([s.speaker.name, s.cue]).toEqual([speaker, cue]);
      expect(s.said).toBe(text.slice(0, text.indexOf('.')));
    }
    // (A ruling is no statement: "Dat heeft de rechtbank bepaald.")
    expect(statements('De brug blijft dicht. Dat heeft de rechtbank bepaald.', 'nl')).toEqual([]);
  });
});

describe('GIVEN Dutch news naming a speaker with an appositive between commas', () => {
  it('THEN the subject speaks, or the name the appositive gives a description ("De burgemeester, Femke Halsema, zegt")', () => {
    for (const sentence of [
      'Femke Halsema, burgemeester van Amsterdam, zegt dat de stad klaar is.',
      'De burgemeester van Amsterdam, Femke Halsema, zegt dat de stad klaar is.',
      'Femke Halsema, die al jaren burgemeester is, zegt dat de stad klaar is.',
    ]) {
      const s = only(sentence, 'nl');
      expect([s.speaker.name, s.said]).toEqual(['Femke Halsema', 'dat de stad klaar is']);
    }
    const volgens = only('Volgens de wethouder, Jan de Vries, is de stad klaar.', 'nl');
    expect([volgens.speaker.name, volgens.said]).toEqual(['Jan de Vries', 'is de stad klaar']);
    // ("Jan de Vries" is a name: "Jan" there is no January.)
    expect(volgens.saidOn).toMatchObject({ basis: 'published' });
  });

  it('THEN after a fronted phrase of time or place the subject follows the verb, also of "liet … weten", never its addressee', () => {
    expect(only('In een verklaring laat het ministerie weten dat het onderzoek loopt.', 'nl').speaker.name).toBe('ministerie');
    expect(only('Dinsdag liet minister Jansen weten dat het plan doorgaat.', 'nl').speaker.name).toBe('Jansen');
    expect(only('Jansen liet de Kamer weten dat het plan doorgaat.', 'nl').speaker.name).toBe('Jansen');
    // (Subject and addressee in a row: nobody, rather than the addressee.)
    expect(statements('Daarna vertelde de minister de Kamer dat het plan doorgaat.', 'nl').map((s) => s.speaker.name)).not.toContain('Kamer');
  });

  it('THEN a fronted adverbial with commas is no trailing inversion: what was said follows "dat"', () => {
    const s = only('Op dinsdag, na een lang debat, zei de premier dat het kabinet doorgaat.', 'nl');
    expect([s.speaker.name, s.said]).toEqual(['premier', 'dat het kabinet doorgaat']);
    expect(only('Het plan is van tafel, zei minister Jansen woensdag.', 'nl').said).toBe('Het plan is van tafel');
  });
});

describe('GIVEN a hyphenated name ("Alexandria Ocasio-Cortez", "Karine Jean-Pierre")', () => {
  it('THEN the whole name speaks, in full and alone, never its last part; party-and-state notes stay apart', () => {
    const [said, added] = statements('Rep. Alexandria Ocasio-Cortez said the bill was weak. Ocasio-Cortez added that it would fail.');
    expect([said?.speaker.name, added?.speaker.name]).toEqual(['Alexandria Ocasio-Cortez', 'Ocasio-Cortez']);
    expect(only('A spokeswoman, Karine Jean-Pierre, said the president had made his position clear.').speaker.name).toBe('Karine Jean-Pierre');
    expect(only('Rep. Tom Hale (R-Ohio), a member of the panel, said the hearing would resume.').speaker.name).toBe('Tom Hale');
  });
});

describe('GIVEN a local office written before a name ("Council member Tom Reyes", "Sheriff Ana Ruiz")', () => {
  it('THEN the person speaks under their own name, with the office as their role, and a later "he" is them', () => {
    const [called, denied] = statements('Council member Tom Reyes called the plan “a gamble.” He denied that he had tried to delay the vote.');
    expect(called?.speaker).toMatchObject({ name: 'Tom Reyes', kind: 'person', role: 'Council member' });
    expect(denied?.speaker.name).toBe('Tom Reyes');
    expect(denied?.said).toBe('that he had tried to delay the vote');
    for (const [office, name] of [['Sheriff', 'Ana Ruiz'], ['Board member', 'Ana Ruiz'], ['Assemblywoman', 'Ana Ruiz'], ['County prosecutor', 'Ana Ruiz']]) {
      expect(only(`${office} ${name} said the jail was full.`).speaker).toMatchObject({ name, kind: 'person' });
    }
  });
});

describe('GIVEN an abbreviation with periods inside brackets, and "told" with its addressee and a clause', () => {
  it('THEN "(R-S.C.)" does not end the sentence, and "told reporters" leaves the reporters out of what was said', () => {
    const s = only('Sen. Ann Lee (R-S.C.) told reporters the governor could sign the bill.');
    expect(s.speaker.name).toBe('Ann Lee');
    expect(s.said).toBe('the governor could sign the bill');
    expect(s.cue).toBe('told reporters');
  });
});

describe('GIVEN "he" or "she" after a person whose title gives a gender', () => {
  it('THEN a pronoun that cannot be them names nobody rather than the wrong person', () => {
    expect(statements('Mr. Tom Hale arrived late. She said the figures were wrong.')).toEqual([]);
    expect(only('Mrs. Ann Lee arrived late. She said the figures were wrong.').speaker.name).toBe('Ann Lee');
  });

  it('THEN a common given name counts too: "she" after "Jason Miller" is nobody; after two people, the one it can be', () => {
    expect(statements('Jason Miller arrived late. She said the figures were wrong.')).toEqual([]);
    expect(only('Jason Miller spoke first. Anna Berg spoke next. He said the figures were wrong.').speaker.name).toBe('Jason Miller');
  });

  it('THEN more given names say a gender ("Carly"), and so does a role only written for women ("spokeswoman")', () => {
    expect(only('Tom Hale spoke first. Carly Reyes spoke next. He said the figures were wrong.').speaker.name).toBe('Tom Hale');
    const [, he] = statements('Tom Hale spoke first. An agency spokeswoman said the raids were legal. He said the raids would go on.');
    expect(he?.speaker.name).toBe('Tom Hale');
  });

  it('THEN "she" for a family name alone is the one woman of that family the story named in full', () => {
    expect(only('Tom Ebeling spoke first. Betsy Ebeling spoke next. Ebeling grew up with Clinton. She said the party had changed.').speaker.name).toBe('Betsy Ebeling');
    const [, she] = statements('Dick Cheney spoke first. Liz Cheney spoke next. Cheney said the party had changed. She said it would win.');
    expect(she?.speaker.name).toBe('Liz Cheney');
    // (A family member of unknown gender could be the one meant: the family name stays as written.)
    expect(only('Pat Ebeling spoke first. Betsy Ebeling spoke next. Ebeling grew up with Clinton. She said the party had changed.').speaker.name).toBe('Ebeling');
  });

  it('THEN a family name alone has no gender while one of that family is of unknown gender ("Marcel Lazar", "Anna Lazar")', () => {
    const said = statements('Marcel Lazar pleaded guilty. Anna Lazar, his wife, wrote to the court. Maya Song, the prosecutor, asked for a long sentence. Lazar had no training. He said he had guessed the passwords.');
    expect(said.find((s) => s.said === 'he had guessed the passwords')?.speaker.name).toBe('Lazar');
  });

  it('THEN the person named as the sentence’s subject is its "she", and the colon’s introduction is not said', () => {
    const found = statements('Dr. Tom Oz spoke first. Sen. Ann Lee scolded him: “The science is against you,” she said.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([['Ann Lee', 'The science is against you']]);
  });

  it('THEN a thing the subject made ("Her response to Tom Hale") is no one\'s "she"; the name inside it is not either', () => {
    expect(statements('Her response to Tom Hale came in a series of posts on Friday. She wrote: “He lashes out.”')).toEqual([]);
    expect(statements('Ann Lee’s reply to Tom Hale came on Friday. He wrote: “She lashes out.”')).toEqual([]);
    // A person with a common noun before the name still is one.
    expect(only('A smiling Ann Lee arrived late. She said the figures were wrong.').speaker.name).toBe('Ann Lee');
  });

  it('THEN "they" is the people a sentence before named in the plural as its subject, and what they sent dates what they wrote', () => {
    const letter = only('Senators Tom Hale and Ann Lee sent a letter on Thursday to the party leaders.\n\n“The program is plagued by fraud,” they wrote.');
    expect([letter.speaker.name, letter.said, letter.saidOn]).toEqual(['Senators Tom Hale and Ann Lee', 'The program is plagued by fraud', { date: '2024-03-07', precision: 'day', basis: 'event' }]);
    expect(only('Critics of the plan met on Monday. They said it would fail.').speaker.name).toBe('Critics');
    // Things in the plural are not who speaks.
    expect(statements('Such measures passed on Monday. They said it would fail.')).toEqual([]);
  });

  it('THEN a family name alone has the gender of the article’s person of that name', () => {
    const found = statements('Anna Berg spoke first. Berg said the plan was sound. He said it would fail.');
    expect(found.map((s) => s.said)).toEqual(['the plan was sound']);
    // Another Berg of the other gender in the article: the family name alone says nothing.
    expect(statements('Anna Berg spoke first. Tom Berg spoke next. Berg said the plan was sound. He said it would fail.')).toHaveLength(2);
  });
});

describe('GIVEN "the" and a role alone after a person the story gave that title ("Gov. Ann Lee … The governor said")', () => {
  it('THEN the role is that person, by a title given to anyone of their family name', () => {
    expect(only('Gov. Ann Lee toured the plant on Monday. The governor said the jobs would stay.').speaker.name).toBe('Ann Lee');
    const later = statements('New York Sen. Tom Hale praised the plan. Hale later toured the site. “It works,” Hale said. The senator added that it was cheap.');
    expect(later.at(-1)?.speaker.name).toBe('Tom Hale');
    expect(only('President Ann Lee toured the plant. The president said the jobs would stay.').speaker.name).toBe('Ann Lee');
  });

  it('THEN Dutch titles, written in lower case before the name, work the same ("minister Hugo de Jonge" … "de minister zei")', () => {
    expect(statements('Minister Hugo de Jonge bezocht dinsdag het ziekenhuis. De minister zei dat de zorg onder druk staat.', 'nl').map((s) => s.speaker.name)).toEqual(['Hugo de Jonge']);
    const mayor = statements('Burgemeester Femke Halsema zei woensdag dat de stad veilig is. De burgemeester zei ook dat er geld bij komt.', 'nl');
    expect(mayor.map((s) => s.speaker.name)).toEqual(['Femke Halsema', 'Femke Halsema']);
  });

  it('THEN no one holds it when two recent people could, or none has the title, or the title is another ("Vice President")', () => {
    const two = statements('Sen. Ann Lee spoke first. Sen. Tom Hale spoke next. The senator said the talks went well.');
    expect(two.map((s) => s.speaker.name)).toEqual(['senator']);
    expect(only('Ann Lee toured the plant on Monday. The governor said the jobs would stay.').speaker.name).toBe('governor');
    expect(only('Vice President Ann Lee toured the plant. The president said the jobs would stay.').speaker.name).toBe('president');
  });
});

describe('GIVEN a whole quoted sentence right after the verb, without a comma', () => {
  it('THEN it is a direct quote of its inner words: said "It is over."', () => {
    const s = only('The coach said "We will be back next season."');
    expect(s.kind).toBe('direct');
    expect(s.said).toBe('We will be back next season');
  });

  it('THEN a quoted word or phrase stays a partial quote: called them "reckless"', () => {
    expect(only('The coach called the referees "reckless."').kind).toBe('partial');
  });
});

describe('GIVEN a "that" clause opening with a parenthetical', () => {
  it('THEN the parenthetical is part of what was said: "said that, if re-elected, she would …"', () => {
    const s = only('The mayor said that, if re-elected, she would close the landfill.');
    expect(s.speaker.name).toBe('mayor');
    expect(s.said).toBe('that, if re-elected, she would close the landfill');
  });
});

describe('GIVEN the cue is followed by its addressee, time or channel', () => {
  it('THEN "told reporters on Friday that" leaves them out of what was said', () => {
    const s = only('The spokesman told reporters on Friday that the talks had failed.');
    expect(s.said).toBe('that the talks had failed');
    expect(s.speaker.name).toBe('spokesman');
  });

  it('THEN "said in a statement" keeps the organisation as the speaker, not the statement', () => {
    const s = only('The ministry said in a statement that fuel prices would rise.');
    expect(s.speaker.name).not.toMatch(/statement/);
    expect(s.said).toBe('that fuel prices would rise');
  });
});

describe('GIVEN other shapes of attribution', () => {
  it('THEN a pronoun refers to the person the previous sentence was about', () => {
    const found = statements('Rosa Diaz spoke at a rally in the park. She said the state must act now.');
    expect(found).toHaveLength(1);
    expect(found[0]?.speaker.name).toBe('Rosa Diaz');
    expect(found[0]?.speaker.written).toBe('She');
  });

  it('THEN "according to" names its source and keeps the rest of the sentence', () => {
    const s = only('Prices rose sharply last year, according to a government report.');
    expect(s.said).toBe('Prices rose sharply last year');
    expect(s.cue).toBe('according to');
  });

  it('THEN an attribution inside the sentence frames it without being said', () => {
    const s = only('The new tunnel, the minister said on Monday, will cost four billion euros.');
    expect(s.said).toBe('The new tunnel, the minister said on Monday, will cost four billion euros');
    expect(s.speaker.name).toBe('minister');
  });

  it('THEN a participle after a comma is said by the subject of its clause', () => {
    const s = only('Gov. Ana Ruiz signed the bill on Monday, saying it would protect renters.');
    expect(s.speaker.name).toBe('Ana Ruiz');
    expect(s.said).toBe('it would protect renters');
  });

  it('THEN a denial keeps its polarity', () => {
    const s = only('The company denied that it had hidden the losses.');
    expect(s.said).toBe('that it had hidden the losses');
    expect(polarityOf(s.cue)).toBe('denied');
    expect(polarityOf('said')).toBe('asserted');
  });
});

describe('GIVEN "called" with an object and what it was called', () => {
  it('THEN naming is a statement: "called the figures misleading", "called the deal a betrayal"', () => {
    expect(only('The union called the new figures misleading.').said).toBe('the new figures misleading');
    expect(only('The senator called the deal a betrayal.').said).toBe('the deal a betrayal');
    expect(only('The senator called her opponent reckless.').said).toBe('her opponent reckless');
  });

  it('THEN calling someone, or calling at a time, is not', () => {
    expect(statements('The mayor called her brother every day.')).toEqual([]);
    expect(statements('The mayor called the police a second time.')).toEqual([]);
  });
});

describe('GIVEN a cue that reports nothing said', () => {
  it.each([
    ['negated', 'The senator did not say whether she would run again.'],
    ['passive', 'The mayor was told that the bridge was unsafe.'],
    ['not yet said', 'The governor is expected to announce the budget next week.'],
    ['might', 'The governor might argue that the budget is balanced.'],
    ['could', 'Regulators feared the company could threaten to close the mine.'],
    ['must', 'Applicants must declare that they have no debts.'],
    ['bare-object "asserted"', 'The group asserted responsibility for the attack on the bridge.'],
    ['bare-object "maintains"', 'The mayor maintains a commanding lead over her rivals.'],
    ['conditional', 'If the mayor said the same things, she would lose.'],
    ['relative "everything X says"', 'Everything the mayor says is a lie unless proven otherwise.'],
    ['"says something about"', 'Its view of the world says something about the cynical mood of our time.'],
    ['"neither … nor" subject', 'Neither the mayor nor her deputy has yet said whether the bridge will reopen.'],
    ['"responded to a request for comment"', 'The White House responded to a request for comment.'],
    ['"neither … nor" subject and a request for comment', 'Neither the White House nor the Pentagon responded to requests for comment.'],
  ])('THEN a %s cue is not a statement', (_label, text) => {
    expect(statements(text).filter((s) => s.cue !== 'feared')).toHaveLength(0);
  });

  it('THEN "something X says" inside the sentence is X\'s statement, as the relative clause says it', () => {
    const found = statements('The US has said China may send arms, something Beijing says lacks evidence.');
    expect(found.map((s) => [s.speaker.name, s.said])).toContainEqual(['Beijing', 'lacks evidence']);
  });

  it('THEN "would later say" tells the story\'s past, and a speaker named May is no modal', () => {
    expect(only('The governor would later say that the budget was balanced.').said).toBe('that the budget was balanced');
    expect(only('Prime Minister Theresa May announced that the country would leave the union by March.').speaker.name).toBe('Theresa May');
  });
});

describe('GIVEN a verb that describes its object ("called it …", "described herself as …")', () => {
  it('THEN what was said is the description, a phrase that reads on its own, not "it a …" or "herself as …"', () => {
    expect(only('The mayor called it a costly mistake for the whole city.').said).toBe('a costly mistake for the whole city');
    expect(only('The senator described herself as “the last honest broker” in the chamber.').said).toMatch(/^“?the last honest broker/);
  });

  it('THEN in "…, describing Jones as “a liar”" the speaker is the sentence\'s subject, never the person described', () => {
    const s = only('Visiting Paris this week, Smith attacked the talks, describing Jones as “a liar.”');
    expect(s.speaker.name).toBe('Smith');
    expect(s.said).toMatch(/a liar/);
  });
});

describe('GIVEN a verb said to someone ("told ABC News")', () => {
  it('THEN the cue keeps whom it was said to, as answers show it, and the content starts after the frame', () => {
    const s = only('The senator told a local radio station on Friday that the bill would pass.');
    expect(s.cue).toBe('told a local radio station');
    expect(s.said).toBe('that the bill would pass');
  });
});

describe('GIVEN Dutch reporting in two words, and sources named by their role', () => {
  it('THEN "liet weten dat", "gaf aan dat" and "volgens de burgemeester" attribute what follows', () => {
    expect(only('Het bestuur liet weten dat de verkiezing wordt uitgesteld.', 'nl')).toMatchObject({ said: 'dat de verkiezing wordt uitgesteld', cue: 'liet weten' });
    expect(only('De wethouder gaf aan dat er geen geld is.', 'nl')).toMatchObject({ said: 'dat er geen geld is', speaker: expect.objectContaining({ name: 'wethouder' }) });
    expect(only('Volgens de burgemeester is de brug veilig.', 'nl').speaker.name).toBe('burgemeester');
  });

  it('THEN "gaf" without "aan dat" is no cue', () => {
    expect(statements('Hij gaf het boek aan zijn zus.', 'nl')).toEqual([]);
  });
});

describe('GIVEN Dutch word order with the verb second after an adverbial ("Dinsdag zei minister Jansen dat …")', () => {
  it('THEN the speaker is the subject after the verb, never the adverbial that opens the sentence', () => {
    expect(only('Dinsdag zei minister Piet Jansen dat de brug veilig is.', 'nl')).toMatchObject({ said: 'dat de brug veilig is', speaker: expect.objectContaining({ name: 'Piet Jansen' }) });
    expect(only('Na afloop zei de burgemeester dat de brug veilig is.', 'nl').speaker.name).toBe('burgemeester');
    expect(only('Daarom stelde woordvoerder Anna de Boer dat de regels gelden.', 'nl').speaker.name).toBe('Anna de Boer');
  });

  it('THEN a role before the name is not the name, nor is an affiliation after it or the body a spokesperson serves', () => {
    expect(only("'Dit is een zwarte dag', zei raadslid Jo Hart.", 'nl').speaker.name).toBe('Jo Hart');
    expect(only("'Dit is een zwarte dag', zegt woordvoerder Anna de Boer van de gemeente.", 'nl').speaker.name).toBe('Anna de Boer');
    expect(only('De woordvoerder van het Ministerie van Defensie zei dat de regels gelden.', 'nl').speaker.name).toBe('woordvoerder van het Ministerie van Defensie');
    expect(only('A spokesman for Tom Smith said the bill was dead.').speaker.name).toBe('spokesman for Tom Smith');
    expect(only('Secretary of State John F. Kerry said the talks were good.').speaker).toMatchObject({ name: 'John F. Kerry', role: 'Secretary of State' });
    expect(only('NYPD Commissioner James Hale said the bomb was real.').speaker.name).toBe('James Hale');
  });

  it('THEN "Dat zei minister Jansen …" gives the sentence before to the speaker after the verb', () => {
    expect(only('Het kabinet trekt twee miljard uit voor de zorg. Dat zei minister Piet Jansen woensdag tegen de NOS.', 'nl')).toMatchObject({ said: 'Het kabinet trekt twee miljard uit voor de zorg', speaker: expect.objectContaining({ name: 'Piet Jansen' }), kind: 'indirect' });
    const quoted = statements("Jansen zei dat het goed gaat. 'We gaan door.' Dat zegt de burgemeester.", 'nl');
    expect(quoted.map((s) => [s.speaker.name, s.said])).toEqual([['Jansen', 'dat het goed gaat'], ['burgemeester', 'We gaan door']]);
    expect(statements('Het regent al dagen. Dat is jammer voor de boeren.', 'nl')).toEqual([]);
  });

  it('THEN a title in lower case ("dhr.", "prof.") neither ends the sentence nor speaks: the name after it does', () => {
    expect(only('Na afloop zei dhr. Jansen dat de brug veilig is.', 'nl')).toMatchObject({ said: 'dat de brug veilig is', speaker: expect.objectContaining({ name: 'Jansen' }) });
    expect(only("'De brug is veilig', zei dr. Eva Smit, die de brug onderzocht.", 'nl')).toMatchObject({ said: 'De brug is veilig', speaker: expect.objectContaining({ name: 'Eva Smit' }) });
    expect(only('Volgens prof. Anna de Wit is de brug veilig.', 'nl').speaker.name).toBe('Anna de Wit');
  });

  it('THEN a name with lower-case particles after a title stays whole ("Minister Jan de Vries", "Mayor Bill de Blasio")', () => {
    expect(only('Minister Jan van der Berg zei dat de regels gelden.', 'nl').speaker.name).toBe('Jan van der Berg');
    expect(only('Mayor Bill de Blasio said the subway was safe.').speaker.name).toBe('Bill de Blasio');
  });

  it('THEN the ordinary order keeps its subject, and who was told ("vertelde de minister dat") does not speak', () => {
    expect(only('De minister zei dinsdag dat de brug veilig is.', 'nl').speaker.name).toBe('minister');
    expect(statements('Jansen vertelde de minister dat de brug veilig is.', 'nl').map((s) => s.speaker.name)).toEqual(['Jansen']);
  });
});

describe('GIVEN a descriptor before a name that opens the sentence ("Rival Hillary Clinton said")', () => {
  it('THEN the descriptor is a role, not the first word of the name', () => {
    expect(only('Rival Hillary Clinton said the plan was reckless.').speaker.name).toBe('Hillary Clinton');
    expect(only('MSNBC host Chris Matthews said the plan was reckless.').speaker.name).toBe('Chris Matthews');
    expect(only('Challenger Amy Ortiz said the plan was reckless.').speaker.name).toBe('Amy Ortiz');
    expect(only('Democrat Amy Ortiz said the plan was reckless.').speaker.name).toBe('Amy Ortiz');
    expect(only('The Democratic National Committee said the plan was reckless.').speaker.name).toBe('Democratic National Committee');
  });
});

describe('GIVEN coordinated subjects before the cue', () => {
  it('THEN the whole subject speaks ("China and Russia said", "Experts on Iran and nuclear arms said"), not its last part', () => {
    expect(only('China and Russia said the plan was fair.').speaker.name).toBe('China and Russia');
    expect(only('Experts on Iran and nuclear arms said the test could change that.').speaker.name).toBe('Experts on Iran and nuclear arms');
    expect(only('Officials in Paris and Berlin said the plan was fair.').speaker.name).toBe('Officials in Paris and Berlin');
  });

  it('THEN a verb\'s object before "and" is another clause: "Obama met Putin and Merkel said …" is Merkel\'s', () => {
    expect(only('Obama met Putin and Merkel said the talks were good.').speaker.name).toBe('Merkel');
    expect(statements('A woman asked for a photo and Clinton said she was happy to pose.').find((s) => s.said.includes('happy to pose'))?.speaker.name).toBe('Clinton');
    expect(statements('He promised to fix the tax system and he said the rich would pay more.').every((s) => !s.speaker.name.includes('system'))).toBe(true);
  });

  it('THEN a list of three names is not given to its last one (abstain); a place before the pair is not in the list', () => {
    expect(statements('China, Russia and Iran said the plan was fair.')).toEqual([]);
    expect(only('In Paris, Macron and Scholz said the plan was fair.').speaker.name).toBe('Macron and Scholz');
  });

  it('THEN a title whose period the tokenizer split off stays with the name ("said the Rev. Peter Wherry")', () => {
    expect(only('"The city will change," said the Rev. Peter Wherry, of Mayfield Church.').speaker.name).toBe('Peter Wherry');
  });
});

describe('GIVEN a cue in a clause introduced by a preposition and "which", or a clause fronted before the next speaker', () => {
  it('THEN "the appearance, in which he said …" is his statement (unlike "the drones which Kyiv says are …")', () => {
    const found = statements('Tom Hale spoke to a radio station on Monday. Critics seized on the interview, in which he said the tax was unfair.');
    expect(found.find((s) => s.said === 'the tax was unfair')?.speaker.name).toBe('Tom Hale');
    expect(statements('The drones which Kyiv says are Iranian were shot down.')).toEqual([]);
  });

  it('THEN "…, and when pressed on why, she replied" ends what was said before it', () => {
    const found = statements('Ana Ruiz spoke on Monday. She said fathers would not get the paid leave, and when pressed on why, she replied, "It is meant for mothers."');
    expect(found.map((s) => s.said)).toEqual(['fathers would not get the paid leave', 'It is meant for mothers']);
  });
});

describe('GIVEN a chain of appositives between the name and the cue', () => {
  it('THEN the name speaks, past an age, a town and its state, a relative clause, or a second description', () => {
    expect(only('Donna Reyes, 59, of Ashton, Md., who watched the ceremony from the Mall, said the day brought back memories.').speaker.name).toBe('Donna Reyes');
    expect(only('Jean Dupont, the foreign minister of France, a permanent member of the council, said the test was a provocation.').speaker.name).toBe('Jean Dupont');
  });

  it('THEN a plural role before coordinated names is a role ("Presidential candidates Ann Lee and Tom Hale said")', () => {
    expect(only('Presidential candidates Ann Lee and Tom Hale said the figure was too high.').speaker.parts.map((part) => part.name)).toEqual(['Ann Lee', 'Tom Hale']);
  });
});

describe('GIVEN "who" after a name and its appositive', () => {
  it('THEN "McConnell, now the majority leader, who in 2010 said …" is McConnell\'s', () => {
    const found = statements('Obama clashed with McConnell, now the Senate majority leader, who in 2010 said the party must win.');
    expect(found.find((s) => s.said === 'the party must win')?.speaker.name).toBe('McConnell');
  });
});

describe('GIVEN "as X put it" and "…, as X noted"', () => {
  it('THEN what was said is the clause after a fronted "As X put it," or before ", as X put it"', () => {
    expect(only("As Ms. Simonyan put it, the network offers a view you won't get elsewhere.")).toMatchObject({ said: "the network offers a view you won't get elsewhere", speaker: expect.objectContaining({ name: 'Simonyan' }) });
    expect(only('The plan is a disaster, as one senator put it.')).toMatchObject({ said: 'The plan is a disaster', speaker: expect.objectContaining({ name: 'senator' }) });
    expect(only('The tariffs worked, as Mr. Bown noted.').said).toBe('The tariffs worked');
    expect(statements('He put it on the table.')).toEqual([]);
  });
});

describe('GIVEN a show or book named in quotation marks', () => {
  it('THEN the title is no quote: nobody said "Face the Nation"', () => {
    expect(only('In an interview on CBS\'s "Face the Nation," House Speaker Paul Ryan said the shootings demand more listening.')).toMatchObject({ said: 'the shootings demand more listening', speaker: expect.objectContaining({ name: 'Paul Ryan' }) });
    expect(only('In his book "Make Your Kid a Millionaire," McKinley suggested saving early.').said).toBe('saving early');
    expect(only('"We Will Win," Trump said.').said).toBe('We Will Win');
  });

  it('THEN a title set off by commas after its noun ("in his 2002 book, ‘‘…,’’") is no quote either', () => {
    expect(only("In his 2002 book, ''Save Early and Often,'' Tom Hale suggested looking at the things on your card statement.").said).toBe('looking at the things on your card statement');
  });
});

describe('GIVEN a subject and its appositive before the cue, and the cue\'s channel after what was said', () => {
  it('THEN "Ivy Hale, the nominee\'s daughter, noted the rule" is hers (not an inverted "…, noted X")', () => {
    expect(only("Ivy Hale, the nominee's eldest daughter, noted the rule in the interview.")).toMatchObject({ said: 'the rule', speaker: expect.objectContaining({ name: 'Ivy Hale' }) });
    expect(only('The bridge will stay closed, said Mayor Ana Ruiz.').speaker.name).toBe('Ana Ruiz');
  });

  it('THEN "…, told The Huffington Post" never makes the one told the speaker, however long the appositive before', () => {
    const s = only('"The story is old," Malkia Reyes, the director at the Center for Media Justice and whose work is in the film, told The Huffington Post.');
    expect(s.speaker.name).toBe('Malkia Reyes');
  });

  it('THEN "… in a statement on Thursday" after reported speech is how and when it was said, and a day alone stays in it', () => {
    expect(only('Keron Blair called for more school investment in a statement on Thursday.')).toMatchObject({ said: 'more school investment', saidOn: expect.objectContaining({ date: '2024-03-07' }) });
    expect(only('The mayor said the vote would come on Monday.')).toMatchObject({ said: 'the vote would come on Monday', saidOn: expect.objectContaining({ basis: 'published' }) });
  });
});

describe('GIVEN a manner adverb between the cue and a colon or "that"', () => {
  it('THEN what was said starts after them ("responded angrily: "…"", "said repeatedly that …")', () => {
    expect(only('Trump responded angrily: "I never said that."')).toMatchObject({ said: 'I never said that', speaker: expect.objectContaining({ name: 'Trump' }) });
    expect(only('The mayor said repeatedly that the bridge was safe.').said).toBe('that the bridge was safe');
  });
});

describe('GIVEN a person whose family name is a month', () => {
  it('THEN the whole name speaks and no month dates it: "said Kate May", "Kate May said"', () => {
    expect(only('"The vote stands," said Kate May.')).toMatchObject({ speaker: expect.objectContaining({ name: 'Kate May' }), saidOn: expect.objectContaining({ basis: 'published' }) });
    expect(only('Kate May said the vote stands.').speaker.name).toBe('Kate May');
  });
});

describe('GIVEN a month name that is part of a person\'s name, and a full date after the cue', () => {
  it('THEN "zegt Jan Smit" is not dated January, and "said on May 5, 2016, that" starts what was said after the date', () => {
    expect(only("'We gaan door', zegt Jan Smit.", 'nl').saidOn).toMatchObject({ date: PUBLISHED.date, basis: 'published' });
    const s = only('The governor said on May 5, 2016, that the dam was safe.');
    expect(s.said).toBe('that the dam was safe');
    expect(s.saidOn).toMatchObject({ date: '2016-05-05', basis: 'explicit' });
  });
});

describe('GIVEN anonymous sources described after their head, and a participle between commas', () => {
  it('THEN "according to a person familiar with the talks, …" and "said a source close to the mayor" attribute to them', () => {
    expect(only('According to a person familiar with the plans, the merger is off.')).toMatchObject({ said: 'the merger is off', speaker: expect.objectContaining({ name: 'person' }) });
    expect(only('"The merger is off," said a source close to the board.')).toMatchObject({ said: 'The merger is off', speaker: expect.objectContaining({ name: 'source' }) });
  });

  it('THEN the same phrase before the cue ("A source close to the mayor said …") attributes to the source, not to the mayor', () => {
    expect(only('A source close to the mayor said the deal had been struck.')).toMatchObject({ said: 'the deal had been struck', speaker: expect.objectContaining({ name: 'source' }) });
    expect(only('People familiar with the talks said the deal was off.')).toMatchObject({ said: 'the deal was off', speaker: expect.objectContaining({ name: 'People' }) });
  });

  it('THEN "X, speaking at a rally, said" and "X, asked about it, said" name X', () => {
    expect(only('Carla Diaz, speaking at a rally in Dayton, said the river was rising.').speaker.name).toBe('Carla Diaz');
    expect(only('Carla Diaz, asked about the flood, said the river was rising.').speaker.name).toBe('Carla Diaz');
  });
});

describe('GIVEN a cue in a relative clause about the sentence\'s subject', () => {
  it('THEN what was said ends with the clause, not in the main clause\'s words', () => {
    expect(only('The mayor, who said the bridge was safe, has resigned.').said).toBe('the bridge was safe');
    expect(only('Ruiz, who describes herself as “the last honest broker,” is a close ally of the governor.').said).toBe('the last honest broker');
  });

  it('THEN the main clause\'s own cue still names the subject', () => {
    const found = statements('Ruiz, who said she usually votes early, said the queue was long.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([
      ['Ruiz', 'she usually votes early'],
      ['Ruiz', 'the queue was long'],
    ]);
  });
});

describe('GIVEN a paragraph that ends "She said:" and a quote that opens the next', () => {
  it('THEN the quote, and the quote paragraph after it, are hers', () => {
    const found = statements('Mayor Ana Ruiz spoke for an hour.\n\nShe said:\n\n"We have a problem in our cities. We will fix it."\n\n"Nobody else will."');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([
      ['Ana Ruiz', 'We have a problem in our cities. We will fix it'],
      ['Ana Ruiz', 'Nobody else will'],
    ]);
  });

  it('THEN a quote two paragraphs later, after other words, is not hers', () => {
    expect(statements('She said:\n\nThe hall was full.\n\n"Nobody else will."')).toHaveLength(0);
  });

  it('THEN "X issued the following statement:" announces the quote that opens the next paragraph, as "X said:" does', () => {
    const found = statements('The storm closed the port on Monday. The ministry issued the following statement:\n\n“The port will reopen when the wind drops.”');
    expect(found.map((s) => [s.speaker.name, s.cue, s.said])).toEqual([['ministry', 'issued the following statement', 'The port will reopen when the wind drops']]);
  });

  it('THEN a paragraph without quotation marks after "X added:" is a block quote of hers, to its final stop', () => {
    const found = statements('Mayor Ana Ruiz spoke for an hour. Ana Ruiz added:\n\nAnd from the council, this reeks of fear. It cannot pass the budget.\n\nThe hall was full.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([['Ana Ruiz', 'And from the council, this reeks of fear. It cannot pass the budget']]);
  });

  it('THEN a paragraph about the announced speaker is the writer\'s ("The report said:" … "The report was …")', () => {
    expect(statements('The audit office published its review on Monday. The report said:\n\nThe report was written by three auditors over a year.')).toHaveLength(0);
  });
});

describe('GIVEN an adverb between a verb and the particle that makes it a cue', () => {
  it('THEN "spoke emotionally of" reports what was spoken of', () => {
    const s = only('The senator spoke emotionally of his years in the Navy.');
    expect(s.cue).toBe('spoke emotionally of');
    expect(s.said).toBe('his years in the Navy');
  });
});

describe('GIVEN "according to" opening the sentence', () => {
  it('THEN "According to police, …" takes police for a noun, and what was said starts after the comma', () => {
    const s = only('According to police, the man got out of a car.');
    expect(s.speaker.name).toBe('police');
    expect(s.said).toBe('the man got out of a car');
  });

  it('THEN a description after the source ("a complaint filed by the state") belongs to the source', () => {
    const s = only('According to a complaint filed by the state, the company misled investors.');
    expect(s.speaker.name).toBe('complaint');
    expect(s.said).toBe('the company misled investors');
  });

  it('THEN the fronted phrase is never what a later speaker said', () => {
    expect(statements('According to the report, the mayor shouted.').map((s) => s.said)).not.toContain('According to the report');
  });
});

describe('GIVEN attributions the pipeline reads without a verb of saying before the words', () => {
  it('THEN a possessive and a noun of saying attribute the "that" clause, unless the claim is the subject', () => {
    const s = only('The board examined Ms. Diaz’s claim that the plan would cut taxes.');
    expect([s.speaker.name, s.cue, s.said]).toEqual(['Diaz', 'Diaz’s claim', 'that the plan would cut taxes']);
    // Where the claim's clause ends and the sentence's verb begins ("… taxes drew laughter") is not safe to guess.
    expect(statements('Mr. Berg’s claim that the plan would cut taxes drew laughter.')).toHaveLength(0);
  });

  it('THEN a quote that opens with a verb of saying is the subject’s own words', () => {
    const s = only('Both unions “expressed deep concern” about the plan.');
    expect(s.speaker.name).toBe('unions');
    expect(s.cue).toBe('expressed');
    expect(s.said).toBe('“expressed deep concern” about the plan');
  });

  it('THEN "expressed concern about" reports what the concern is about, and "believes" the "that" clause held', () => {
    expect(only('The minister expressed concern about the long delays.')).toMatchObject({ cue: 'expressed concern about', said: 'the long delays' });
    const belief = only('Ms. Berg believes that the deal will fail.');
    expect([belief.speaker.name, belief.cue, belief.said]).toEqual(['Berg', 'believes', 'that the deal will fail']);
  });
});

describe('GIVEN a participle of saying after the main clause (", saying …")', () => {
  it('THEN its speaker is the main clause’s subject, not a noun nearer to it', () => {
    const found = statements('The mayor is defending her late-night posts attacking a rival, saying they show she works hard.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([['mayor', 'they show she works hard']]);
  });

  it('THEN a fronted phrase is skipped, and of clauses joined by ", and" the last is the one', () => {
    expect(only('In a column the day before the vote, two union leaders stayed home, arguing that it would hurt the party.').speaker.name).toBe('union leaders');
    expect(only('The camera points at the ground, and the officer grows upset, shouting that the man must stop.').speaker.name).toBe('officer');
  });

  it('THEN a clause between commas is not an appositive of the noun before it', () => {
    const s = only('Before the debate, two aides implored her to attack, arguing that it rattled him.');
    expect(s.speaker.name).toBe('aides');
  });

  it('THEN after a verb of saying it goes on with that verb’s speaker, and "concludes with" is no cue', () => {
    expect(statements('Senator Hale said the vote was unfair, adding that the deals were handed out like candy.').map((s) => s.speaker.name)).toEqual(['Hale', 'Hale']);
    expect(statements('The advert concludes with footage of the crowd cheering loudly at the rally.')).toHaveLength(0);
  });
});

describe('GIVEN a time phrase after the cue, or a verb the tagger read as a noun', () => {
  it('THEN "said after the convention he would …" skips the time and keeps the clause', () => {
    expect(only('Trump said after the convention he would not accept the endorsement.').said).toBe('he would not accept the endorsement');
    // "after" opening a clause is when, and says nothing of what was said.
    expect(statements('The mayor said after he met the governor.')).toHaveLength(0);
  });

  it('THEN "though Lynch notes they were …" is a cue before a clause', () => {
    const s = only('The women hold top roles, though Lynch notes they were appointed before she came.');
    expect([s.speaker.name, s.said]).toEqual(['Lynch', 'they were appointed before she came']);
  });
});

describe('GIVEN quote marks of mixed styles, and a party-and-state parenthesis after an inverted name', () => {
  it('THEN a straight mark closes a curly quote and a curly mark a straight one', () => {
    expect(only('"The bridge is safe,” said Dana Ortiz.').said).toBe('The bridge is safe');
    expect(only('“The bridge is safe," Dana Ortiz said.').said).toBe('The bridge is safe');
  });

  it('THEN "…," said Rep. Joe Ruiz (D-N.Y.) names him', () => {
    const s = only('"The bridge is safe," said Rep. Joe Ruiz (D-N.Y.), a member of the panel.');
    expect([s.speaker.name, s.said]).toEqual(['Joe Ruiz', 'The bridge is safe']);
  });
});

describe('GIVEN a participle of saying after "by"', () => {
  it('THEN it hangs on the verb just before it, not on the main clause', () => {
    const s = only('The council is pushing for talks as Mayor Ana Ruiz rallied her staff by saying the year would end well.');
    expect(s.speaker.name).toBe('Ana Ruiz');
  });
});

describe('GIVEN a phrase of place or time between commas before the cue, and a naming verb with a long object', () => {
  it('THEN "X, at a later briefing, said, “…”" names X', () => {
    const s = only('Governor Ana Ruiz, at a later briefing, said, “We have been told about the flooding.”');
    expect([s.speaker.name, s.said]).toEqual(['Ana Ruiz', 'We have been told about the flooding']);
  });

  it('THEN "called half of the mayor’s supporters “deplorables”" is naming in her own words', () => {
    expect(only('Clinton called half of the mayor’s loyal supporters “deplorables.”').cue).toBe('called');
  });
});

describe('GIVEN a past tense of naming the tagger read as an adjective', () => {
  it('THEN "Japan branded North Korea an “outlaw nation”" is still a cue', () => {
    const s = only('Japan branded North Korea an “outlaw nation in the neighborhood.”');
    expect([s.speaker.name, s.cue]).toEqual(['Japan', 'branded']);
  });
});

describe('GIVEN a transcript printed in the story ("PENCE: …")', () => {
  const story = 'Gov. Mike Pence spoke on Sunday.\n\n"WALLACE: Will the singer be there tomorrow night?\n\n"PENCE: She will not be attending. Donald Trump was mocking the rival campaign.\n\n"(CROSSTALK.)\n\n"WALLACE: Do you see those as equal?';

  it('THEN each turn is its labelled speaker’s words, the interviewer’s too, and a stage direction is nobody’s', () => {
    expect(statements(story).map((s) => [s.speaker.name, s.cue, s.said])).toEqual([
      ['Wallace', ':', 'Will the singer be there tomorrow night?'],
      ['Pence', ':', 'She will not be attending. Donald Trump was mocking the rival campaign'],
      ['Wallace', ':', 'Do you see those as equal?'],
    ]);
  });

  it("THEN a turn's own dates (\"In May, the paper wrote …\") are what it talks about: no later turn is dated by them", () => {
    const dated = 'Gov. Mike Pence spoke on Sunday.\n\nThe city has spent two years on the repairs.\n\nTraffic on the old route has doubled since then.\n\n"WALLACE: In May, the paper wrote that voters care about temperament. Why bring her up?\n\n"PENCE: Because the rival campaign did it first.\n\n"WALLACE: Do you see those as equal?';
    const turns = statements(dated).filter((s) => s.cue === ':');
    expect(turns.map((s) => s.saidOn.date)).not.toContain('2024-05');
    expect(turns.map((s) => s.saidOn.date)).not.toContain('2023-05');
  });

  it('THEN section labels ("UPDATE:", "EXCLUSIVE:") are not speakers', () => {
    const labels = 'The council met on Monday.\n\nUPDATE: The vote was delayed until Friday.\n\nEXCLUSIVE: The mayor will resign, aides said.';
    expect(statements(labels).map((s) => s.speaker.name)).toEqual(['aides']);
  });
});

describe('GIVEN a cue in a clause fronted before the main one ("Though she said …, Clinton …")', () => {
  it('THEN "she" points ahead to the main clause’s subject when the gender fits', () => {
    const s = only('Senator Tom Merkley spoke first. Though she said the bank’s conduct was outrageous, Anna Ruiz restricted her comments to the future.');
    expect([s.speaker.name, s.speaker.written]).toEqual(['Anna Ruiz', 'she']);
  });

  it('THEN what was said ends where the main clause begins, but not after "As X put it,"', () => {
    expect(only('Tom Hale spoke first. When he said the plan would fail, Anna Berg laughed.').said).toBe('the plan would fail');
    expect(only('As Ms. Ruiz put it, the agency provides a view the others do not.').said).toBe('the agency provides a view the others do not');
  });
});

describe('GIVEN a verb the tagger read as a noun before "them"', () => {
  it('THEN "Obama and Clinton call them “lone wolves” and describe …" names both, for both cues', () => {
    const found = statements('Lee and Ruiz call them “lone wolves” and describe their actions as crimes.');
    expect(found.map((s) => [s.speaker.name, s.cue])).toEqual([['Lee and Ruiz', 'call'], ['Lee and Ruiz', 'describe']]);
  });
});

describe('GIVEN a cue whose object follows it, after a subject with a relative clause', () => {
  it('THEN "Christie, who …, blasted Clinton as a “disgrace”" is said by Christie, not by the one blasted', () => {
    const s = only('Christie, who has campaigned for the mayor, blasted Ruiz as a “disgrace” on Wednesday.');
    expect(s.speaker.name).toBe('Christie');
  });
});

describe('GIVEN "here" between a noun and its "who" clause', () => {
  it('THEN "demonstrators here, who said …" is said by the demonstrators', () => {
    expect(only('The plan angered demonstrators here, who said it was unfair.').speaker.name).toBe('demonstrators');
  });
});

describe('GIVEN a description, then a name between commas, before the cue', () => {
  it('THEN "One of his advisers, Tad Devine, told reporters" names the adviser', () => {
    expect(only('One of his advisers, Tad Devine, told reporters that he would leave it to others.').speaker.name).toBe('Tad Devine');
    expect(only('Tom Hale, a lawyer, said the plan was flawed.').speaker.name).toBe('Tom Hale');
  });
});

describe('GIVEN a participle of saying after a verb’s object', () => {
  it('THEN the verb’s subject speaks ("started the debate saying"), unless the verb shows or hears its object', () => {
    expect(only('Sanders started out their ninth debate saying the rival was qualified.').speaker.name).toBe('Sanders');
    expect(statements('The mayor had young artists writing songs about him, saying the city was alive.').map((s) => s.speaker.name)).not.toContain('mayor');
  });
});

describe('GIVEN a relative pronoun that is the object of the cue ("which advocates say …")', () => {
  it('THEN the speakers are the advocates, not "which advocates"', () => {
    expect(only('Parents protested the state funding system, which advocates say disadvantages needy schools.').speaker.name).toBe('advocates');
  });
});

describe('GIVEN an addressee followed by the occasion ("told reporters in an interview that …")', () => {
  it('THEN what was said starts at "that"; the occasion and the addressee are not part of it', () => {
    expect(only('The mayor told reporters in an interview that the plan was dead.').said).toBe('that the plan was dead');
    expect(only('Senator Ana Ruiz told a local radio station in a call on Monday that the tax would go.').said).toBe('that the tax would go');
    // "of" still joins the addressee's noun, and a hyphen joins a name's halves.
    expect(only('The mayor told members of the committee that the plan was dead.').cue).toBe('told members of the committee');
    expect(only('Ann Lee told The Harbour-Times last week she would run.')).toMatchObject({ cue: 'told The Harbour-Times', said: 'she would run' });
  });

  it('THEN a place with its state between commas is where, not what ("said in Dayton, Ohio, that …")', () => {
    expect(only('Sen. Ann Lee said at a town hall in Dayton, Ohio, that the tax would go.').said).toBe('that the tax would go');
  });

  it('THEN "that" with a verb straight after the occasion\'s noun is about the occasion, not what was said', () => {
    const s = only('“We are in a hard place,” Mayor Ana Ruiz told reporters after the meeting that was held on a boat.');
    expect(s.said).toBe('We are in a hard place');
    // A gerund or a day before "that" is not such a noun.
    expect(only('Tom Hale said at the hearing that raising the tax was wrong.').said).toBe('that raising the tax was wrong');
  });
});

describe('GIVEN a cue whose object is what was said, then when and where it was said', () => {
  it('THEN "praised the plan on Monday", "called it “a disgrace” Wednesday on The Evening Show" end before the day and the show', () => {
    expect(only('Mayor Ana Ruiz praised the harbour plan Tuesday night.').said).toBe('the harbour plan');
    expect(only('Tom Hale called the report “a disgrace” Wednesday on The Evening Show.').said).toBe('the report “a disgrace”');
    // Not a day of a clause inside the object, nor a day with a name ("Super Tuesday").
    expect(only('Mayor Ana Ruiz threatened to leave before voters go to the polls Monday.').said).toBe('to leave before voters go to the polls Monday');
    expect(only('Ann Lee assured her of 318 delegates on Super Tuesday.').said).toBe('of 318 delegates on Super Tuesday');
  });

  it('THEN a reported clause keeps a day alone ("the vote would come on Monday"), but not an interview at its end', () => {
    expect(only('The mayor said the vote would come on Monday.').said).toBe('the vote would come on Monday');
    expect(only('The mayor said the plan was dead in a May 3 interview.').said).toBe('the plan was dead');
  });
});

describe('GIVEN a quote signed with a dash after it, as pull quotes, epigraphs and readers’ comments are printed', () => {
  it('THEN the words are the signer’s, and "what he calls" inside them attributes nothing', () => {
    const found = statements('The debate drew many comments.\n\n“I’d rather live in what he calls “hell” than here.” ― Ana Ruiz\n\n“He is no leader.” — Tom Hale, Dayton');
    expect(found.map((s) => [s.speaker.name, s.kind, s.said])).toEqual([
      ['Ana Ruiz', 'direct', 'I’d rather live in what he calls “hell” than here'],
      ['Tom Hale', 'direct', 'He is no leader'],
    ]);
  });

  it('THEN a Dutch name with its particles signs too; words after a dash that are no name sign nothing', () => {
    expect(statements('Lezers reageerden.\n\n“We geven dit niet op.” — Anna de Vries', 'nl').map((s) => [s.speaker.name, s.said])).toEqual([['Anna de Vries', 'We geven dit niet op']]);
    expect(statements('Mayor Ana Ruiz spoke first.\n\n“We will win,” she said — and then she left.').map((s) => [s.speaker.name, s.cue])).toEqual([['Ana Ruiz', 'said']]);
  });
});

describe('GIVEN a role that serves someone named after it ("an aide to Mayor Ana Ruiz said")', () => {
  it('THEN the aide speaks, not the one served', () => {
    expect(only('An aide to Mayor Ana Ruiz said the plan was dead.').speaker.name).toBe('aide to Mayor Ana Ruiz');
    expect(only('Advisers to Ruiz are quick to point out that she has placed second.').speaker.name).toBe('Advisers to Ruiz');
  });
});

describe('GIVEN a verb that only carries the saying ("continue to warn", "went on to say")', () => {
  it('THEN its subject said what follows; a verb of intent ("wants to warn") still says nothing yet', () => {
    expect(only('Republicans continue to warn that the deal was a dangerous mistake.')).toMatchObject({ speaker: expect.objectContaining({ name: 'Republicans' }), said: 'that the deal was a dangerous mistake' });
    expect(only('Tom Hale went on to say that the deal was bad.').speaker.name).toBe('Tom Hale');
    expect(statements('Ruiz wants to warn that the deal is bad.')).toEqual([]);
  });
});

describe('GIVEN a message its sender issued, then what it says ("issued a statement saying …")', () => {
  it('THEN the sender said it, a day between them or not', () => {
    expect(only('Mayor Ana Ruiz issued a statement saying that the judge was a remarkable person.')).toMatchObject({ speaker: expect.objectContaining({ name: 'Ana Ruiz' }), said: 'that the judge was a remarkable person' });
    expect(only('The Hale campaign sent a fundraising email Wednesday saying that the race was close.').said).toBe('that the race was close');
  });
});

describe('GIVEN a quote ending on its question or exclamation mark, then a name and a verb of saying', () => {
  it('THEN the quote is that speaker’s, not the last speaker’s, whatever the marks', () => {
    const found = statements('Mayor Ana Ruiz criticized the company. “Who do they think they are?” Tom Hale said.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([['Ana Ruiz', 'the company'], ['Tom Hale', 'Who do they think they are?']]);
    expect(only("''Can we win the state?'' Ann Lee asked.").speaker.name).toBe('Ann Lee');
    expect(only('“That is false!” Ann Lee replied.').speaker.name).toBe('Ann Lee');
  });

  it("THEN a '' quote closing a sentence ends it: the next sentence is not inside the quote", () => {
    const found = statements("Tom Hale called her conduct ''careless.'' The finding undercut her claims, Ann Lee said.");
    expect(found.map((s) => [s.speaker.name, s.said])).toContainEqual(['Ann Lee', 'The finding undercut her claims']);
  });
});

describe('GIVEN a share of a group as the source ("40 percent of Republicans said", "about three in 10 voters said")', () => {
  it('THEN the share speaks, as written, never the whole group', () => {
    expect(only('Nearly 40 percent of Republicans said they prefer a newcomer.').speaker.name).toBe('Nearly 40 percent of Republicans');
    expect(only('About three in 10 voters said they prefer a newcomer.').speaker.name).toBe('About three in 10 voters');
    expect(only('More than half of voters said they prefer a newcomer.').speaker.name).toBe('More than half of voters');
    expect(only('One of the senators said the plan was dead.').speaker.name).toBe('One of the senators');
  });

  it('THEN a span of time back from now ("less than two weeks ago") is when, not who', () => {
    expect(only('The ministry less than two weeks ago said that the mail was secret.').speaker.name).toBe('ministry');
  });
});

describe('GIVEN two speakers contrasted in one sentence ("… while Hale suggests …", "…, whereas Hale acknowledged …")', () => {
  it('THEN each says only their own clause; a contrast inside what one says ("said that while critics say …") stays in it', () => {
    expect(statements('Mayor Ana Ruiz accuses Tom Hale of lying while Hale suggests the mayor is a captive of the unions.').map((s) => [s.speaker.name, s.said])).toEqual([
      ['Ana Ruiz', 'Tom Hale of lying'],
      ['Hale', 'the mayor is a captive of the unions'],
    ]);
    expect(statements('Ann Lee said the law was broken, whereas Tom Hale acknowledged that he knew the rules.').map((s) => [s.speaker.name, s.said])).toEqual([
      ['Ann Lee', 'the law was broken'],
      ['Tom Hale', 'that he knew the rules'],
    ]);
    expect(statements('Tom Hale said that while critics say the plan is costly, it works.').map((s) => s.speaker.name)).toContain('Tom Hale');
  });
});

describe('GIVEN the reporter’s comment after what was said (", which an inquiry said was careless", ", something Hale mocked")', () => {
  it('THEN what was said ends before it; a relative clause inside what was said stays', () => {
    expect(only('Mukasey criticized Ruiz’s email use, which an FBI inquiry said was “extremely careless.”').said).toBe('Ruiz’s email use');
    expect(only('Ann Lee said that her car was stopped by a belt buckle, something that Tom Hale mocked.').said).toBe('that her car was stopped by a belt buckle');
    expect(only('Tom Hale said the plan, which the council passed in May, would cut taxes.').said).toBe('the plan, which the council passed in May, would cut taxes');
  });

  it('THEN "said of the plan that …" says the "that" clause; "asked of her rival" says nothing', () => {
    expect(only('Tom Hale said of the plan that it would fail.').said).toBe('that it would fail');
    expect(only('Mayor Ana Ruiz says of Tom Hale, “If he gets the chance, he will sell the office.”').said).toBe('If he gets the chance, he will sell the office');
    expect(statements('Ann Lee called for cost estimates, something she has repeatedly asked of her rival Tom Hale.').map((s) => [s.cue, s.said])).toEqual([['called for', 'cost estimates']]);
  });
});

describe('GIVEN an attribution set off inside the sentence ("Now, she said, …", "The paradox, says X, a historian, is …")', () => {
  it('THEN the whole sentence is what was said, whatever its subject and wherever the source stands', () => {
    const found = statements('Ana Ruiz runs a shop on the square. Now, she said, the Christians and Muslims rarely mix.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([['Ana Ruiz', 'Now, she said, the Christians and Muslims rarely mix']]);
    expect(only('The paradox of the plan, says Carl Anthony, a historian at the library, is that it was never tested.')).toMatchObject({
      speaker: expect.objectContaining({ name: 'Carl Anthony' }),
      said: 'The paradox of the plan, says Carl Anthony, a historian at the library, is that it was never tested',
    });
    expect(only('The deal would, says Tom Hale, cut taxes for most families.').speaker.name).toBe('Tom Hale');
  });

  it('THEN a subject after a subordinator heads a clause of its own, not an aside', () => {
    expect(statements('Interestingly, after the department asked Mills, Sullivan and Abedin to search their e-mails, they found more.').map((s) => s.said)).not.toContain(
      'Interestingly, after the department asked Mills, Sullivan and Abedin to search their e-mails, they found more',
    );
  });

  it('THEN "“…,” said X, angered that …" still quotes X: a participle after the source is no verb of the sentence', () => {
    expect(only('“This is just a scripted show,” said delegate Beau Correll, angered that party leaders ignored the movement.')).toMatchObject({
      speaker: expect.objectContaining({ name: 'Beau Correll' }),
      said: 'This is just a scripted show',
    });
  });
});

describe('GIVEN a long description between the source and its verb', () => {
  it('THEN a relative clause holding a quote, an age before a description, or a description the tagger cannot read still leads to the name', () => {
    expect(statements('Tom Hale, who calls the mayor a “crook,” said he doubts the plan will pass.').map((s) => [s.speaker.name, s.cue, s.said])).toContainEqual([
      'Tom Hale',
      'said',
      'he doubts the plan will pass',
    ]);
    expect(only('Tom Hale, 67, a retired clerk in Dayton, Ohio, said in an interview that he liked the plan.').speaker.name).toBe('Tom Hale');
    expect(only('One hopeful, Ana Ruiz, says she plans to root for Iowa.')).toMatchObject({ speaker: expect.objectContaining({ name: 'Ana Ruiz' }), said: 'she plans to root for Iowa' });
  });

  it('THEN a relative clause after the addressee or the occasion is about them, not what was said', () => {
    expect(only('At a conference, Sean Hannity asked Tom Hale, who is fourth in the delegate count, to lay out his path to the nomination.').said).toBe(
      'to lay out his path to the nomination',
    );
    expect(only('The plan, the ministry said Monday in a statement, which was posted online, would cut taxes.').said).toBe(
      'The plan, the ministry said Monday in a statement, which was posted online, would cut taxes',
    );
    expect(only('“That is right,” Ann Lee said to the nominee, who began his speech by thanking the crowd.').said).toBe('That is right');
  });

  it('THEN a verb joined inside a relative clause ("…, who answered her door and said …") is the clause subject’s, not the last speaker’s', () => {
    expect(statements('“This is one of her friends,” Tom Hale told Ana Ruiz, who answered her door and said she planned to vote.').map((s) => [s.speaker.name, s.said])).toEqual([
      ['Tom Hale', 'This is one of her friends'],
      ['Ana Ruiz', 'she planned to vote'],
    ]);
    const recalled = statements('“Tom put Fred down quite a bit,” said Ana Ruiz, then the girlfriend of Fred’s best friend, who was at the dinner and recalled his temper.');
    expect(recalled.map((s) => s.speaker.name)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(statements('“It is hard,” said Eric Hale, who chairs the department, citing another reason the state is hard to predict.').map((s) => s.speaker.name)).toEqual(['Eric Hale', 'Eric Hale']);
  });
});

describe('GIVEN a group or a share of one described before its noun ("Leading Democrats", "47%", "current and former officials")', () => {
  it('THEN the described group speaks, as written', () => {
    expect(only('Leading Democrats say that this time is different.').speaker.name).toBe('Leading Democrats');
    expect(only('But hacking specialists say the leaked files might not be genuine.').speaker.name).toBe('hacking specialists');
    expect(only('The data was never checked, current and former officials said.').speaker.name).toBe('current and former officials');
    expect(only('In the poll, 47% say the country should send troops.').speaker.name).toBe('47%');
    expect(only('About four out of 10 voters said life would be worse.').speaker.name).toBe('About four out of 10 voters');
    expect(only('Thirty-one percent of those surveyed say they would be satisfied.').speaker.name).toBe('Thirty-one percent of those surveyed');
  });

  it('THEN "a smiling Clinton" is Clinton; a participle opening a clause ("Holding signs calling …") names no one', () => {
    const found = statements('Ann Lee spoke first. A smiling Lee said the plan would pass.');
    expect(found.map((s) => s.speaker.name)).toEqual(['Lee']);
    expect(statements('Holding signs calling the mayor a liar, the protesters marched on.').map((s) => s.speaker.name)).not.toContain('Holding signs');
  });
});

describe('GIVEN "that" with a finite verb straight after it ("say that would be their reaction")', () => {
  it('THEN "that" is the subject of what was said, not the conjunction before it', () => {
    expect(only('Most Democrats say that would be their reaction.').said).toBe('that would be their reaction');
    expect(only('Tom Hale said that was wrong.').said).toBe('that was wrong');
    expect(only('Tom Hale said that given the damage, the next mayor should visit.').said).toBe('that given the damage, the next mayor should visit');
  });
});

describe('GIVEN words set off between the cue and "that", or a pronoun after "close to"', () => {
  it('THEN a phrase set off by commas before "that" says how or where; what was said is the "that" clause', () => {
    expect(only('Tom Hale said, without evidence, that the vote was rigged.').said).toBe('that the vote was rigged');
    expect(only('The nominee continues to insist, most recently in an interview with a radio host, that he wants to release his taxes.').said).toBe(
      'that he wants to release his taxes',
    );
  });

  it('THEN "Those close to him say" and "Elected officials say" name the group, as written', () => {
    expect(only('Those close to him say that the plan would fail.').speaker.name).toBe('Those close to him');
    expect(only('Elected officials from both parties say he has a reputation as a hard worker.').speaker.name).toBe('Elected officials from both parties');
  });
});

describe('GIVEN a message sent somewhere, or a description ending in an "of" phrase', () => {
  it('THEN "sent a letter to the board urging …" and "a series of tweets early Friday saying …" are the sender’s', () => {
    expect(only('A group of parents sent a letter to the school board urging it to reconsider.').speaker.name).toBe('group of parents');
    expect(only('Tom Hale unleashed a series of tweets early Friday saying that his rival had shown bad judgment.')).toMatchObject({
      speaker: expect.objectContaining({ name: 'Tom Hale' }),
      said: 'that his rival had shown bad judgment',
    });
  });

  it('THEN "X of Ohio, a co-chair of the caucus, who …" is X; "the leak of the report, which …" is the report', () => {
    const found = statements('“There is a greater goal,” said Representative Ann Lee of Ohio, a co-chair of the Progressive Caucus, who sent a letter to the mayor criticizing the sales.');
    expect(found.map((s) => s.speaker.name)).toEqual(['Ann Lee', 'Ann Lee']);
    expect(only('Tom Hale, the president of the union, who called the strike, said it would last.').speaker.name).toBe('Tom Hale');
    expect(only('After the leak of the report, which concluded that she broke the rules, the campaign stayed silent.').speaker.name).toBe('report');
  });

  it('THEN "Those who know him say" names them as written', () => {
    expect(only('Those who know him say the plan would fail.').speaker.name).toBe('Those who know him');
  });
});

describe('GIVEN a clause holding other cues, then ", the source added." at the end', () => {
  it('THEN the whole clause is what the source said: the words inside are its account, not the inner speaker’s own', () => {
    expect(statements('Ann Lee had told police that she did not want the escort at all, the source added.').map((s) => [s.speaker.name, s.said])).toEqual([
      ['source', 'Ann Lee had told police that she did not want the escort at all'],
    ]);
    expect(statements('The protocol called for the mayor to be taken to a trauma center, sources said.').map((s) => s.speaker.name)).toEqual(['sources']);
    expect(statements('Police have said they have no plans to release the recordings, according to attorneys for the family.').map((s) => s.speaker.name)).toEqual([
      'attorneys for the family',
    ]);
  });

  it('THEN an inner attribution that closes its own clause keeps it ("…, a local station reported, while …")', () => {
    const found = statements('In Dayton, marchers honored the victims, a local station reported, while in Akron the parade began with a silence, the Beacon Journal reported.');
    expect(found.map((s) => s.speaker.name)).toContain('local station');
  });
});

describe('GIVEN a naming verb whose object has phrases of its own ("called her vote in favor of the war a mistake")', () => {
  it('THEN the naming is read; a time or a comparison after the object is no description', () => {
    expect(only('At the forum, Ann Lee called her vote in favor of the war a mistake.').said).toBe('her vote in favor of the war a mistake');
    expect(only('Democrats called the citation and the demand for his appearance a political ploy.').speaker.name).toBe('Democrats');
    expect(statements('The network called the race for the senator less than a half-hour after polls closed.')).toEqual([]);
    expect(statements('Tom Hale called the police a second time.')).toEqual([]);
  });
});

describe('GIVEN evidence reported with "that" ("the poll shows that …", "the study found that …")', () => {
  it('THEN it is a statement whose cue says it is evidence; without "that" the verb is no cue', () => {
    expect(only('A new poll shows that Ann Lee leads in Ohio.')).toMatchObject({ cue: 'shows', said: 'that Ann Lee leads in Ohio' });
    expect(only('The study found that most voters were undecided.').speaker.name).toBe('study');
    expect(statements('Police found the car near the river.')).toEqual([]);
  });
});

describe('GIVEN a belief reported with "that" ("Some Democrats worry that …", "he thinks that …")', () => {
  it('THEN it is a statement whose cue names the belief; "feel that way" opens no clause', () => {
    expect(only('Some Democrats worry that the plan will fail.')).toMatchObject({ cue: 'worry', said: 'that the plan will fail' });
    expect(only('Tom Hale thinks that the mayor lied.').cue).toBe('thinks');
    expect(statements('Most voters feel that way by two to one.')).toEqual([]);
  });
});

describe('GIVEN words in a participle after "before"/"after", on a recording, or quoted after "attacked"', () => {
  it('THEN "… before asking her, “…”" is the clause subject’s; "after slamming into the crowd" reports nothing', () => {
    expect(only('Ann Lee sang to the crowd before asking them, “Where do we go from here?”')).toMatchObject({
      speaker: expect.objectContaining({ name: 'Ann Lee' }),
      said: 'Where do we go from here?',
    });
    expect(statements('After slamming into the crowd, the driver fled, the agency said.').map((s) => s.cue)).not.toContain('slamming');
  });

  it('THEN "footage of X asking, “…”" is X’s voice on it', () => {
    expect(only('The ad uses footage of Ann Lee asking, “Why aren’t I ahead?”')).toMatchObject({ speaker: expect.objectContaining({ name: 'Ann Lee' }), said: 'Why aren’t I ahead?' });
  });

  it('THEN "attacked “…”" quotes the attacker; "attacked the town" is no statement', () => {
    expect(only('In a speech, Tom Hale attacked “the hateful ideology of the cartel.”').speaker.name).toBe('Tom Hale');
    expect(statements('Troops attacked the town at dawn.')).toEqual([]);
  });
});

describe('GIVEN a subject with a phrase after it before the verb ("Another source speaking to Fox News said")', () => {
  it('THEN the subject speaks, whatever follows it: a participle, an infinitive, a relative "whose" clause', () => {
    expect(only('Another intelligence source speaking to a television network said, “The agents are investigating.”').speaker.name).toBe('intelligence source');
    expect(only('Organizers of the push to boycott the speech said they are worried about the event.').speaker.name).toBe('Organizers');
    expect(only('Tom Hale, a former director of the state party, whose roots are in the church, said the base was angry.').speaker.name).toBe('Tom Hale');
    // A relative clause holding an appositive of its own.
    expect(only('Ms. Ann Arnold, who helped found EDGE, an environmental group based in Dayton, said she did not condone violence.').speaker.name).toBe('Ann Arnold');
    expect(statements('Given the union’s efforts -- which Apple’s chief executive, Tom Cook, called “political crap” -- one question has emerged.').map((s) => s.speaker.name)).toEqual(['Tom Cook']);
  });

  it('THEN a share of people speaks as written ("Many in the crowd", "Most of the delegates"); "all of her time" is no one', () => {
    expect(only('Many in the crowd said the senator was the only candidate they trusted.').speaker.name).toBe('Many in the crowd');
    expect(only('Most of the delegates said the vote was fair.').speaker.name).toBe('Most of the delegates');
    expect(statements('She spent all of her time responding to controversies, aides said.').map((s) => s.speaker.name)).toEqual(['aides']);
  });

  it('THEN a past participle inside a noun phrase is no cue ("the state’s 20 pledged delegates")', () => {
    expect(statements('Ann Lee won a majority of the state’s 20 pledged delegates, helping her status.')).toEqual([]);
  });
});

describe('GIVEN a concession after what was said (", though she conceded …", ", even though he noted …")', () => {
  it('THEN what was said ends before it, and the concession is a statement of its own', () => {
    expect(statements('Ann Lee said she hoped to win the seat, though she acknowledged it was unlikely.').map((s) => [s.speaker.name, s.cue, s.said])).toEqual([
      ['Ann Lee', 'said', 'she hoped to win the seat'],
      ['Ann Lee', 'acknowledged', 'it was unlikely'],
    ]);
    expect(statements('Tom Hale said the plan had failed, even though Ann Lee noted that the city would pay.').map((s) => [s.speaker.name, s.said])).toEqual([
      ['Tom Hale', 'the plan had failed'],
      ['Ann Lee', 'that the city would pay'],
    ]);
    // Inside what was said, after "that", a concession is part of it.
    expect(only('Ann Lee said that although critics say the plan is costly, it works.').said).toBe('that although critics say the plan is costly, it works');
  });
});

describe('GIVEN a part of the day before the day ("said late Wednesday that …")', () => {
  it('THEN the time is the frame: what was said starts at "that", and the day dates it', () => {
    const s = only('The minister said late Wednesday that the talks would resume.');
    expect(s.said).toBe('that the talks would resume');
    expect(s.saidOn).toMatchObject({ date: '2024-03-06', precision: 'day' });
    expect(only('The minister said early Friday that the talks would resume.').said).toBe('that the talks would resume');
  });
});

describe('GIVEN a request made of someone ("urged Republicans to join …", "told his aides to find …")', () => {
  it('THEN what was urged is the addressee doing it: the addressee opens what was said, and the cue is the verb', () => {
    expect(only('Tom Hale urged Republicans to join the fight against the plan.')).toMatchObject({ cue: 'urged', said: 'Republicans to join the fight against the plan' });
    expect(only('The mayor told her aides to find a way out.')).toMatchObject({ cue: 'told', said: 'her aides to find a way out' });
    expect(only('The mayor told them to leave the room.')).toMatchObject({ cue: 'told', said: 'them to leave the room' });
    expect(only('The mayor told her aides that the bridge was safe.')).toMatchObject({ cue: 'told her aides', said: 'that the bridge was safe' });
    // Told something, the addressee is whom it was said to.
    expect(only('The mayor told reporters that the bridge was safe.')).toMatchObject({ cue: 'told reporters', said: 'that the bridge was safe' });
  });
});

describe('GIVEN a quote that follows "that" ("says that “…”")', () => {
  it('THEN it is a partial quote opening with "that", its closing mark kept; a quote after a colon stays direct', () => {
    expect(only('Tom Hale says that “when you live by the pen, you die by the pen.”')).toMatchObject({ kind: 'partial', said: 'that “when you live by the pen, you die by the pen.”' });
    expect(only('Tom Hale said: “When you live by the pen, you die by the pen.”')).toMatchObject({ kind: 'direct', said: 'When you live by the pen, you die by the pen' });
  });
});

describe('GIVEN a verb with the preposition of its topic ("joked about", "warned of", "cautioned against", "commented on")', () => {
  it('THEN the preposition belongs to the cue and its object is what was said; a channel or a count is not a topic', () => {
    expect(only('Tom Hale joked about the size of the crowd.')).toMatchObject({ cue: 'joked about', said: 'the size of the crowd' });
    expect(only('The minister warned of a long recession.')).toMatchObject({ cue: 'warned of', said: 'a long recession' });
    expect(only('Ann Lee cautioned against a rush to judgment.')).toMatchObject({ cue: 'cautioned against', said: 'a rush to judgment' });
    expect(only('Ann Lee commented on the new plan for the bridge.')).toMatchObject({ cue: 'commented on', said: 'the new plan for the bridge' });
    expect(only('The minister expressed concern about the long delays.')).toMatchObject({ cue: 'expressed concern about', said: 'the long delays' });
    // What it was about, then the words: "joked of the museum, “…”".
    expect(only('Tom Hale joked of the museum, “I have not seen it yet.”')).toMatchObject({ cue: 'joked of the museum', said: 'I have not seen it yet' });
    expect(only('Tom Hale added on Twitter that the deal was dead.')).toMatchObject({ cue: 'added', said: 'that the deal was dead' });
    expect(only('A new poll shows that about half of voters like him.')).toMatchObject({ cue: 'shows', said: 'that about half of voters like him' });
  });
});

describe('GIVEN a dateline opening the story ("WASHINGTON (Reuters) - ", "TALLAHASSEE — ", "DEN HAAG - ")', () => {
  it('THEN it is part of no one’s words; a phrase in lower case before a dash is', () => {
    expect(only('WASHINGTON (Reuters) - The plan is dead, the minister said.').said).toBe('The plan is dead');
    expect(only('ST. LOUIS, Mo. – The bridge will reopen, the mayor said.').said).toBe('The bridge will reopen');
    expect(only('DEN HAAG - Het plan is van tafel, zei de minister.', 'nl').said).toBe('Het plan is van tafel');
    expect(only('US-China talks - the plan is dead, Ann Lee said.').said).toBe('US-China talks - the plan is dead');
  });
});

describe('GIVEN Dutch words said before a comma and the verb before its subject ("…, zei minister Jansen.")', () => {
  it('THEN the subject after the verb said the clause before the comma, never the clause’s own subject', () => {
    expect(only('Het plan is van tafel, zei minister Piet Jansen.', 'nl')).toMatchObject({ said: 'Het plan is van tafel', speaker: expect.objectContaining({ name: 'Piet Jansen' }) });
    expect(only('De brug gaat in mei weer open, zegt de burgemeester woensdag.', 'nl')).toMatchObject({ said: 'De brug gaat in mei weer open', speaker: expect.objectContaining({ name: 'burgemeester' }) });
    // With no one to give the words to, nothing.
    expect(statements('Ik weet het niet, zei hij.', 'nl')).toEqual([]);
  });
});

describe('GIVEN Dutch sources after "volgens" that are a pronoun, a surname with its particle, or a clause joined by "maar"', () => {
  it('THEN "volgens hem/haar" is the person just named, "De Vries" keeps its "De", and each clause has its own speaker', () => {
    const named = statements('Minister Ans de Vries zei dat de brug dicht gaat. Volgens haar is de brug onveilig.', 'nl');
    expect(named.map((s) => [s.speaker.name, s.said])).toEqual([
      ['Ans de Vries', 'dat de brug dicht gaat'],
      ['Ans de Vries', 'is de brug onveilig'],
    ]);
    expect(statements('Jansen zegt dat het goed gaat, maar volgens De Vries is de situatie ernstig.', 'nl').map((s) => [s.speaker.name, s.said])).toEqual([
      ['Jansen', 'dat het goed gaat'],
      ['De Vries', 'is de situatie ernstig'],
    ]);
    // A people in the plural after its article is a group, not a surname.
    expect(only('De Duitsers zeiden dat de brug dicht gaat.', 'nl').speaker.name).toBe('Duitsers');
  });
});

describe('GIVEN the other ways Dutch news reports words (denials, the perfect tense, separated verbs, "reageerde: …")', () => {
  it('THEN each gives the speaker and the words; a denial is kept as such, and the verbs in another sense say nothing', () => {
    const denial = only('Jansen ontkent dat hij de regels heeft overtreden.', 'nl');
    expect(denial).toMatchObject({ cue: 'ontkent', said: 'dat hij de regels heeft overtreden' });
    expect(polarityOf(denial.cue)).toBe('denied');
    expect(only('Jansen heeft dinsdag gezegd dat de brug dicht gaat.', 'nl')).toMatchObject({ cue: 'gezegd', said: 'dat de brug dicht gaat', speaker: expect.objectContaining({ name: 'Jansen' }) });
    expect(statements('Premier Piet Smit zei dat het goed gaat. Hij voegde eraan toe dat de kosten hoog zijn.', 'nl').map((s) => [s.speaker.name, s.cue, s.said])).toEqual([
      ['Piet Smit', 'zei', 'dat het goed gaat'],
      ['Piet Smit', 'voegde eraan toe', 'dat de kosten hoog zijn'],
    ]);
    expect(only('Het ministerie laat in een verklaring weten dat de regeling wordt verlengd.', 'nl')).toMatchObject({ cue: 'laat in een verklaring weten', said: 'dat de regeling wordt verlengd' });
    expect(only('Jansen reageerde verheugd: ‘Dit is goed nieuws.’', 'nl')).toMatchObject({ kind: 'direct', said: 'Dit is goed nieuws' });
    expect(only('De oppositie noemt het plan ‘onverantwoord’.', 'nl')).toMatchObject({ speaker: expect.objectContaining({ name: 'oppositie' }) });
    expect(statements('Jansen reageerde op de kritiek van de oppositie.', 'nl')).toEqual([]);
    expect(statements('Zoals gezegd is het plan van tafel.', 'nl')).toEqual([]);
  });
});

describe('GIVEN a Dutch subject before the verb and a noun with a "dat" clause after it ("Rutte noemde het plan dat …")', () => {
  it('THEN the subject before the verb speaks; only an adverbial before the verb puts the subject after it', () => {
    expect(only('Rutte noemde het plan dat de oppositie indiende ‘onverantwoord’.', 'nl').speaker.name).toBe('Rutte');
    expect(only('Daarom stelde de minister dat de brug veilig is.', 'nl').speaker.name).toBe('minister');
    expect(only('Dinsdag zei minister Piet Jansen dat de brug veilig is.', 'nl').speaker.name).toBe('Piet Jansen');
  });
});

describe('GIVEN what was said opening the sentence, then a pronoun that said it ("Prices are rising, he noted.")', () => {
  it('THEN the pronoun is the person spoken of before, never the subject inside what was said', () => {
    const found = statements('Mayor Tom Hale spoke to the council. Prices are rising in the city, he noted.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([['Tom Hale', 'Prices are rising in the city']]);
    // A subject named before the quote it introduces is still who "she" is.
    expect(only('Sen. Ann Lee scolded him: “You are wrong,” she said.').speaker.name).toBe('Ann Lee');
  });
});

describe('GIVEN the occasion of a day after the cue ("said at Thursday’s hearing that …"), or an event the words are about', () => {
  it('THEN the occasion is the frame and dates the words; an event after a verb yet to happen is part of what was said', () => {
    const s = only('The senator said at Thursday’s hearing that the figure was wrong.');
    expect(s.said).toBe('that the figure was wrong');
    expect(s.saidOn).toMatchObject({ date: '2024-03-07', precision: 'day' });
    expect(only('The senator said at last week’s forum that the figure was wrong.').said).toBe('that the figure was wrong');
    expect(only('Ann Lee said she would testify at the hearing.').said).toBe('she would testify at the hearing');
    expect(only('Ann Lee called for more investment in a statement on Thursday.').said).toBe('more investment');
  });
});

describe('GIVEN an endorsement or a promise made in a participle ("…, promising to …")', () => {
  it('THEN "endorsed X" is the endorser’s act with X as its object, ended before the day and a phrase that sums it up', () => {
    const s = only('The nurses’ union endorsed Senator Jane Roe on Thursday, another sign of labor’s support for her.');
    expect([s.speaker.name, s.cue, s.said]).toEqual(['union', 'endorsed', 'Senator Jane Roe']);
    expect(s.saidOn).toMatchObject({ date: '2024-03-07', precision: 'day' });
    expect(only('The mayor praised the nurses, the police and the firefighters.').said).toBe('the nurses, the police and the firefighters');
    expect(statements('The measure was endorsed by the council.')).toEqual([]);
  });

  it('THEN "promising to" after a clause is a promise, but "promises to be long" is only a prospect', () => {
    const s = only('Ann Lee spoke to farmers in Ames, promising to lift the rules on water use.');
    expect([s.speaker.name, s.cue, s.said]).toEqual(['Ann Lee', 'promising', 'to lift the rules on water use']);
    expect(only('Ann Lee is promising to cut taxes.').said).toBe('to cut taxes');
    expect(statements('The fight over the budget promises to be long.')).toEqual([]);
    expect(statements('The dispute threatened to become a crisis.')).toEqual([]);
  });
});

describe('GIVEN a description, then an appositive that gives a role and a name ("Her guest, the actress Ana Ruiz, said")', () => {
  it('THEN the named person speaks, and is who a later "she" is; a party label is no name', () => {
    expect(only('Her guest, the actress and activist Ana Ruiz, said the amendment was overdue.').speaker.name).toBe('Ana Ruiz');
    expect(only('His guest, the actress Ana Ruiz, was emotional as she called for the ratification of the amendment.').speaker.name).toBe('Ana Ruiz');
    expect(only('The senator, the Ohio Republican, said the amendment was overdue.').speaker.name).toBe('senator');
  });
});

describe('GIVEN an office named with "general" after it, a document that "states that", and a thing promised', () => {
  it('THEN "the attorney general" is a speaker like any office holder', () => {
    const s = only('The state attorney general is confirming that the charity is not registered.');
    expect([s.speaker.name, s.said]).toEqual(['state attorney general', 'that the charity is not registered']);
    expect(only('The Surgeon General warned that smoking kills.').speaker.name).toBe('Surgeon General');
  });

  it('THEN "a memo on the website states that …" is the memo’s; "the states that border …" is no statement', () => {
    expect(only('A memo on the agency’s website states that the plan was flawed.').said).toBe('that the plan was flawed');
    expect(statements('Other early voting states that precede it on the calendar are smaller.')).toEqual([]);
  });

  it('THEN the object of "promised" or "urged" that is a thing is what was said, while a person is the addressee', () => {
    expect(only('The administration has promised a veto.').said).toBe('a veto');
    expect(only('Ann Lee promised tax cuts for working families.').said).toBe('tax cuts for working families');
    const told = only('Ann Lee promised supporters a tax cut.');
    expect([told.cue, told.said]).toEqual(['promised supporters', 'a tax cut']);
  });
});

describe('GIVEN "continued" after a quote or before a colon, and "likened X to Y"', () => {
  it('THEN the speaker goes on speaking; "continued to rise" and "continues his attacks" say nothing', () => {
    const found = statements('Mayor Ann Lee spoke in the square. “We will win this state,” she continued. Lee continued: “And then the country.”');
    expect(found.map((s) => [s.speaker.name, s.cue, s.said])).toEqual([
      ['Ann Lee', 'continued', 'We will win this state'],
      ['Lee', 'continued', 'And then the country'],
    ]);
    expect(statements('Prices continued to rise in March.')).toEqual([]);
    expect(statements('The senator continues his attacks on the plan.')).toEqual([]);
  });

  it('THEN a likening is what the speaker said of its object', () => {
    const s = only('Ann Lee likened the tax plan to a raid on savings.');
    expect([s.cue, s.said]).toEqual(['likened', 'the tax plan to a raid on savings']);
  });
});

describe('GIVEN a belief or a finding reported without "that" ("Polls showed Clinton was ahead", "Lee thinks he can win")', () => {
  it('THEN the clause is what the poll showed or the person thinks; an object alone is not', () => {
    const poll = only('Instant polls showed the mayor was the winner of the debate.');
    expect([poll.speaker.name, poll.cue, poll.said]).toEqual(['Instant polls', 'showed', 'the mayor was the winner of the debate']);
    expect(only('Tom Lee thinks he can win the county.').said).toBe('he can win the county');
    expect(only('The county’s records show that women held about 41 percent of the jobs.').said).toBe('that women held about 41 percent of the jobs');
    expect(only('The memos suggest the council knew of the cracks.').said).toBe('the council knew of the cracks');
    expect(statements('Polls show a close contest in the state.')).toEqual([]);
    expect(statements('Voters feel the pain of high prices.')).toEqual([]);
    expect(statements('The TV show he hosted was cancelled.')).toEqual([]);
  });

  it('THEN after another cue the belief is part of what was said', () => {
    const s = only('Mayor Ann Lee said she thinks the video should be released.');
    expect([s.cue, s.said]).toEqual(['said', 'she thinks the video should be released']);
  });
});

describe('GIVEN "According to X," opening a sentence whose clause has a ", but …", and a channel fronted without its comma', () => {
  it('THEN the whole clause after the source is what X says, and an appositive of X stays X’s', () => {
    const polls = only('According to exit polls, Tom Hale had a lead in the county, but he lost the state.');
    expect([polls.speaker.name, polls.said]).toEqual(['exit polls', 'Tom Hale had a lead in the county, but he lost the state']);
    const berg = only('According to Anna Berg, an economist who studies trade, growth will slow.');
    expect([berg.speaker.name, berg.said]).toEqual(['Anna Berg', 'growth will slow']);
  });

  it('THEN "In a radio interview Hale declared …" is Hale’s; "At the moment Hale announced …" names no speaker', () => {
    expect(only('In a radio interview Tom Hale declared that the deal was dead.').speaker.name).toBe('Tom Hale');
    const found = statements('At the moment Hale announced his run, Ann Lee was in a meeting and told aides that she saw him as a threat.');
    expect(found.map((s) => [s.speaker.name, s.said])).toEqual([['Ann Lee', 'that she saw him as a threat']]);
  });
});

describe('GIVEN a participle of saying after a comma and an adverb (", even suggesting …")', () => {
  it('THEN it is a statement of its own, and the clause before ends at the comma', () => {
    const found = statements('Senator Ann Lee criticized the moderator, even suggesting he was biased.');
    expect(found.map((s) => [s.speaker.name, s.cue, s.said])).toEqual([
      ['Ann Lee', 'criticized', 'the moderator'],
      ['Ann Lee', 'suggesting', 'he was biased'],
    ]);
  });

  it('THEN a list of objects after a topic cue is kept whole; a phrase summing one up is not the object', () => {
    expect(only('Ann Lee spoke of the drought, the lack of jobs, the flight of the young.').said).toBe('the drought, the lack of jobs, the flight of the young');
    expect(only('Ann Lee expressed doubts about the new casino, the biggest in the state.').said).toBe('the new casino');
  });
});

describe('GIVEN Dutch opinions ("vindt dat", "denkt dat"), demands ("eist"), a party in brackets and a day after the verb', () => {
  it('THEN the belief opens at its "dat", the cue is the verb, and "vond het wapen" finds a thing', () => {
    const s = only('Kamerlid Pieter Omtzigt (NSC) vindt dat het kabinet moet aftreden.', 'nl');
    expect([s.speaker.name, s.cue, s.said]).toEqual(['Pieter Omtzigt', 'vindt', 'dat het kabinet moet aftreden']);
    expect(only('Rutte denkt dat de coalitie standhoudt.', 'nl').said).toBe('dat de coalitie standhoudt');
    expect(statements('De politie vond het wapen in de tuin.', 'nl')).toEqual([]);
  });

  it('THEN a demand is said, and a day right after the verb is when it was said', () => {
    const s = only('De bond eiste dinsdag een loonsverhoging van vijf procent.', 'nl');
    expect([s.cue, s.said]).toEqual(['eiste', 'een loonsverhoging van vijf procent']);
    expect(s.saidOn).toMatchObject({ date: '2024-03-05', precision: 'day' });
    expect(only('Burgemeester Halsema waarschuwde woensdag voor nieuwe rellen.', 'nl').said).toBe('voor nieuwe rellen');
  });
});

describe('GIVEN Dutch "zegt in een verklaring: ‘…’" and a "hij" after a sentence that names someone', () => {
  it('THEN the verb before the channel speaks, inverted after an adverbial too', () => {
    const s = only('Jansen zegt in een verklaring: ‘De brug blijft dicht.’', 'nl');
    expect([s.speaker.name, s.cue, s.said]).toEqual(['Jansen', 'zegt', 'De brug blijft dicht']);
    expect(only('Dinsdag zei minister Piet Jansen in een verklaring: ‘De brug blijft dicht.’', 'nl').speaker.name).toBe('Piet Jansen');
  });

  it('THEN "zegt hij" is the person named as the subject before; a body named so is not a "hij"', () => {
    expect(only('Minister Piet Jansen was dinsdag in Utrecht.\n\n‘We moeten sneller bouwen’, zegt hij.', 'nl').speaker.name).toBe('Piet Jansen');
    expect(statements('Het kabinet bezocht de school.\n\n‘We moeten sneller bouwen’, zegt hij.', 'nl')).toEqual([]);
  });
});

describe('GIVEN a participle used as an adjective after another ("Democratic registered voters"), and a participle phrase holding a quote', () => {
  it('THEN the whole share of the group speaks, and "X, citing “…,” said" is X', () => {
    expect(only('Nine in 10 Democratic registered voters say they trust the mayor.').speaker.name).toBe('Nine in 10 Democratic registered voters');
    const found = statements('Tom Hale, citing “the magic of the moment,” said the candidate could win the state.');
    expect(found.map((s) => [s.speaker.name, s.cue])).toContainEqual(['Tom Hale', 'said']);
  });
});

describe('GIVEN a capitalised "De" before an acronym ("De NOS meldt …") and before a surname ("De Vries zei …")', () => {
  it('THEN before the acronym it is the article, before a surname part of the name', () => {
    expect(only('De NOS meldt dat het kabinet vandaag een besluit neemt.', 'nl').speaker.name).toBe('NOS');
    expect(only('De Vries zei dat het kabinet doorgaat.', 'nl').speaker.name).toBe('De Vries');
  });
});

describe('GIVEN a fragment without a subject opening with a verb in -s and a participle ("Keeps saying …")', () => {
  it('THEN the verb is no one’s name: no speaker, rather than a wrong one', () => {
    expect(statements('Keeps saying she opposed the war, when there are clips of her supporting it.')).toEqual([]);
    expect(only('Lynch said the case was closed.').speaker.name).toBe('Lynch');
  });
});

describe('GIVEN a role placed by a preposition ("Democrats on Capitol Hill", "a senator from Ohio")', () => {
  it('THEN the place is where the speakers are, not their name; a plural role is a group', () => {
    const group = only('Democrats on Capitol Hill say that the plan helps them.');
    expect([group.speaker.name, group.speaker.kind]).toEqual(['Democrats on Capitol Hill', 'group']);
    expect(only('A senator from Ohio said the bill would pass.').speaker.name).toBe('senator from Ohio');
    expect(only('Senator Tom Reed of Ohio said the bill would pass.').speaker.name).toBe('Tom Reed');
  });
});

describe('GIVEN reported speech the writer adds to after a semicolon, a lone dash or a closing relative clause', () => {
  it('THEN what was said ends before the addition, and no other verb in the addition takes its words', () => {
    expect(only('The mayor said the bridge was safe; engineers who inspected it disagree.').said).toBe('the bridge was safe');
    expect(only('The senator said the tariff was legal — a claim few lawyers accept.').said).toBe('the tariff was legal');
    expect(only('The governor said he backed Ann Smith, who has not been charged with any crime.').said).toBe('he backed Ann Smith');
    // A writer's aside that holds a verb of saying of its own is no new statement of that verb's subject.
    expect(statements('The coach said the team was ready — a view the players said was too hopeful.').map((s) => s.said)).toEqual(['the team was ready']);
  });

  it('THEN a pair of dashes, a relative clause the sentence goes on after, quoted words and words before the verb stay whole', () => {
    expect(only('The senator said the tariff — which took effect in May — was legal.').said).toBe('the tariff — which took effect in May — was legal');
    expect(only('The minister said the plan, which passed in May, would cut taxes for families.').said).toBe('the plan, which passed in May, would cut taxes for families');
    expect(only('The plan is dead; the council killed it, the mayor said.').said).toBe('The plan is dead; the council killed it');
    expect(only('The mayor said the bridge was “safe; safer than ever.”').said).toContain('safer than ever');
  });
});

describe('GIVEN an attribution set off inside a sentence that goes on with a conjunction ("A, she said, until B")', () => {
  it('THEN the whole sentence is what was said; after a closed quote the words that follow stay the writer\'s', () => {
    const whole = only('The mill was a giant, Ann Lee said, until it went bankrupt in 1999.');
    expect(whole.said).toBe('The mill was a giant, Ann Lee said, until it went bankrupt in 1999');
    expect(whole.speaker.name).toBe('Ann Lee');
    expect(only('Sales were strong, the company said, but costs rose faster than expected.').said).toContain('but costs rose');
    expect(only('“I like the plan,” Ann Lee said, but the council voted it down.').said).toBe('I like the plan');
  });

  it('THEN "and" goes on with it as "but" does ("A, the airline added, and had passed all checks")', () => {
    expect(only('He had no known political ties, the airline added, and had passed all security checks.').said).toBe(
      'He had no known political ties, the airline added, and had passed all security checks',
    );
  });

  it('THEN with nothing before the source, what was said is the clause after its comma, and "…, and" is the writer\'s', () => {
    expect(only('Ann Lee says, win or lose on Tuesday, she is staying in the race.').said).toBe('win or lose on Tuesday, she is staying in the race');
    expect(statements('Ann Lee reported from Paris, and Tom Hale from Rome.')).toEqual([]);
  });
});

describe('GIVEN an attribution set off inside the sentence after a subject that carries prepositional phrases', () => {
  it('THEN the clause after the attribution is said too ("Too often, she said, the debate over the future of the port is …")', () => {
    expect(only('Too often, Ann Lee said, the debate over the future of the port is poisoned by rumours.').said).toBe(
      'Too often, Ann Lee said, the debate over the future of the port is poisoned by rumours',
    );
    expect(only('In the end, Ann Lee said, the talks with the unions about pay will fail.').said).toBe('In the end, Ann Lee said, the talks with the unions about pay will fail');
  });

  it('THEN "it" or "you" before a verb opens that clause, and "then" closing the attribution is when it was said', () => {
    expect(only('Perhaps, Ann Lee said, it could help visitors understand the police.').said).toBe('Perhaps, Ann Lee said, it could help visitors understand the police');
    expect(only('And sometimes, Ann Lee said, you just have to wait.').said).toBe('And sometimes, Ann Lee said, you just have to wait');
    expect(only('The truth, Ann Lee said then, was that the mayor had lied.').said).toBe('The truth, Ann Lee said then, was that the mayor had lied');
  });

  it('THEN a time clause after the attribution is not mistaken for a subject ("…, two days after voters went …")', () => {
    expect(only('The mayor won the primary, the county announced on Friday, two days after voters went to the polls.').said).toBe('The mayor won the primary');
  });
});

describe('GIVEN a quote that resumes after its attribution and the cue\'s frame ("“A,” she said at a rally in Ohio, “B.”")', () => {
  it('THEN both halves of the quote are the speaker\'s, past a place, an occasion, a participle phrase or "but"', () => {
    const said = (text: string) => statements(text).map((s) => [s.speaker.name, s.said]);
    expect(said('“The judge will be fair,” Tom Hale said during a rally in Dayton, Ohio, “but many people will be watching.”')).toEqual([
      ['Tom Hale', 'The judge will be fair'],
      ['Tom Hale', 'but many people will be watching'],
    ]);
    expect(said('“Each time you say that,” Ann Lee said, referring to the report, “you hand ammunition to the critics.”')).toEqual([
      ['Ann Lee', 'Each time you say that'],
      ['Ann Lee', 'you hand ammunition to the critics'],
    ]);
    expect(said('“I respect the mayor,” Ann Lee said on Monday, but “on housing he has a poor record.”')).toEqual([
      ['Ann Lee', 'I respect the mayor'],
      ['Ann Lee', 'on housing he has a poor record'],
    ]);
  });

  it('THEN a later quote that names a thing, or that follows an object of the cue, is not the speaker\'s words', () => {
    expect(statements('“We won,” Ann Lee said after the vote on the “Clean Air” bill.').map((s) => s.said)).toEqual(['We won']);
    expect(statements('“We won,” Ann Lee said of the bill her rivals had called “a disgrace.”').map((s) => [s.speaker.name, s.said])).not.toContainEqual(['Ann Lee', 'a disgrace']);
    const song = statements("Ms. Lee got a huge roar from the crowd when, at the end of her emotional rendition of the anthem ''Stand Up and Go,'' she added the words, ''Vote today.''");
    expect(song.map((s) => s.said).join(' | ')).not.toContain('huge roar');
  });
});

describe('GIVEN an attribution set off inside a sentence that goes on in quotation marks ("That, the panel said, “would help …”")', () => {
  it('THEN the words before the attribution are said too: the quote alone is no sentence', () => {
    expect(only('That, the commission said, “would be helpful in avoiding delays.”').said).toBe('That, the commission said, “would be helpful in avoiding delays.”');
    expect(only('It is time for the city to be led, Ann Lee said, “not only by a strong mayor, but by a decent one.”').said).toBe(
      'It is time for the city to be led, Ann Lee said, “not only by a strong mayor, but by a decent one.”',
    );
  });

  it('THEN a quote that opens a sentence of its own, or a participle of the writer\'s before the source, stays apart', () => {
    expect(only('As the phone rang, the announcer said, “It is three in the morning.”').said).toBe('It is three in the morning');
    expect(only('Asked about the plan, Ann Lee said, “it is dead.”').said).toBe('it is dead');
    expect(statements('Ann Lee left the meeting early, saying, “it has failed the city.”').map((s) => s.said)).toEqual(['it has failed the city']);
  });
});

describe('GIVEN a quote of one word before its attribution ("“Honestly,” he said, “we may …”")', () => {
  it('THEN the statement runs across the attribution: the one word opens the sentence the next quote goes on with', () => {
    expect(only('“Honestly,” Tom Hale said, “we may be on the brink of a crisis.”').said).toBe('“Honestly,” Tom Hale said, “we may be on the brink of a crisis.”');
  });

  it('THEN a one-word answer closed by a full stop stays apart from the next sentence: an answer of its own', () => {
    expect(statements('“Yes,” Tom Hale said. “I have never seen this happen,” he added.').map((s) => s.said)).toEqual(['Yes', 'I have never seen this happen']);
  });
});

describe('GIVEN a second act of the speaker after what was said ("promised to back her and said …")', () => {
  it('THEN what was said ends before "and" with a verb in the cue\'s form, when it has no verb in a tense of its own', () => {
    expect(statements('Ann Lee promised to keep backing the mayor and hinted at a run of her own.').map((s) => s.said)).toEqual(['to keep backing the mayor']);
    expect(statements('Ann Lee urges her brother to leave the car and repeatedly begs him to stop.')[0]?.said).toBe('her brother to leave the car');
    expect(statements('Ann Lee said the country would leave the union by March and hinted at a new treaty.').map((s) => s.said)).toEqual(['the country would leave the union by March']);
  });

  it('THEN the next act, when it is a cue of its own, is a statement of its own', () => {
    expect(statements('Ann Lee accused Tom Hale of neglecting the port and chided him for siding with the council.').map((s) => [s.cue, s.said])).toEqual([
      ['accused', 'Tom Hale of neglecting the port'],
      ['chided', 'him for siding with the council'],
    ]);
  });

  it('THEN a verb that can join one of what was said, or a participle with its agent, stays inside it', () => {
    expect(only('Ann Lee said he wanted to leave and bought a ticket.').said).toBe('he wanted to leave and bought a ticket');
    expect(only('The campaign called the charges baseless and fabricated by former aides.').said).toBe('the charges baseless and fabricated by former aides');
  });
});

describe('GIVEN a verb that acts on someone, then a colon and a quote ("scolded him: “…”")', () => {
  it('THEN the quote is what was said, and whom the verb acted on is part of the cue', () => {
    const found = statements('Dr. Tom Oz spoke first. Sen. Ann Lee scolded him: “The science is against you.”');
    expect(found.map((s) => [s.speaker.name, s.cue, s.said])).toEqual([['Ann Lee', 'scolded him', 'The science is against you']]);
    expect(only('Ann Lee praised the council: “You have served the city well.”')).toMatchObject({ cue: 'praised the council', said: 'You have served the city well' });
  });
});

describe('GIVEN what the words were about after the verb ("joked about moving", "asked Clinton about her emails")', () => {
  it('THEN "about" or "against" belongs to the cue, after an addressee, a particle or a day too', () => {
    const read = (text: string) => [only(text).cue, only(text).said];
    expect(read('Ann Lee joked about moving to Canada if Hale wins.')).toEqual(['joked about', 'moving to Canada if Hale wins']);
    expect(read('Ann Lee cautioned against reading too much into the vote.')).toEqual(['cautioned against', 'reading too much into the vote']);
    expect(read('Ann Lee asked Tom Hale about his tax returns.')).toEqual(['asked Tom Hale about', 'his tax returns']);
    expect(read('Ann Lee spoke out Tuesday about the death of a young man.')).toEqual(['spoke out Tuesday about', 'the death of a young man']);
    expect(read('Ann Lee weighed in Friday about whether the video should be released.')).toEqual(['weighed in Friday about', 'whether the video should be released']);
  });

  it('THEN "about" before a number or a share is part of what was said', () => {
    expect(only('Ann Lee said about 200 people had come.').said).toBe('about 200 people had come');
    expect(only('The budget office said about half of the change came from tax cuts.').said).toBe('about half of the change came from tax cuts');
  });
});

describe('GIVEN a cue in a relative clause closed by a comma, then the main clause\'s adverb and verb', () => {
  it('THEN what was said ends at the comma ("Voters, who said they had doubts, still came")', () => {
    expect(only('Many voters, who said they had doubts about the mayor, still came to the rally.').said).toBe('they had doubts about the mayor');
  });
});

describe('GIVEN the circumstances of the words between the cue and "that" ("admitted under questioning that", "told an invited crowd at … that")', () => {
  it('THEN "under …" is the frame, and a participle between an article and a noun belongs to the addressee', () => {
    expect(only('Ann Lee admitted under oath that she had not read the memo.').said).toBe('that she had not read the memo');
    expect(only('Ann Lee admitted under the senator’s grilling that she had not read the memo.').said).toBe('that she had not read the memo');
    expect(only('Ann Lee told an invited crowd at the Union League club that she wants a new policy.')).toMatchObject({
      cue: 'told an invited crowd',
      said: 'that she wants a new policy',
    });
  });
});

describe('GIVEN an absolute phrase set off at the end of reported speech (", with officials repeatedly expressing concern")', () => {
  it('THEN it is the writer\'s addition, not what was said', () => {
    expect(only('Ann Lee said that the strike must not continue, with union leaders repeatedly expressing concern over the talks.').said).toBe('that the strike must not continue');
    expect(only('Ann Lee said that “the strike must not continue,” with union leaders repeatedly expressing concern over the talks.').said).toBe('that “the strike must not continue,”');
  });

  it('THEN "with" and a noun that no participle follows stays in what was said', () => {
    expect(only('Ann Lee said the city would side with the unions on pay.').said).toBe('the city would side with the unions on pay');
    expect(only('Ann Lee said the plan would pass, with or without the mayor.').said).toBe('the plan would pass, with or without the mayor');
  });
});

describe('GIVEN a verb in -s that is also a plural noun ("notes", "answers", "claims", "remarks")', () => {
  it('THEN after a quote and a name, or after "he"/"she", it is the cue', () => {
    expect(only('“The budget is a fantasy,” Ann Lee notes.')).toMatchObject({ cue: 'notes', said: 'The budget is a fantasy' });
    expect(only('“Only two bridges were ever built,” Tom Hale answers.')).toMatchObject({ cue: 'answers', said: 'Only two bridges were ever built' });
    expect(only('Tom Hale spoke first. He claims that the bridge was never safe.')).toMatchObject({ cue: 'claims', said: 'that the bridge was never safe' });
    expect(only('Ann Lee spoke first. She remarks that the river has risen.').speaker.name).toBe('Ann Lee');
  });

  it('THEN the same word as a noun stays a noun ("Hale\'s notes", "the claims")', () => {
    expect(statements('Tom Hale read his notes. The claims were false.')).toHaveLength(0);
  });
});

describe('GIVEN an opening quote mark written without the space after a comma ("said,“Look …”")', () => {
  it('THEN the quote still opens there and is the speaker\'s', () => {
    expect(only('Ann Lee said,“Look, the bridge stays closed.”')).toMatchObject({ kind: 'direct', said: 'Look, the bridge stays closed' });
  });
});

describe('GIVEN a quote closed on a full stop, then a sentence that is only its attribution ("“…emails.” Trump said.")', () => {
  it('THEN the quote is the named speaker\'s', () => {
    expect(only('“I hope you can find the missing files.” Tom Hale said.')).toMatchObject({ kind: 'direct', said: 'I hope you can find the missing files' });
    expect(only('“I hope you can find the missing files.” Tom Hale said on Friday.').speaker.name).toBe('Tom Hale');
  });

  it('THEN a sentence that goes on to say more is a statement of its own, not the attribution', () => {
    expect(statements('“We will win.” Tom Hale said the race was close.').map((s) => s.said)).toEqual(['the race was close']);
  });
});

describe('GIVEN a source phrase with a gerund after a possessive, or a compound adjective joined by hyphens', () => {
  it('THEN "a source familiar with Hale\'s thinking" and "a warm-and-fuzzy Hale" are the speakers', () => {
    expect(only('A source familiar with Hale’s thinking said, “I think he will try to be friendlier.”')).toMatchObject({ kind: 'direct', said: 'I think he will try to be friendlier' });
    expect(only('"We did not discuss that," a warm-and-fuzzy Hale said.').speaker.name).toBe('Hale');
  });

  it('THEN an -ing word that describes a noun after a possessive stays in the source ("Hale\'s remaining rivals")', () => {
    expect(only('Hale’s remaining rivals said the plan would fail.').speaker.name).toMatch(/rivals$/);
  });

  it('THEN a phrase cut off before its possessor ("USA TODAY\'s reporting") names no one', () => {
    for (const s of statements('USA TODAY’s reporting indicated that some of the donors were unaware of basic facts.')) expect(s.speaker.name).not.toMatch(/^['’]s\b/);
  });
});

describe('GIVEN a quote of one word that is all the speaker said ("Priebus said, “Probably.”")', () => {
  it('THEN it is a statement when set off with its own punctuation', () => {
    expect(only('Asked whether she would run again, Ann Lee said, “Probably.”')).toMatchObject({ kind: 'direct', said: 'Probably' });
    expect(only('“No,” Tom Hale replied.')).toMatchObject({ kind: 'direct', said: 'No' });
  });

  it('THEN one quoted word inside the sentence is a word quoted, not an answer ("called it “toxic.”")', () => {
    expect(statements('Ann Lee called it “toxic.”')).toHaveLength(0);
  });
});

describe('GIVEN a subject with a participle set off after it, before a cue and its object ("Smith, delivering the speech, asked the crowd “…”")', () => {
  it('THEN the subject is the speaker; the object after the cue is who was asked, not who spoke', () => {
    expect(only('Ann Lee, delivering the mayor’s speech, asked the crowd "If he cannot tell the truth, why should we trust him?"')).toMatchObject({ kind: 'direct', said: 'If he cannot tell the truth, why should we trust him?' });
    expect(only('Ann Lee, delivering the mayor’s speech, asked the crowd "If he cannot tell the truth, why should we trust him?"').speaker.name).toBe('Ann Lee');
    expect(only('The Farmers Union, in releasing the letter, noted testimony by the former mayor.').speaker.name).toBe('Farmers Union');
  });

  it('THEN a partial quote before the comma is what was said, and the name after the cue is the speaker', () => {
    expect(only('“We are extremely happy” about the ruling, said Ann Lee, the union’s director.')).toMatchObject({ said: '“We are extremely happy” about the ruling' });
  });
});

describe('GIVEN an adverb set off between the cue and the quote ("acknowledged, however, “…”")', () => {
  it('THEN the quote is what was said', () => {
    expect(only('Tom Hale acknowledged, however, “Past results are no promise of future ones.”')).toMatchObject({ kind: 'direct', said: 'Past results are no promise of future ones' });
  });
});

describe('GIVEN a name with "the" as a sentence\'s subject ("The Post sent its reporter")', () => {
  it('THEN it is a paper or a body, never who a later "she" or "he" is', () => {
    expect(statements('The Post sent its reporter to the rally. “It never crossed my mind,” she said.')).toEqual([]);
    expect(only('The Post sent its reporter to the rally. Ann Lee met her there. “It never crossed my mind,” she said.').speaker.name).toBe('Ann Lee');
  });
});

describe('GIVEN "and" and a cue after a relative clause closed by a comma ("…on the network, which let him go, and said …")', () => {
  it('THEN the cue goes on with the main clause\'s subject, not with "which"', () => {
    expect(only('Tom Hale backed the mayor during his years at the Herald, which let him go in 2015, and said he did not support the plan.').speaker.name).toBe('Tom Hale');
  });

  it('THEN "and" inside the relative clause still goes on with it', () => {
    expect(statements('Ann Lee praised the mayor, who ran in 2012 and said he would run again.').map((s) => s.speaker.name)).toEqual(['Ann Lee', 'mayor']);
  });
});

describe('GIVEN a clause of when after the object of a verb that acts on it ("praised the plan before she left", "described him as X when he ran")', () => {
  it('THEN the clause is when the verb acted, not what was said', () => {
    expect(only('Ann Lee praised the new bridge plan before she left for Hawaii.').said).toBe('the new bridge plan');
    expect(only('Ann Lee described Mr. Hale as a climate evangelist when he ran for mayor in 2008.').said).toBe('Mr. Hale as a climate evangelist');
    expect(only('Tom Hale endorsed the mayor in early June, but only after publicly deliberating over the decision.').said).toBe('the mayor in early June');
  });

  it('THEN a phrase that names the thing, or a clause with a verb of its own, stays in what was said', () => {
    expect(only('Ann Lee praised her work after the floods in the city.').said).toBe('her work after the floods in the city');
    expect(only('Ann Lee condemned the missile test as a grave provocation.').said).toBe('the missile test as a grave provocation');
    expect(only('Ann Lee said taxes would rise when the law passed.').said).toBe('taxes would rise when the law passed');
  });
});

describe('GIVEN a role and the place it is in, with an article ("a lawmaker in the Philippines")', () => {
  it('THEN the speaker is the role in that place, not the place', () => {
    expect(only('A lawmaker in the Philippines said that the plan posed a threat.').speaker.name).toBe('lawmaker in the Philippines');
  });
});

describe('GIVEN a name before the cue with what news sets between them', () => {
  it('THEN a comma after the party-and-state parenthesis still leaves the name speaking ("Sen. Jack Reed (D-R.I.), said")', () => {
    expect(only('Sen. Tom Hale (D-R.I.), said after a lunch on Tuesday that he had not read the plan.').speaker.name).toBe('Tom Hale');
  });

  it('THEN a description without an article that holds a role, then a relative clause, leaves the name speaking', () => {
    expect(only('Omar Haddad, acting political director of the Farmers Union, which organized the letter, said the response was weak.').speaker.name).toBe('Omar Haddad');
  });

  it('THEN a subject with a possessive is the speaker the name after it describes ("her adviser, Jake Sullivan, said")', () => {
    expect(only('In a statement to the Herald, her senior policy adviser, Jake Sullivan, said: “The plan is sound.”').speaker.name).toBe('Jake Sullivan');
  });

  it('THEN a known given name the tagger read as a verb opens the name ("Grant Young, a strategist, said")', () => {
    expect(only('Grant Young, another unaligned Iowa strategist, said there are advantages for a front-runner.').speaker.name).toBe('Grant Young');
    expect(only('Ted Hale said the bridge was safe.').speaker.name).toBe('Ted Hale');
  });
});

describe('GIVEN a quote standing alone after a paragraph that makes someone else its subject', () => {
  it('THEN it is not given to the last paragraph\'s speaker', () => {
    const found = statements('"We need to step away from the fight," Tom Hale said on Sunday.\n\nOn the evening news, Sen. Ann Lee (Vt.), who lost the primary to Hale, named the voters\' fatigue as one reason. "The younger people are sick and tired of it."');
    expect(found.map((s) => s.speaker.name)).toEqual(['Tom Hale']);
  });

  it('THEN with no one new named, it still goes on with the last speaker', () => {
    const found = statements('"We need to step away from the fight," Tom Hale said on Sunday.\n\n"The younger people are sick and tired of it."');
    expect(found.map((s) => s.speaker.name)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('GIVEN a participle set off at the end of reported speech that tells what the words did (", prompting calls for …")', () => {
  it('THEN it is the writer\'s addition, not what was said', () => {
    expect(only('Ann Lee said the bridge would close in May, prompting calls for a new ferry.').said).toBe('the bridge would close in May');
    expect(only('Tom Hale said the mayor should resign, echoing a memo from the council.').said).toBe('the mayor should resign');
  });

  it('THEN a participle inside a quote, or a verb of saying, is left to what it is', () => {
    expect(only('Ann Lee said “the bridge would close, prompting chaos.”').said).toContain('prompting chaos');
    expect(statements('Ann Lee said the bridge would close, adding that the ferry would run.').map((s) => s.said)).toEqual(['the bridge would close', 'that the ferry would run']);
  });
});
