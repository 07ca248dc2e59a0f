// A fresh process that opens the corpus from its snapshot as `npm start` does (files changed since are caught up
// in the background) and reports how long after its own start it was ready to answer (performance.now() counts
// from process start), the first answer's time, and when it had caught up with the folder.
// With a questions file (JSON: { whoSaid: string[], timelines: string[] }), it then asks them all, as a bot
// restarted from its snapshot would be asked, and reports their latencies and its peak memory after them.
import { readFile } from 'node:fs/promises';
import { Whosaid } from '../src/core.ts';
import { askTimeline, askWhoSaid } from './answering.ts';
import { percentiles, time } from './stats.ts';

const [corpusDir = '', dataDir = '', probe = 'said', questionsFile] = process.argv.slice(2);
const core = await Whosaid.open({ corpusDir, dataDir, reconcile: 'background', readyForUpdates: true });
const readyMs = performance.now();
const asked = performance.now();
core.whoSaid(probe);
const firstAnswerMs = performance.now() - asked;
await core.caughtUp;
const caughtUpMs = performance.now();
const result: Record<string, unknown> = { readyMs, firstAnswerMs, caughtUpMs, openMs: core.stats.openMs, fromSnapshot: core.stats.fromSnapshot, extracted: core.stats.extracted };
if (questionsFile) {
  const questions = JSON.parse(await readFile(questionsFile, 'utf8')) as { whoSaid: string[]; timelines: string[] };
  result.afterQuestions = {
    whoSaid: percentiles(time(questions.whoSaid, askWhoSaid(core))),
    timeline: percentiles(time(questions.timelines, askTimeline(core))),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
