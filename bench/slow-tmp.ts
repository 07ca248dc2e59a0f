import { Whosaid } from '../src/core.ts';
import { makeQueries } from './queries.ts';
import { seeded } from './random.ts';
import { askWhoSaid } from './answering.ts';
const core = await Whosaid.open({ corpusDir: '/tmp/benchc-10000', dataDir: '/tmp/d10k' });
const q = makeQueries(core.statements(), 1000, seeded(9));
const ask = askWhoSaid(core);
for (const p of [...q.exact, ...q.typo]) ask(p);
