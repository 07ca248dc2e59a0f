// A fresh process that opens the corpus from its snapshot as `npm start` does (files changed since are caught up
// in the background) and reports how long after its own start it was ready to answer (performance.now() counts
// from process start), the first answer's time, and when it had caught up with the folder.
import { Whosaid } from '../src/core.ts';

const [corpusDir = '', dataDir = '', probe = 'said'] = process.argv.slice(2);
const core = await Whosaid.open({ corpusDir, dataDir, reconcile: 'background' });
const readyMs = performance.now();
const asked = performance.now();
core.whoSaid(probe);
const firstAnswerMs = performance.now() - asked;
await core.caughtUp;
const caughtUpMs = performance.now();
process.stdout.write(`${JSON.stringify({ readyMs, firstAnswerMs, caughtUpMs, openMs: core.stats.openMs, fromSnapshot: core.stats.fromSnapshot, extracted: core.stats.extracted })}\n`);
