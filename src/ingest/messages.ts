// What the main thread and the reading threads say to each other. Jobs are checked where they arrive; results
// come back from our own code and are typed by the reader's function.
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
