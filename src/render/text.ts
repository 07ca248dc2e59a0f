// Answer → terminal text: speaker — date — “snippet” — outlet, title, link.
import type { Answer, Highlight, StatementHit } from '../model.ts';
import { markHighlights } from './snippet.ts';
import { evidenceUrl } from './fragment.ts';
import { answerHeading, contrastNote, correctionNote, howSaid, sourceLine, speakerLines, whenSaid } from './wording.ts';

export interface TextOptions {
  /** Bold the matched words with ANSI escapes (a TTY); otherwise mark them with *stars*. */
  color: boolean;
}

function marked(text: string, highlights: readonly Highlight[], options: TextOptions): string {
  const [open, close] = options.color ? ['\u001b[1m', '\u001b[22m'] : ['*', '*'];
  return markHighlights({ text, highlights: [...highlights] }, (piece) => piece, open, close);
}

function entry(hit: StatementHit, index: number, options: TextOptions, speaker: string): string {
  const snippet = marked(hit.text, hit.highlights, options);
  const link = evidenceUrl(hit.source.url, hit.text);
  const contrast = contrastNote(hit);
  const correction = correctionNote(hit);
  const lines = [
    `${index + 1}. ${speaker} — ${whenSaid(hit.saidOn, hit.source.published)}`,
    `   ${howSaid(hit)}: ${hit.kind === 'direct' ? `“${snippet}”` : snippet}`,
    ...(contrast ? [`   ⚠ ${contrast}`] : []),
    ...(correction ? [`   ✎ ${correction}`] : []),
    `   ${sourceLine(hit.source)}${link ? `\n   ${link}` : ''}`,
  ];
  for (const other of hit.alsoReportedBy) lines.push(`   also reported by: ${sourceLine(other.source)}${other.source.url ? ` ${other.source.url}` : ''}`);
  return lines.join('\n');
}

/** `first`: the number of the first entry less one (a later page of a timeline goes on counting). */
function entries(hits: readonly StatementHit[], options: TextOptions, first = 0): string[] {
  const speakers = speakerLines(hits);
  return hits.map((hit, i) => entry(hit, first + i, options, speakers[i] ?? hit.speaker.canonical));
}

export function answerToText(answer: Answer, options: TextOptions = { color: false }): string {
  switch (answer.kind) {
    case 'usage':
      return answer.message;
    case 'who-said': {
      if (answer.results.length === 0) return answer.notes.join('\n');
      return [`${answerHeading(answer)}:`, ...entries(answer.results, options), ...answer.notes].join('\n\n');
    }
    case 'timeline': {
      if (answer.entries.length === 0) return answer.notes.join('\n');
      return [`${answerHeading(answer)}:`, ...entries(answer.entries, options, answer.offset), ...answer.notes].join('\n\n');
    }
  }
}
