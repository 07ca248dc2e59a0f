// Heavy libraries loaded on first use rather than at every start: chrono-node and linkedom take about half a
// second each to load, and a restart from a snapshot needs neither (only extraction does).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
