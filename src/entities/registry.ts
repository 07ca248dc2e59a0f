// One canonical entity per speaker across the corpus and its languages: people by name variants (with their roles
// found anywhere in the articles), organisations, places and documents by the alias file.
import type { Document, EntityKind, Speaker } from '../model.ts';
import { fold, normalizeName } from '../text/fold.ts';
import { type KindLookup, type SpeakerRef, guessNameKind } from '../extract/discourse.ts';
import { genderOfGivenName } from '../extract/given-names.ts';
import { ROLE_WORDS } from '../extract/lexicon.ts';
import type { AliasEntry } from './alias-file.ts';
import { PersonNameIndex, namePartKey, nameParts } from './names.ts';

export interface Entity {
  canonical: string;
  kind: EntityKind;
  role?: string;
  aliases: Set<string>;
  parent?: string;
  /** For a joint speaker ("China and Belarus"): the parties, each of which the statement also counts for. */
  members?: string[];
}

interface PersonCluster {
  names: Map<string, number>;
  /** How many articles write each name part this way ("Volodymyr": 2, "Volodimir": 1). */
  spellings: Map<string, Set<string>>;
  roles: Map<string, number>;
  entity: Entity;
  /** Restored from a snapshot: its canonical name and role stay as the answers already show them. */
  frozen?: boolean;
}

const LEADING_ARTICLE = /^(the|de|het|een|a|an)\s+/;

/** Alias key: case, accents, possessive 's and a leading article do not matter. */
export function aliasKey(name: string): string {
  return normalizeName(name).replace(LEADING_ARTICLE, '');
}

export class EntityRegistry {
  private readonly byAlias = new Map<string, Entity>();
  private readonly entities = new Map<string, Entity>();
  /** Person clusters by their written names. */
  private readonly peopleByName = new PersonNameIndex<PersonCluster>();

  constructor(entries: readonly AliasEntry[]) {
    for (const entry of entries) {
      const kind: EntityKind = entry.kind === 'place' ? 'country' : entry.kind;
      const entity: Entity = { canonical: entry.name, kind, aliases: new Set([entry.name, ...entry.aliases]) };
      if (entry.role) entity.role = entry.role;
      if (entry.parent) entity.parent = entry.parent;
      this.add(entity);
    }
  }

  /**
   * Rebuilds what the registry knew from statements already extracted (after a snapshot reload), so the speakers
   * of an article added later join the same entities. Restored names stay as they are; a full rebuild may settle
   * them differently.
   */
  restore(speakers: Iterable<Speaker>): void {
    for (const speaker of speakers) {
      const known = this.entities.get(speaker.canonical);
      if (known) {
        for (const alias of speaker.aliases) this.alias(known, alias);
        continue;
      }
      if (speaker.kind === 'person') {
        const entity: Entity = { canonical: speaker.canonical, kind: 'person', aliases: new Set(speaker.aliases) };
        if (speaker.role) entity.role = speaker.role;
        const cluster: PersonCluster = { names: new Map(), spellings: new Map(), roles: new Map(), entity, frozen: true };
        this.entities.set(speaker.canonical, entity);
        for (const name of [speaker.canonical, ...speaker.aliases]) {
          cluster.names.set(name, 1);
          this.peopleByName.add(cluster, name);
        }
        continue;
      }
      const entity: Entity = { canonical: speaker.canonical, kind: speaker.kind, aliases: new Set([speaker.canonical, ...speaker.aliases]) };
      if (speaker.role) entity.role = speaker.role;
      // A group's parents are its members; anything else's first parent is its owner (a plan's issuer).
      if (speaker.kind !== 'group' && speaker.parents[0]) entity.parent = speaker.parents[0];
      this.add(entity);
    }
  }

  /** For the extractor: the kind of a name the alias file knows. */
  readonly kindOf: KindLookup = (name) => this.byAlias.get(aliasKey(name))?.kind;

