// A link that opens the article with the quoted words highlighted: a URL text fragment (`#:~:text=start,end`,
// WICG "Scroll to Text Fragment"), built from the first and last words of the statement as the article prints them.
import { webUrl } from './wording.ts';

/** Words at each end of a long snippet: enough to be unique on a page, few enough to survive small edits. */
const END_WORDS = 4;

/** Percent-encoding for a fragment term: `-`, `,` and `&` are the directive's own syntax and must be escaped. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * The statement's words as printed, without the quotation marks and punctuation around the whole (a page may
 * print those differently); inside, every comma and dash stays, since a fragment must match the page exactly.
 */
function words(text: string): string[] {
  return text
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .split(/\s+/)
    .filter(Boolean);
}

export function textFragment(text: string): string | null {
  const all = words(text);
  if (all.length === 0) return null;
  if (all.length <= 2 * END_WORDS) return `:~:text=${encodeTerm(all.join(' '))}`;
  return `:~:text=${encodeTerm(all.slice(0, END_WORDS).join(' '))},${encodeTerm(all.slice(-END_WORDS).join(' '))}`;
}

/** The article's web link with the statement highlighted, or null when the article has no web link. */
export function evidenceUrl(url: string | null, statementText: string): string | null {
  const base = webUrl(url);
  if (!base) return null;
  const fragment = textFragment(statementText);
  if (!fragment) return base;
  // A fragment directive follows any existing fragment: `#section:~:text=…`.
  return base.includes('#') ? `${base}${fragment}` : `${base}#${fragment}`;
}
