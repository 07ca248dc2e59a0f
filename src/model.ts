// The core's plain data: what the corpus loader, the extractor, the index and the answers pass to each other.
// Everything here is JSON-serialisable so that a snapshot on disk round-trips exactly.

export type Language = 'en' | 'nl';
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface PartialDate {
  /** ISO form cut to the precision: YYYY-MM-DD for day and week (the Monday), YYYY-MM for month, YYYY for year. */
  date: string;
  precision: DatePrecision;
}

/** `headline`: the article's own headline, when its text carries it (first, before the story). */
export type ParagraphKind = 'headline' | 'body' | 'heading' | 'embed';

export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
  /** For embedded social posts: the account line ("— gript (@griptmedia) February 22, 2023"). */
  embed?: EmbeddedPost;
}

export interface EmbeddedPost {
  author: string;
  handle: string;
  posted: PartialDate | null;
}

export interface Source {
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: PartialDate;
  language: Language;
}

export interface Document extends Source {
  /** Corpus file name without extension. */
  id: string;
  file: string;
  /** The article body after cleaning; every offset in the system points into this string. */
  text: string;
  paragraphs: Paragraph[];
}

/** A document without its text: what answers need once its statements are extracted (and what snapshots keep). */
export type DocumentInfo = Omit<Document, 'text' | 'paragraphs'>;

/** Drops the text: a corpus of 10,000 articles need not keep 10,000 bodies in memory or in its snapshot. */
export function documentInfo({ text: _text, paragraphs: _paragraphs, ...info }: Document): DocumentInfo {
  return info;
}

export type EntityKind = 'person' | 'organisation' | 'country' | 'document' | 'account' | 'group' | 'unknown';

export interface Speaker {
  /** As the article wrote it ("he", "Mr Price", "the proposal"). */
  name: string;
  canonical: string;
  aliases: string[];
  role?: string;
  kind: EntityKind;
  /** Canonical names of the entities this one belongs to (a plan's issuer, a ministry's country), nearest first. */
  parents: string[];
}

export type StatementKind = 'direct' | 'partial' | 'indirect';
/** Whether the speaker said the content is so, or denied it ("Beijing denies that it supports …"). */
export type Polarity = 'asserted' | 'denied';
/**
 * How a said-date was found: written as a full date, relative to publication ("on Friday"), carried from the
 * occasion the story dated earlier (its event, the speaker's last dated words), or only the publication date.
 */
export type DateBasis = 'explicit' | 'relative' | 'event' | 'published';

export interface SaidOn extends PartialDate {
  basis: DateBasis;
}

export interface Statement {
  id: string;
  doc: string;
  speaker: Speaker;
  kind: StatementKind;
  /** A verbatim span of the document's cleaned text: text === doc.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  cue: string;
  polarity: Polarity;
  saidOn: SaidOn | null;
  /** The sentence (or sentences) around the statement, verbatim. */
  context: string;
  /** Set when the corpus keeper corrected what extraction found (corrections.yaml); undefined reads as unset. */
  corrected?: Correction | undefined;
  /** Set when the words are the article's headline's: the outlet's summary of them, not a sentence of the story. */
  headline?: true | undefined;
}

/**
 * The statement's fields as a plain object, in the order extraction writes them: statements read back from a
 * snapshot read their text when first asked, so spreading one would leave the text out.
 */
export function plainStatement(statement: Statement): Statement {
  const { id, doc, speaker, kind, text, start, end, cue, polarity, saidOn, context, corrected, headline } = statement;
  return { id, doc, speaker, kind, text, start, end, cue, polarity, saidOn, context, ...(corrected ? { corrected } : {}), ...(headline ? { headline } : {}) };
}

export interface Correction {
  fields: Array<'speaker' | 'saidOn' | 'polarity'>;
  note?: string;
}

export interface Highlight {
  start: number;
  end: number;
}

/**
 * How a hit differs in sense from the question: a negation the question lacks (or has and the statement lacks),
 * a denial ("China denies it supports …" asked as "China supports …"), or a word's opposite ("opposes" asked as
 * "supports"). Such a hit is never a plain match.
 */
export type Contrast =
  | { kind: 'negation'; word: string; inStatement: boolean }
  | { kind: 'denied'; cue: string }
  | { kind: 'opposite'; asked: string; said: string };

export interface StatementHit extends Statement {
  source: Source;
  score: number;
  /** Set when the statement says the opposite of the question; null for a true match (and in timelines). */
  contrast: Contrast | null;
  /** In an organisation's or country's timeline: the entity a person speaks for by their role. */
  speaksFor?: string;
  /** Ranges in `text` of the words that matched the query. */
  highlights: Highlight[];
  alsoReportedBy: Array<{ statement: string; doc: string; source: Source; text: string }>;
}

export interface WhoSaidAnswer {
  kind: 'who-said';
  query: string;
  results: StatementHit[];
  notes: string[];
}

export interface TimelineAnswer {
  kind: 'timeline';
  query: string;
  /** The speaker the query named, if it named one; otherwise the entries are about the topic. */
  speaker: string | null;
  from: string | null;
  to: string | null;
  /** How many entries the whole timeline has. */
  total: number;
  /** Where `entries` starts in the whole timeline: a chat page asks for its own entries only. */
  offset: number;
  entries: StatementHit[];
  notes: string[];
}

export interface UsageAnswer {
  kind: 'usage';
  command: string;
  message: string;
}

export type Answer = WhoSaidAnswer | TimelineAnswer | UsageAnswer;
