// HTML articles: Readability finds the article, linkedom gives it a DOM without a browser.
import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { lazyRequire } from '../text/lazy-require.ts';
import type { FrontMatter } from './front-matter.ts';

const linkedom = lazyRequire<typeof Linkedom>('linkedom');
const readability = lazyRequire<typeof ReadabilityModule>('@mozilla/readability');

type DomDocument = ReturnType<typeof Linkedom.parseHTML>['document'];

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre';

/**
 * Deeper than any real page. Readability's scoring walks ancestors over and over: 2,000 nested <div>s take it
 * 36 s, and a file of unclosed tags never finishes. Past this depth the page is read as plain text instead.
 */
export const MAX_HTML_DEPTH = 150;

interface ElementLike {
  children: ArrayLike<ElementLike>;
}

/** Whether the element tree goes deeper than `limit`: one pass with an explicit stack, linear in the elements. */
function deeperThan(root: ElementLike | null | undefined, limit: number): boolean {
  if (!root) return false;
  const stack: Array<[ElementLike, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [ElementLike, number];
    if (depth > limit) return true;
    for (let i = 0; i < element.children.length; i++) stack.push([element.children[i] as ElementLike, depth + 1]);
  }
  return false;
}

function meta(document: DomDocument, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * The article's text, one paragraph a line, and whatever metadata the page declares — as the page declares it:
 * the caller checks it by the same rules as front matter (a page may say 2023-13-45 or link to javascript:).
 */
export function readHtml(html: string): { body: string; meta: Record<keyof FrontMatter, string | null>; tooDeep?: true } {
  const { parseHTML } = linkedom();
  const { Readability } = readability();
  const { document } = parseHTML(html);
  const published = meta(document, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]']);
  const lang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  const headMeta: Record<keyof FrontMatter, string | null> = {
    title: meta(document, ['meta[property="og:title"]']) ?? (document.querySelector('title')?.textContent?.trim() || null),
    outlet: meta(document, ['meta[property="og:site_name"]']),
    author: meta(document, ['meta[name="author"]']),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(document, ['meta[property="og:url"]']),
    // An ISO timestamp's date part ("2023-02-24T08:00:00Z" → 2023-02-24); anything else is checked as it is.
    published: published ? (/^\d{4}-\d{2}-\d{2}T/.test(published) ? published.slice(0, 10) : published) : null,
    language: lang === 'en' || lang === 'nl' ? lang : null,
  };

  if (deeperThan(document.documentElement as unknown as ElementLike, MAX_HTML_DEPTH)) {
    // Its text, one line per line break in the source: no article detection, but every word is still there.
    const text = (document.body?.textContent ?? document.documentElement?.textContent ?? '').replace(/[ \t]+/g, ' ');
    const body = text.split(/\n+/).map((line: string) => line.trim()).filter(Boolean).join('\n');
    return { body, meta: headMeta, tooDeep: true };
  }

  // Readability mutates the document it reads, so it gets its own copy.
  const article = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const container = parseHTML(`<html><body>${article?.content ?? document.body?.innerHTML ?? ''}</body></html>`).document;
  const blocks = [...container.querySelectorAll(BLOCKS)]
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const body = blocks.length > 0 ? blocks.join('\n') : (article?.textContent ?? '').trim();
  return {
    body,
    meta: {
      ...headMeta,
      title: headMeta.title ?? article?.title ?? null,
      author: headMeta.author ?? article?.byline ?? null,
      outlet: headMeta.outlet ?? article?.siteName ?? null,
    },
  };
}
