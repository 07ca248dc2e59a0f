// The speakers of the indexed statements, found by any name they go by: what timeline and autocomplete read.
import { aliasKey } from '../entities/registry.ts';
import { PersonNameIndex } from '../entities/names.ts';
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
  /** People by their names, for spelling-tolerant lookup without a scan. */
  private readonly people = new PersonNameIndex<SpeakerEntry>();
  /** Folded names per entry, for autocomplete on every keystroke. */
  private readonly folded = new Map<SpeakerEntry, string[]>();

  constructor(statements: readonly Statement[]) {
    for (const statement of statements) this.add(statement);
  }

  add({ speaker }: Statement): void {
    let entry = this.entries.get(speaker.canonical);
    if (!entry) {
      entry = { canonical: speaker.canonical, kind: speaker.kind, names: [], statements: 0 };
      this.entries.set(speaker.canonical, entry);
    }
    if (speaker.role && !entry.role) entry.role = speaker.role;
    entry.statements++;
    for (const name of [speaker.canonical, ...speaker.aliases]) if (!entry.names.includes(name)) this.addName(entry, name);
    // Parents answer for their family: "China" finds what its ministry and its plan said.
    for (const parent of speaker.parents) {
      if (!this.entries.has(parent)) {
        const parentEntry: SpeakerEntry = { canonical: parent, kind: 'organisation', names: [], statements: 0 };
        this.entries.set(parent, parentEntry);
        this.addName(parentEntry, parent);
      }
    }
  }

  private addName(entry: SpeakerEntry, name: string): void {
    entry.names.push(name);
    const folded = this.folded.get(entry) ?? [];
    folded.push(fold(name));
    this.folded.set(entry, folded);
    this.byKey.set(aliasKey(name), entry.canonical);
    if (entry.kind === 'person') this.people.add(entry, name);
  }

  /** The canonical speaker a query names (any alias, any spelling of a person's name), or null. */
  find(query: string): string | null {
    const exact = this.byKey.get(aliasKey(query));
    if (exact) return exact;
    return this.people.find(query, (entry) => entry.names)?.canonical ?? null;
  }

  /** Up to `limit` speakers whose names start with (or contain) what was typed, most quoted first. */
  suggest(typed: string, limit = 25): SpeakerEntry[] {
    const needle = fold(typed.trim());
    const scored = [...this.entries.values()]
      .map((entry) => {
        const names = this.folded.get(entry) ?? [];
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
