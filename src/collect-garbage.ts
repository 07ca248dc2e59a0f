// One full garbage collection, on purpose, when the bot has just let go of most of what it held: the statement
// objects of a first start's extraction once it answers from its saved snapshot (1.5 GB at 300,000 statements).
// V8 sizes the heap's next limit from the last full collection, which was made while extraction's objects were
// alive; without one now, answers pile up garbage to that limit (a resident size of 1.76 GB after the bench's
// questions, against 1.43 GB with it). Jest uses the same way to reach V8's collector without --expose-gc.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Runs a full collection; does nothing where the runtime does not allow it. Never throws. */
export function collectGarbage(): void {
  try {
    if (collect === undefined) {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    }
    collect?.();
  } catch {
    collect = null;
  }
}
