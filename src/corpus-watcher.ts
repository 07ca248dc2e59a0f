// Watches the corpus folder while the bot runs: an article file written, replaced or deleted is indexed on its
// own within a moment, aliases.yaml changing rebuilds everything (entity names depend on it), corrections.yaml
// changing re-applies the keeper's fixes to the articles they name, and the snapshot is
// saved shortly after the last change so a restart starts from where the bot was.
import { type FSWatcher, watch } from 'node:fs';
import { ALIAS_FILE, isArticleName, shownFileName } from './corpus/load.ts';
import type { Whosaid } from './core.ts';
import { CORRECTIONS_FILE } from './feedback/corrections.ts';
import type { Logger } from './log.ts';

export interface WatchOptions {
  /** Editors write a file in several steps: wait this long after the last event for a file. */
  settleMs?: number;
  /** Save the snapshot this long after the last indexed change. */
  saveAfterMs?: number;
}

export interface CorpusWatcher {
  /** Resolves when every change seen so far is indexed (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function watchCorpus(core: Whosaid, dir: string, log: Logger, options: WatchOptions = {}): CorpusWatcher {
  const settleMs = options.settleMs ?? 250;
  const saveAfterMs = options.saveAfterMs ?? 2_000;
  const pending = new Map<string, NodeJS.Timeout>();
  let saveTimer: NodeJS.Timeout | null = null;
  // One change at a time, in the order they settled: the index is not built for concurrent writers.
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (what: string, work: () => Promise<unknown>) => {
    queue = queue.then(work).then(
      () => undefined,
      (error: unknown) => log.error(`corpus: updating ${what} failed: ${(error as Error).stack ?? String(error)}`),
    );
    return queue;
  };

  const run = (what: string, work: () => Promise<unknown>) => {
    void enqueue(what, work).then(() => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(() => {
        saveTimer = null;
        void enqueue('the snapshot', () => core.save());
      }, saveAfterMs);
      saveTimer.unref();
    });
  };

  const settle = (file: string | null) => {
    const key = file ?? '*';
    clearTimeout(pending.get(key));
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        if (file === ALIAS_FILE) run(ALIAS_FILE, () => core.rebuild());
        else if (file === CORRECTIONS_FILE) run(CORRECTIONS_FILE, () => core.reloadCorrections());
        else if (file === null) run('the corpus', () => core.reconcile());
        else if (isArticleName(file)) run(shownFileName(file), () => core.updateFile(file));
      }, settleMs),
    );
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { persistent: false }, (_event, filename) => settle(filename ? String(filename) : null));
    watcher.on('error', (error) => log.error(`corpus: watching ${dir} failed: ${error.message}; restart to pick up changes`));
    log.info(`corpus: watching ${dir} for new, changed and removed articles`);
  } catch (error) {
    log.warn(`corpus: cannot watch ${dir} (${(error as Error).message}); changes apply at the next start`);
  }

  return {
    async idle() {
      while (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
      await queue;
    },
    async close() {
      watcher?.close();
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      if (saveTimer) clearTimeout(saveTimer);
      await queue;
      await core.save();
    },
  };
}
