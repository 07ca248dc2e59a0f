// The core knows nothing of chat platforms or terminals: data flows one way, corpus → … → render → adapter.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('GIVEN the source tree', () => {
  it('THEN no core module imports an adapter, a renderer or a chat library', () => {
    const core = files(SRC).filter((path) => !/^(adapters|render)\/|^(main|cli|register)\.ts$/.test(relative(SRC, path)));
    for (const path of core) {
      const imports = [...readFileSync(path, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
      const offending = imports.filter((name) => /adapters\/|render\/|@slack\/bolt|discord\.js|commands\//.test(name));
      expect(offending, relative(SRC, path)).toEqual([]);
    }
  });
});
