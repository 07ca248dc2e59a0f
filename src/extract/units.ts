// Splits a paragraph into units: sentences, with a quote that runs over several sentences kept in one unit so
// that the quote and the words that attribute it are read together.
import type { Language } from '../model.ts';
import { lastStartingBy } from './offsets.ts';
import type { QuoteSpan } from './quotes.ts';

export interface Unit {
  start: number;
  end: number;
}

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenter(language: Language): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

/** Sentence boundaries (offsets into text), merged wherever a quote spans a boundary. */
export function units(text: string, quotes: readonly QuoteSpan[], language: Language): Unit[] {
  const sentences: Unit[] = [];
  for (const { segment, index } of segmenter(language).segment(text)) {
    const trimmed = segment.trimEnd();
    if (trimmed) sentences.push({ start: index, end: index + trimmed.length });
  }
  const merged: Unit[] = [];
  for (const sentence of sentences) {
    const previous = merged.at(-1);
    // Quotes do not overlap: only the last one opening before this sentence can run into it.
    const open = lastStartingBy(quotes, sentence.start - 1);
    const crossing = previous && open !== undefined && open.end > sentence.start && open.start < previous.end;
    // ICU ends a sentence after `,”` too rarely and after `aren't."` correctly; a sentence that starts in
    // lower case continues the one before it (an abbreviation the segmenter did not know).
    const continues = previous && /^\p{Ll}/u.test(text.slice(sentence.start, sentence.start + 1));
    if (previous && (crossing || continues)) previous.end = sentence.end;
    else merged.push({ ...sentence });
  }
  return merged;
}
