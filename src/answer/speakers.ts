// The speakers of the indexed statements, found by any name they go by: what timeline and autocomplete read.
import { aliasKey } from '../entities/registry.ts';
import { sameName } from '../entities/names.ts';
import type { Statement } from '../model.ts';
import { fold } from '../text/fold.ts';

export interface SpeakerEntry {
  canonical: string;
  role?: string;
  kind: string;
  names: string[];
  statements: number;
}

export class SpeakerDirectory {
  private readonly entries = new Map<string, SpeakerEntry>();
  private readonly byKey = new Map<string, string>();

  constructor(statements: readonly Statement[]) {
    for (const { speaker } of statements) {
      const entry = this.entries.get(speaker.canonical) ?? { canonical: speaker.canonical, kind: speaker.kind, names: [], statements: 0 };
      if (speaker.role && !entry.role) entry.role = speaker.role;
      entry.statements++;
      for (const name of [speaker.canonical, ...speaker.aliases]) if (!entry.names.includes(name)) entry.names.push(name);
      this.entries.set(speaker.canonical, entry);
      // Parents answer for their family: "China" finds what its ministry and its plan said.
      for (const parent of speaker.parents) {
        if (!this.entries.has(parent)) this.entries.set(parent, { canonical: parent, kind: 'organisation', names: [parent], statements: 0 });
      }
    }
    for (const entry of this.entries.values()) for (const name of entry.names) this.byKey.set(aliasKey(name), entry.canonical);
  }

  /** The canonical speaker a query names (any alias, any spelling of a person's name), or null. */
  find(query: string): string | null {
    const exact = this.byKey.get(aliasKey(query));
    if (exact) return exact;
    for (const entry of this.entries.values()) {
      if (entry.kind === 'person' && entry.names.some((name) => sameName(name, query))) return entry.canonical;
    }
    return null;
  }

  /** Up to `limit` speakers whose names start with (or contain) what was typed, most quoted first. */
  suggest(typed: string, limit = 25): SpeakerEntry[] {
    const needle = fold(typed.trim());
    const scored = [...this.entries.values()]
      .map((entry) => {
        const names = entry.names.map(fold);
        const rank = !needle ? 1 : names.some((name) => name.startsWith(needle)) ? 0 : names.some((name) => name.includes(needle)) ? 1 : -1;
        return { entry, rank };
      })
      .filter(({ rank }) => rank >= 0)
      .sort((a, b) => a.rank - b.rank || b.entry.statements - a.entry.statements || a.entry.canonical.localeCompare(b.entry.canonical));
    return scored.slice(0, limit).map(({ entry }) => entry);
  }

  all(): SpeakerEntry[] {
    return [...this.entries.values()];
  }
}
