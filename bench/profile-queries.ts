// Developer tool: opens a corpus folder and runs the bench's who-said queries, for a CPU profile
// (node --cpu-prof --import tsx bench/profile-queries.ts CORPUS DATA [COUNT]).
import { Whosaid } from '../src/core.ts';
import { askTimeline, askWhoSaid } from './answering.ts';
import { makeQueries } from './queries.ts';
import { seeded } from './random.ts';
import { percentiles, time } from './stats.ts';

const [corpusDir = 'corpus', dataDir = '.whosaid', count = '500'] = process.argv.slice(2);
const opened = performance.now();
const core = await Whosaid.open({ corpusDir, dataDir });
process.stderr.write(`open ${Math.round(performance.now() - opened)} ms (${JSON.stringify(core.stats)})\n`);
const queries = makeQueries(core.statements(), Number(count), seeded(7));
process.stderr.write(`who-said exact ${JSON.stringify(percentiles(time(queries.exact, askWhoSaid(core))))}\n`);
process.stderr.write(`who-said typo ${JSON.stringify(percentiles(time(queries.typo, askWhoSaid(core))))}\n`);
process.stderr.write(`timeline speaker ${JSON.stringify(percentiles(time(queries.speakers, askTimeline(core))))}\n`);
process.stderr.write(`timeline topic ${JSON.stringify(percentiles(time(queries.topics, askTimeline(core))))}\n`);