  /** Learns people and their roles from phrases like "Chinese leader Xi Jinping" anywhere in the articles. */
  learnPeople(documents: readonly Document[]): void {
    const roleWords = [...ROLE_WORDS].map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|');
    const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3})\\b(${roleWords})\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})`, 'gu');
    for (const document of documents) {
      for (const match of document.text.matchAll(pattern)) {
        const name = match[3] ?? '';
        if (this.kindOf(name) || guessNameKind(name) !== 'person' || name.split(/\s+/).some((part) => this.kindOf(part) || ROLE_WORDS.has(fold(part)))) continue;
        const role = `${(match[1] ?? '').trim()} ${match[2] ?? ''}`.trim();
        this.person(name, role, document.id);
      }
    }
  }

  /** Names that mean the same thing (an entity and its aliases), for widening a topic query. */
  aliasGroups(): string[][] {
    return this.all().filter((entity) => entity.aliases.size > 1).map((entity) => [...new Set([entity.canonical, ...entity.aliases])]);
  }

  /** Every entity, for autocomplete and speaker lookup. */
  all(): Entity[] {
    return [...this.entities.values()];
  }

  /** The entity a written name stands for, if any (people by variant, the rest by alias). */
  find(name: string): Entity | undefined {
    const known = this.byAlias.get(aliasKey(name));
    if (known) return known;
    return this.clusterOf(name)?.entity;
  }

  /** The person cluster one of whose written names can be this name. */
  private clusterOf(name: string, doc?: string): PersonCluster | undefined {
    // "Roberts" in an article that named "John G. Roberts Jr." is him, whoever else of that name the corpus holds.
    const part = nameParts(name).at(-1);
    const named = doc !== undefined && part !== undefined ? (cluster: PersonCluster) => cluster.spellings.get(part)?.has(doc) === true : undefined;
    return this.peopleByName.find(name, (cluster) => [...cluster.names.keys()], named);
  }

  /** Canonical names of an entity's parents, nearest first. */
  parentsOf(entity: Entity): string[] {
    const chain: string[] = [];
    const queue = [...(entity.members ?? []), ...(entity.parent ? [entity.parent] : [])];
    while (queue.length > 0) {
      const name = queue.shift() as string;
      if (chain.includes(name)) continue;
      chain.push(name);
      const parent = (this.entities.get(name) ?? this.byAlias.get(aliasKey(name)))?.parent;
      if (parent) queue.push(parent);
    }
    return chain;
  }

  /** Matches a speaker reference to its entity, creating one for a name seen the first time. */
  register(ref: SpeakerRef, doc: string): Entity {
    return this.entityFor(ref, doc);
  }

  /** The speaker as answers show it; call after every reference is registered, when canonical names are settled. */
  speaker(ref: SpeakerRef, entity: Entity): Speaker {
    const parents = this.parentsOf(entity);
    // The entity's settled role, so one person reads the same in every answer; the written one if none settled.
    const role = entity.role ?? ref.role;
    return {
      name: ref.written,
      canonical: entity.canonical,
      aliases: [...entity.aliases].filter((alias) => alias !== entity.canonical).sort(),
      ...(role ? { role } : {}),
      kind: entity.kind,
      parents,
    };
  }

  private entityFor(ref: SpeakerRef, doc: string): Entity {
    if (ref.parts.length > 1) {
      const parts = ref.parts.map((part) => this.entityFor(part, doc));
      const canonical = parts.map((part) => part.canonical).join(' and ');
      const group = this.entities.get(canonical) ?? this.add({ canonical, kind: 'group', aliases: new Set([canonical, ref.name]) });
      group.members = parts.map((part) => part.canonical);
      return group;
    }
    if (ref.kind === 'account') {
      const entity = this.byAlias.get(aliasKey(ref.name)) ?? this.add({ canonical: ref.name, kind: 'account', aliases: new Set([ref.name]) });
      if (ref.handle) this.alias(entity, `@${ref.handle}`);
      if (!entity.role && ref.role) entity.role = ref.role;
      return entity;
    }
    // A lone family name is the person this article named (when one did), else the most quoted person of that
    // name: "Clinton" alone is Hillary Clinton in a corpus that quotes her most, not the first Clinton filed.
    const title = HONORIFIC_GENDER.exec(ref.name) ?? HONORIFIC_GENDER.exec(ref.written);
    const bare = ref.name.replace(HONORIFIC_GENDER, '');
    const part = nameParts(bare);
    if (ref.kind === 'person' && part.length === 1) {
      // "Mrs. Clinton" is never a man of that name, nor "Mr. Clinton" a woman.
      const gender = title ? (/^m(?:r|ister)\b/i.test(title[1] ?? '') ? 'm' : 'f') : null;
      const named = this.peopleByName.findAll(bare, (cluster) => [...cluster.names.keys()]).filter((cluster) => !gender || !clashesWith(cluster, gender));
      // "Hassan" is Maggie Hassan before Hassan Rouhani: a lone name is a family name first; a given name (or a
      // family name written first, "Xi" for Xi Jinping) only when no one bears it as a family name and this article
      // named the person in full.
      const key = namePartKey(part[0] ?? '');
      const bearsAsFamilyName = (cluster: PersonCluster) => {
        const written = [...cluster.names.keys()].map(nameParts);
        return written.every((parts) => parts.length === 1) || written.some((parts) => parts.length > 1 && namePartKey(parts.at(-1) ?? '') === key);
      };
      const isLocal = (cluster: PersonCluster) => cluster.spellings.get(part[0] ?? '')?.has(doc) === true;
      const clusters = named.filter((cluster) => bearsAsFamilyName(cluster) || isLocal(cluster));
      const local = clusters.filter(isLocal);
      const pool = local.length > 0 ? local : clusters;
      const chosen = pool.length > 1 ? pool.reduce((a, b) => (mentions(b) > mentions(a) ? b : a)) : pool[0];
      if (chosen) return this.person(ref.name, ref.role, doc, chosen).entity;
      // Only people of the other gender bear the name so far, or only as a given name named elsewhere: someone new.
      if (gender || named.length > 0) return this.person(ref.name, ref.role, doc, null).entity;
    }
    const known = this.byAlias.get(aliasKey(ref.name));
    if (known) return this.alias(known, ref.name);
    if (ref.kind === 'document' && ref.issuer) return this.document(ref);
    if (ref.kind === 'person') return this.person(ref.name, ref.role, doc).entity;
    return this.add({ canonical: ref.name.replace(LEADING_ARTICLE, ''), kind: ref.kind, aliases: new Set([ref.name]) });
  }

  /** "China's foreign ministry's proposal": an alias, else the issuer's one known document, else a new one. */
  private document(ref: SpeakerRef): Entity {
    const issuer = this.find(ref.issuer ?? '');
    const head = ref.name.split(/\s+/).at(-1) ?? 'document';
    if (issuer) {
      const byName = this.byAlias.get(aliasKey(`${issuer.canonical}'s ${head}`));
      if (byName) return byName;
      const documents = this.all().filter((entity) => entity.kind === 'document' && this.parentsOf(entity).includes(issuer.canonical));
      if (documents.length === 1 && documents[0]) return documents[0];
      const canonical = `${issuer.canonical}'s ${head}`;
      return this.entities.get(canonical) ?? this.add({ canonical, kind: 'document', aliases: new Set([canonical]), parent: issuer.canonical });
    }
    return this.add({ canonical: ref.name, kind: 'document', aliases: new Set([ref.name]) });
  }

  /** `chosen`: the person already picked for this name; null for someone new; left out to look the name up. */
  private person(name: string, role: string | null, doc = '', chosen?: PersonCluster | null): PersonCluster {
    let cluster = chosen === undefined ? this.clusterOf(name, doc) : chosen;
    if (!cluster) {
      cluster = { names: new Map(), roles: new Map(), spellings: new Map(), entity: { canonical: name, kind: 'person', aliases: new Set() } };
      this.entities.set(name, cluster.entity);
    }
    if (!cluster.names.has(name)) this.peopleByName.add(cluster, name);
    cluster.names.set(name, (cluster.names.get(name) ?? 0) + 1);
    for (const part of nameParts(name)) {
      const docs = cluster.spellings.get(part) ?? new Set<string>();
      docs.add(doc);
      cluster.spellings.set(part, docs);
    }
    if (role) cluster.roles.set(role, (cluster.roles.get(role) ?? 0) + 1);
    this.alias(cluster.entity, name);
    this.settle(cluster);
    return cluster;
  }

  /**
   * The canonical name is the full name whose spellings the most articles use ("Volodymyr Zelensky" over
   * "Volodimir Zelensky"), judged by its least used part, first seen on a tie; the role is the most common, then
   * the longest.
   */
  private settle(cluster: PersonCluster): void {
    if (cluster.frozen) {
      for (const written of cluster.names.keys()) this.alias(cluster.entity, written);
      return;
    }
    const full = [...cluster.names.keys()].filter((name) => nameParts(name).length > 1);
    const pool = full.length > 0 ? full : [...cluster.names.keys()];
    // A name is as common as its least common part: a word that crept in once ("Rival", "Presidential") does not
    // make a name fuller, and the spelling most articles use wins.
    const score = (name: string) => Math.min(...nameParts(name).map((part) => cluster.spellings.get(part)?.size ?? 0));
    const best = pool.reduce((a, b) => (score(b) > score(a) ? b : a));
    const entity = cluster.entity;
    if (entity.canonical !== best) {
      this.entities.delete(entity.canonical);
      entity.canonical = best;
      this.entities.set(entity.canonical, entity);
    }
    // Roles in plain Latin letters first: in a mixed-language corpus those are the ones every reader shares.
    const roles = [...cluster.roles.entries()].filter(([role]) => /^[\x20-\x7e’]+$/.test(role));
    const role = (roles.length > 0 ? roles : [...cluster.roles.entries()]).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
    if (role) entity.role = role[0];
    for (const written of cluster.names.keys()) {
      this.alias(entity, written);
      const surname = nameParts(written).at(-1);
      if (surname) this.alias(entity, surname);
    }
  }

  private add(entity: Entity): Entity {
    this.entities.set(entity.canonical, entity);
    for (const alias of entity.aliases) this.byAlias.set(aliasKey(alias), entity);
    this.byAlias.set(aliasKey(entity.canonical), entity);
    return entity;
  }

  private alias(entity: Entity, name: string): Entity {
    if (!name || LEADING_ARTICLE.test(fold(name)) || /^(he|she|it|they|hij|zij|ze|het)$/i.test(name)) return entity;
    entity.aliases.add(name);
    if (entity.kind !== 'person') this.byAlias.set(aliasKey(name), entity);
    return entity;
  }
}

/** How often a person has been named so far: the weight of a lone family name's likeliest bearer. */
function mentions(cluster: PersonCluster): number {
  let total = 0;
  for (const count of cluster.names.values()) total += count;
  return total;
}

const HONORIFIC_GENDER = /^(Mr|Mrs|Ms|Miss|Mister)\.?\s+/;

/** Whether a person's known given names say the other gender. */
function clashesWith(cluster: PersonCluster, gender: 'm' | 'f'): boolean {
  for (const name of cluster.names.keys()) {
    const parts = nameParts(name);
    if (parts.length < 2) continue;
    const known = genderOfGivenName(parts[0] ?? '');
    if (known && known !== gender) return true;
  }
  return false;
}
