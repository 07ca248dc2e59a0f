// A worker thread that reads article files: decode → clean → extract, one file per message. Kept off the main
// thread so that a slow or hostile file never delays an ack or an answer, and so a file over its time budget can
// be stopped (by ending this thread) without losing anything already indexed.
import { parentPort } from 'node:worker_threads';
import type { KindLookup } from '../extract/discourse.ts';
import { aliasKinds, readArticle } from '../pipeline.ts';
import { READY, type ReadJob, ReadJobSchema } from './messages.ts';

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

// Load the tagger, the date parser and the HTML reader before saying ready, so a file's budget is its own work.
readArticle({ file: 'warm-up.html', bytes: Buffer.from('<html><body><p>“It is fine,” Smith said on Monday.</p></body></html>'), mtime: new Date(0), mtimeMs: 0 }, aliasKinds(null));
parentPort?.postMessage(READY);
