// What a reading thread reads before it says it is ready: one short article in each language, written for this
// purpose, with the forms news uses (quotes after and before their speaker, reported speech, pronouns, titles,
// dates of several kinds, a denial). Reading them loads the tagger and the date parser and runs the extractor's
// paths once, so the first real article a standby thread gets costs what later ones do (a quote-dense article:
// about 230 ms on a thread warmed with one sentence, 30–50 ms afterwards).
import type { RawCorpusFile } from '../corpus/load.ts';

const ENGLISH = `---
title: Council approves the harbour plan
published: 2024-03-14
language: en
---
The city council approved the harbour plan on Tuesday, ending a debate that had lasted two years.

“This is a good day for the port and for the people who work there,” Mayor Anna Berg said after the vote. “We listened, and we changed the plan.”

Berg said the first ships would dock in the new basin by the summer of 2026. She told reporters on Wednesday that the city would not raise harbour fees to pay for it.

Council member Tom Reyes, who voted against the plan, called it “a gamble with other people’s money.” He denied that he had tried to delay the vote, saying the council needed more time to read the final report.

According to a statement from the port authority, the work will begin in May. “We are ready,” a spokeswoman for the authority said. Last week, the authority had warned that costs could rise by a fifth.

Asked whether the plan could still fail, Berg replied: “Anything can fail. This will not.”
`;

const DUTCH = `---
title: Gemeenteraad stemt in met havenplan
published: 2024-03-14
language: nl
---
De gemeenteraad heeft dinsdag ingestemd met het havenplan.

„Dit is een goede dag voor de haven”, zei burgemeester Anna Berg na de stemming. Volgens Berg liggen de eerste schepen in 2026 in het nieuwe bekken.

Raadslid Tom Reyes zegt dat hij de stemming niet heeft willen uitstellen. Hij noemde het plan woensdag „een gok met het geld van anderen”.
`;

/** The warm-up articles, as a folder would give them. */
export function warmUpFiles(): RawCorpusFile[] {
  return [
    { file: 'warm-up-en.md', bytes: Buffer.from(ENGLISH), mtime: new Date(0), mtimeMs: 0 },
    { file: 'warm-up-nl.md', bytes: Buffer.from(DUTCH), mtime: new Date(0), mtimeMs: 0 },
  ];
}
