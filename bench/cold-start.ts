// A fresh process that opens the corpus from its snapshot and reports how long after its own start it was ready
// to answer (performance.now() counts from process start), and the first answer's time.
import { Whosaid } from '../src/core.ts';

const [corpusDir = '', dataDir = '', probe = 'said'] = process.argv.slice(2);
const core = await Whosaid.open({ corpusDir, dataDir });
const readyMs = performance.now();
const asked = performance.now();
core.whoSaid(probe);
const firstAnswerMs = performance.now() - asked;
process.stdout.write(`${JSON.stringify({ readyMs, openMs: core.stats.openMs, fromSnapshot: core.stats.fromSnapshot, extracted: core.stats.extracted, firstAnswerMs })}\n`);
