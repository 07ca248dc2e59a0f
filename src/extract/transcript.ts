// Transcripts printed in news copy: "PENCE: Well, look, …" / "JAKE TAPPER: Do you think …". Each turn opens with
// the speaker's name in capitals and a colon; the rest of the paragraph is what they said, word for word. Section
// labels look the same ("UPDATE:", "EXCLUSIVE:", "BYLINE:"), so a label counts when the article names that person
// in ordinary case too ("Gov. Mike Pence") or the label is a full name ("JAKE TAPPER"); then the other labels that
// open two turns or more are the other speakers ("WALLACE", the interviewer the story never names). An article
// needs at least two turns.
import type { Document, Paragraph } from '../model.ts';

const TURN = /^["“]?(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}):\s+(?=\S)/u;
const MIN_TURNS = 2;

export interface Turn {
  /** The label as printed ("PENCE"). */
  label: string;
  /** The name in ordinary case ("Pence"), as the article writes it elsewhere. */
  name: string;
  /** Where the words after the label start, in the document's text. */
  start: number;
}

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Each transcript turn of the article, by paragraph index. */
export function transcriptTurns(doc: Document): Map<number, Turn> {
  const namedElsewhere = (name: string) => new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\.?\\s+${name.replace(/[.'’-]/g, '\\$&')}\\b`, 'u').test(doc.text);
  const candidates = new Map<number, Turn>();
  const uses = new Map<string, number>();
  doc.paragraphs.forEach((paragraph: Paragraph, index) => {
    if (paragraph.kind !== 'body') return;
    const match = TURN.exec(doc.text.slice(paragraph.start, paragraph.end));
    const label = match?.[1];
    if (!match || !label) return;
    candidates.set(index, { label, name: titleCase(label), start: paragraph.start + match[0].length });
    uses.set(label, (uses.get(label) ?? 0) + 1);
  });
  const named = new Set([...uses.keys()].filter((label) => /\s/.test(label) || namedElsewhere(titleCase(label))));
  const speaking = (label: string) => named.has(label) || (named.size > 0 && (uses.get(label) ?? 0) >= MIN_TURNS);
  const turns = new Map([...candidates].filter(([, turn]) => speaking(turn.label)));
  return turns.size >= MIN_TURNS ? turns : new Map();
}
