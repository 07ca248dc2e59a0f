// The speakers of the indexed statements, found by any name they go by: what timeline and autocomplete read.
import { aliasKey } from '../entities/registry.ts';
import { PersonNameIndex } from '../entities/names.ts';
import type { Statement } from '../model.ts';
import { fold } from '../text/fold.ts';
import { demonymsOf } from '../entities/demonyms.ts';

export interface SpeakerEntry {
  canonical: string;
  role?: string;
  kind: string;
  names: string[];
  statements: number;
}

const FORMER = /\b(former|ex-|one-time|voormalige?|oud-)/i;

export class SpeakerDirectory {
  private readonly entries = new Map<string, SpeakerEntry>();
  private readonly byKey = new Map<string, string>();
  /**
   * People by their names, for spelling-tolerant lookup without a scan; made when a name first needs it, not at
   * start (the names wait in order, so the first-added person still wins). A start from a snapshot of 10,000
   * Reuters stories spent 45 ms filing names no question had asked for yet.
   */
  private readonly people = new PersonNameIndex<SpeakerEntry>();
  private unfiled: Array<{ entry: SpeakerEntry; name: string }> = [];
  /** People who speak for an organisation or country by their role, per organisation; cleared as speakers come. */
  private readonly members = new Map<string, string[]>();
  /** Folded names per entry, for autocomplete on every keystroke. */
  private readonly folded = new Map<SpeakerEntry, string[]>();
  /** Speaker objects already taken in, with their entry. */
  private readonly counted = new WeakMap<Statement['speaker'], SpeakerEntry>();

  constructor(statements: readonly Statement[]) {
    for (const statement of statements) this.add(statement);
  }

  add({ speaker }: Statement): void {
    // Statements read back from a snapshot share their speaker object: its names are in already.
    const known = this.counted.get(speaker);
    if (known && this.entries.get(speaker.canonical) === known) {
      known.statements++;
      return;
    }
    this.members.clear();
    let entry = this.entries.get(speaker.canonical);
    if (!entry) {
      entry = { canonical: speaker.canonical, kind: speaker.kind, names: [], statements: 0 };
      this.entries.set(speaker.canonical, entry);
    }
    if (speaker.role && !entry.role) entry.role = speaker.role;
    entry.statements++;
    this.counted.set(speaker, entry);
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
    if (entry.kind === 'person') this.unfiled.push({ entry, name });
  }

  /** The canonical speaker a query names (any alias, any spelling of a person's name), or null. */
  find(query: string): string | null {
    const exact = this.byKey.get(aliasKey(query));
    if (exact) return exact;
    for (const { entry, name } of this.unfiled) this.people.add(entry, name);
    this.unfiled = [];
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

  /**
   * The people whose role names the organisation or country ("US State Department spokesman Ned Price" speaks for
   * the United States): by any of its names, or a country's adjective, as whole words. Short names (US, UN) only
   * in capitals, where they are acronyms and not words.
   */
  membersOf(canonical: string): string[] {
    const known = this.members.get(canonical);
    if (known) return known;
    const entry = this.entries.get(canonical);
    if (!entry || !['organisation', 'country', 'group'].includes(entry.kind)) return [];
    const names = [...new Set([...entry.names, ...demonymsOf(canonical)])];
    const patterns = names.map((name) => {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return name.length <= 3 ? new RegExp(`(?<![\\p{L}.])${escaped}(?![\\p{L}])`, 'u') : new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu');
    });
    const members = [...this.entries.values()]
      // A former office holder no longer speaks for it.
      .filter((other) => other.kind === 'person' && other.role && !FORMER.test(other.role) && patterns.some((pattern) => pattern.test(other.role as string)))
      .map((other) => other.canonical);
    this.members.set(canonical, members);
    return members;
  }

  all(): SpeakerEntry[] {
    return [...this.entries.values()];
  }
}
