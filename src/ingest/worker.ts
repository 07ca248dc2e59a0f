// A worker thread that reads article files: decode → clean → extract, one file per message. Kept off the main
// thread so that a slow or hostile file never delays an ack or an answer, and so a file over its time budget can
// be stopped (by ending this thread) without losing anything already indexed.
import { parentPort } from 'node:worker_threads';
import type { KindLookup } from '../extract/discourse.ts';
import { aliasKinds, readArticle } from '../pipeline.ts';
import { READY, type ReadJob, ReadJobSchema } from './messages.ts';
import { warmUpFiles } from './warm-up.ts';

let kinds: { aliasText: string | null; lookup: KindLookup } | null = null;

function kindsFor(aliasText: string | null): KindLookup {
  if (!kinds || kinds.aliasText !== aliasText) kinds = { aliasText, lookup: aliasKinds(aliasText) };
  return kinds.lookup;
}

parentPort?.on('message', (message: unknown) => {
  const job: ReadJob = ReadJobSchema.parse(message);
  const raw = { file: job.file, bytes: Buffer.from(job.bytes), mtime: new Date(job.mtimeMs), mtimeMs: job.mtimeMs };
  try {
    parentPort?.postMessage({ id: job.id, read: readArticle(raw, kindsFor(job.aliasText)) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message });
  }
});

// Load the tagger and the date parser, and run the extractor once, before saying ready: a file's budget is its own
// work, and the first file a thread kept ready gets costs no more than the next. (The HTML reader, 0.15 s of a
// thread's 1.3 s start, loads with the first HTML file: a corpus of Markdown or text never needs it.) Three rounds:
// a quote-dense article read first then took 60–70 ms, against 230 ms after one sentence and 110 ms after one round;
// twenty rounds did no better.
for (let round = 0; round < 3; round++) for (const file of warmUpFiles()) readArticle(file, aliasKinds(null));
parentPort?.postMessage(READY);
