// Reuters-21578 (../shared/bench/reuters21578): real dated newswire stories, read from the original SGML.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface NewsStory {
  title: string;
  /** YYYY-MM-DD */
  published: string;
  body: string;
}

export const REUTERS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'reuters21578');

const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => (Number(code) < 32 ? '' : String.fromCharCode(Number(code))))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** "    The dry period…" paragraphs start with an indent; lines inside a paragraph are wrapped at 70 columns. */
function paragraphs(body: string): string {
  return body
    .replace(/\s*Reuter\s*$/, '')
    .split(/\n(?=\s{2,})/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export function reutersAvailable(dir = REUTERS_DIR): boolean {
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.sgm'));
}

/** Up to `limit` stories with a title, a date and a body, in file order. */
export function readReuters(limit: number, dir = REUTERS_DIR): NewsStory[] {
  const stories: NewsStory[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.sgm')).sort()) {
    const sgml = readFileSync(join(dir, name), 'latin1');
    for (const [, element = ''] of sgml.matchAll(/<REUTERS[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const date = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(element);
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(element)?.[1];
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(element)?.[1];
      if (!date || !title || !body) continue;
      const [, day = '1', month = 'JAN', year = '1987'] = date;
      stories.push({ title: decode(title).replace(/\s+/g, ' ').trim(), published: `${year}-${MONTHS[month] ?? '01'}-${day.padStart(2, '0')}`, body: paragraphs(decode(body)) });
      if (stories.length === limit) return stories;
    }
  }
  return stories;
}
