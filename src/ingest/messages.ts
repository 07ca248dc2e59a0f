// What the main thread and the reading threads say to each other: a job, the thread's answer, and its "ready".
// Both are checked where they arrive; the read article inside an answer is typed by the reader's function.
import { z } from 'zod';

export const ReadJobSchema = z.object({
  id: z.number().int(),
  file: z.string(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes must be a Uint8Array'),
  mtimeMs: z.number(),
  aliasText: z.string().nullable(),
});
export type ReadJob = z.infer<typeof ReadJobSchema>;

/** Sent once by a thread when its libraries are loaded: budgets count from here, not from the thread's start. */
export const READY = 'ready';

/** A thread's answer to one job: the read article, or the error that stopped it. */
export const ReadResultSchema = z.object({ id: z.number().int(), error: z.string().optional(), read: z.unknown().optional() });
