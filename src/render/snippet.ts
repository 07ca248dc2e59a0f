// Long statements, trimmed for a chat message: a window around the first matched words, cut between words and
// marked with "…", so what is shown is still a verbatim piece of the article.
import type { Highlight } from '../model.ts';

export interface Snippet {
  text: string;
  /** The highlights that fall inside the window, shifted to it. */
  highlights: Highlight[];
}

const ELLIPSIS = '…';

/** Nearest word boundary at or before `at` (never mid-word); falls back to `at` in a single giant word. */
function boundaryBefore(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (/\s/.test(text[i - 1] ?? '')) return i;
  return at;
}

function boundaryAfter(text: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (/\s/.test(text[i] ?? '')) return i;
  return at;
}

/**
 * `text` cut to at most `max` characters (ellipses included), keeping the first highlight in view with as much
 * context before it as after it.
 */
export function trimAround(text: string, highlights: readonly Highlight[], max: number): Snippet {
  if (text.length <= max) return { text, highlights: [...highlights] };
  const budget = Math.max(1, max - 2 * ELLIPSIS.length);
  const first = highlights[0] ?? { start: 0, end: 0 };
  const focusEnd = Math.min(first.end, first.start + budget);
  const lead = Math.max(0, Math.floor((budget - (focusEnd - first.start)) / 2));
  let start = Math.max(0, Math.min(first.start - lead, text.length - budget));
  let end = Math.min(text.length, start + budget);
  if (start > 0) start = boundaryAfter(text, start, Math.min(first.start, end));
  if (end < text.length) end = boundaryBefore(text, end, Math.max(start, focusEnd));
  const body = text.slice(start, end).trim();
  const offset = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
  const prefix = start > 0 ? ELLIPSIS : '';
  const shift = prefix.length - offset;
  const shifted = highlights
    .filter((h) => h.start >= offset && h.end <= offset + body.length)
    .map((h) => ({ start: h.start + shift, end: h.end + shift }));
  return { text: `${prefix}${body}${end < text.length ? ELLIPSIS : ''}`, highlights: shifted };
}

/**
 * The statement's text trimmed around its first match and marked up, at most `max` characters once escaped:
 * escaping can lengthen the text, so the window shrinks until it fits.
 */
export function fittedSnippet(text: string, highlights: readonly Highlight[], max: number, escape: (text: string) => string, open: string, close: string): string {
  for (let budget = max; ; budget = Math.floor(budget * 0.8)) {
    const marked = markHighlights(trimAround(text, highlights, budget), escape, open, close);
    if (marked.length <= max || budget < 40) return marked;
  }
}

/** Wraps each highlight with `open`/`close`, escaping every other piece with `escape`. */
export function markHighlights(snippet: Snippet, escape: (text: string) => string, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    if (start < at) continue;
    out += escape(snippet.text.slice(at, start)) + open + escape(snippet.text.slice(start, end)) + close;
    at = end;
  }
  return out + escape(snippet.text.slice(at));
}

/** Cuts plain text to `max` characters at a word boundary, with "…". */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
