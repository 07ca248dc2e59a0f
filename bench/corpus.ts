// The benchmark's corpus: N articles as corpus files (Markdown with front matter), from Reuters-21578 where it is
// available, otherwise recombined from the seed articles' sentences with fresh names and dates (deterministic by
// seed), so that extraction has real work either way.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type NewsStory, REUTERS_DIR, readReuters, reutersAvailable } from './reuters.ts';
import { type Random, pick } from './random.ts';

export interface BenchArticle {
  file: string;
  text: string;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function articleFile(story: NewsStory, outlet: string): string {
  return `---\ntitle: ${yamlString(story.title)}\noutlet: ${outlet}\nurl: null\npublished: ${story.published}\nlanguage: en\n---\n${story.body}\n`;
}

const SEEDS_DIR = join(import.meta.dirname, '..', 'corpus');
const FIRST = ['Anna', 'Pieter', 'Maria', 'Oleksandr', 'Li', 'James', 'Fatima', 'Tomas', 'Ines', 'Kenji', 'Sara', 'Dmytro'];
const LAST = ['Kovalenko', 'Janssen', 'Moreau', 'Chen', 'Okafor', 'Silva', 'Novak', 'Haddad', 'Berg', 'Ito', 'Rossi', 'Lindqvist'];

/** Seed sentences with the speakers' names swapped for fresh ones and dates moved: real extraction work. */
async function recombined(count: number, random: Random): Promise<NewsStory[]> {
  const sentences: string[] = [];
  for (const name of (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.md') && !n.startsWith('004'))) {
    const body = (await readFile(join(SEEDS_DIR, name), 'utf8')).replace(/^---[\s\S]*?---\n/, '');
    sentences.push(...body.split(/\n+/).filter((line) => line.length > 60 && /said|says|told|according/.test(line)));
  }
  const people = /\b(Zelensky|Zelenskyy|Putin|Lukashenko|Kuleba|Wang Yi|Blinken|Price|Xi Jinping|Xi)\b/g;
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick(random, FIRST)} ${pick(random, LAST)}${i % 7}`;
    const paragraphs = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(random, sentences).replace(people, name));
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 1500) * 86_400_000).toISOString().slice(0, 10);
    return { title: `${name} on the talks (${i})`, published: day, body: paragraphs.join('\n\n') };
  });
}

/** The quote-dense generator kept beside Reuters-21578 (../shared/bench/dense): ~30 statements per article. */
export const DENSE_GENERATOR = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'dense', 'gen-dense.mjs');

export type CorpusKind = 'dense' | 'reuters';

/** Quote-dense articles from the generator (deterministic by seed), read back as corpus files. */
async function dense(count: number, seed: number): Promise<BenchArticle[]> {
  const work = await mkdtemp(join(tmpdir(), 'whosaid-dense-'));
  try {
    const out = join(work, 'corpus');
    await promisify(execFile)(process.execPath, [DENSE_GENERATOR, '--out', out, '--articles', String(count), '--seed', String(seed)], { maxBuffer: 16 * 1024 * 1024 });
    const names = (await readdir(out)).filter((name) => name.endsWith('.md')).sort();
    return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(out, file), 'utf8') })));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface BenchCorpus {
  source: 'dense' | 'reuters-21578' | 'recombined seeds';
  articles: BenchArticle[];
  /** Articles kept out of the corpus, to time adding one to the index. */
  extra: BenchArticle[];
}

/**
 * The bench's corpus: quote-dense articles by default (political news carries 15–40 statements per article), or
 * Reuters-21578 (about 2); recombined seed articles where neither is on this machine.
 */
export async function makeCorpus(count: number, random: Random, kind: CorpusKind = 'dense', seed = 1): Promise<BenchCorpus> {
  if (kind === 'dense' && existsSync(DENSE_GENERATOR) && reutersAvailable(REUTERS_DIR)) {
    const articles = await dense(count + 1, seed);
    return { source: 'dense', articles: articles.slice(0, count), extra: articles.slice(count) };
  }
  // WHOSAID_BENCH_NEWS points at another copy of Reuters-21578 (or at nothing, to bench on recombined seeds).
  const newsDir = process.env.WHOSAID_BENCH_NEWS ?? REUTERS_DIR;
  const useReuters = reutersAvailable(newsDir);
  const stories = useReuters ? readReuters(count + 1, newsDir) : await recombined(count + 1, random);
  const outlet = useReuters ? 'Reuters' : 'Bench Wire';
  const articles = stories.map((story, i) => ({ file: `${String(i).padStart(6, '0')}.md`, text: articleFile(story, outlet) }));
  return { source: useReuters ? 'reuters-21578' : 'recombined seeds', articles: articles.slice(0, count), extra: articles.slice(count) };
}

export async function writeCorpus(dir: string, articles: readonly BenchArticle[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  // In batches: one at a time is slow, all 10,000 at once opens too many files.
  for (let i = 0; i < articles.length; i += 256) {
    await Promise.all(articles.slice(i, i + 256).map((article) => writeFile(join(dir, article.file), article.text)));
  }
}
