// Developer tool: prints every answer to a fixed set of queries as one JSON line, to compare two checkouts byte for byte
// after a change that must not alter answers: tsx bench/equivalence.ts ROOT [CORPUS] > answers.json
const root = process.argv[2];
const { Whosaid } = await import(`${root}/src/core.ts`);
const { makeQueries } = await import('./queries.ts');
const { seeded } = await import('./random.ts');
const core = await Whosaid.open({ corpusDir: process.argv[3] ?? `${root}/corpus`, dataDir: '/tmp/equiv-data-' + Math.random(), snapshots: false });
const q = makeQueries(core.statements(), 400, seeded(3));
const out = [];
for (const p of [...q.exact, ...q.typo, ...q.none, 'year of our victroy', 'fully supports', 'peace talks', 'ceasefire']) out.push(core.whoSaid(p));
for (const p of [...q.speakers.slice(0, 100), ...q.topics, 'China', 'Zelenski', 'Kiev', 'Ukraine']) out.push(core.timeline({ query: p }));
console.log(JSON.stringify(out));
