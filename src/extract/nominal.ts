// Attributions made by a noun rather than a verb: "Putin's statement that …", "a claim by Ms. Berg that …". The
// noun names the act of saying; the possessive or the "by"/"from" phrase names who said it; what follows "that" is
// what was said. Both readers (English and Dutch) use these patterns.
import { NOMINAL_CUES } from './lexicon.ts';

/** "Putin's statement that …" and "an accusation from Zelenskyy that …". */
export const NOMINAL_PATTERNS = [
  new RegExp(`(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)['’]s\\s+(${NOMINAL_CUES})\\s+that\\s`, 'gu'),
  new RegExp(`\\b(?:${NOMINAL_CUES})\\s+(?:from|by|van)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)\\s+(?:that|dat)\\s`, 'gu'),
];

export interface NominalCue {
  /** The name that says it, without the possessive ("Putin"). */
  name: string;
  nameStart: number;
  /** The whole attributing phrase, as answers show it ("Putin's statement that"). */
  cue: string;
  cueStart: number;
  /** Where what was said begins. */
  contentStart: number;
}

/** Every nominal attribution in text[start, end), offsets in `text`. */
export function nominalCues(text: string, start: number, end: number): NominalCue[] {
  const found: NominalCue[] = [];
  const unitText = text.slice(start, end);
  for (const pattern of NOMINAL_PATTERNS) {
    for (const match of unitText.matchAll(pattern)) {
      const name = match[1] ?? '';
      if (!name) continue;
      const cueStart = start + match.index;
      found.push({ name, nameStart: cueStart + match[0].indexOf(name), cue: match[0].trim(), cueStart, contentStart: cueStart + match[0].length });
    }
  }
  return found;
}
