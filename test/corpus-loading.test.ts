// Loading a corpus folder: cleaning by general rules, every accepted format, and bad files skipped with a reason.
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../src/corpus/clean.ts';
import { Whosaid } from '../src/core.ts';
import { buildCorpus, readCorpusInput } from '../src/pipeline.ts';
import { ARTICLE, corpusFolder } from './helpers/corpus.ts';

const GOOD = ARTICLE(
  'title: Good article\noutlet: Example Post\npublished: 2024-03-04\nlanguage: en',
  'The minister said on Thursday that the talks would resume next month in Geneva.\n',
);

describe('GIVEN an article body as received', () => {
  /** Each paragraph's kind and text. */
  const shape = (cleaned: ReturnType<typeof cleanBody>) => cleaned.paragraphs.map((p) => [p.kind, cleaned.text.slice(p.start, p.end)]);

  it('THEN paywall chrome and bylines are removed, and the headline is kept on top, marked as the headline', () => {
    const body = 'Get all your news in one place.\nStart reading\nDaily Planet\nWorld\nThe headline of it all\n\nThe minister said the talks would resume next month in Geneva after the break.\n\nSign up to read this article\nAlready a member? Sign in here\nDownload the app';
    const cleaned = cleanBody(body, 'The headline of it all');
    expect(shape(cleaned)).toEqual([
      ['headline', 'The headline of it all'],
      ['body', 'The minister said the talks would resume next month in Geneva after the break.'],
    ]);
  });

  it('THEN invisible control characters left by text decoded twice are dropped, so a name inside them is found', async () => {
    const body = '"Europe must defend itself," French President Fran\u00c3\u0083\u00a7ois Hollande said on Friday.\u0007';
    expect(cleanBody(body, null).text).toBe('"Europe must defend itself," French President Fran\u00c3\u00a7ois Hollande said on Friday.');
    const dir = await corpusFolder({ 'summit.md': ARTICLE('title: Summit\npublished: 2016-09-18\nlanguage: en', body) });
    const core = await Whosaid.open({ corpusDir: dir, dataDir: `${dir}-data`, snapshots: false });
    expect(JSON.stringify(core.whoSaid('Europe must defend itself'))).toContain('Hollande');
  });

  it('THEN a headline broken over two lines is the headline too, not the first paragraph', () => {
    const body = 'Mayor urges calm in the city;\nCouncil member says the bridge will reopen soon.\n\nThe mayor said on Wednesday that the city would stay calm.';
    const cleaned = cleanBody(body, 'Mayor urges calm in the city; Council member says the bridge will reopen soon.');
    expect(shape(cleaned)).toEqual([
      ['headline', 'Mayor urges calm in the city;'],
      ['headline', 'Council member says the bridge will reopen soon.'],
      ['body', 'The mayor said on Wednesday that the city would stay calm.'],
    ]);
  });

  it('THEN a photo caption paragraph and a caption glued to the first sentence are removed', () => {
    const body = 'A man walks past a wall in Kyiv on Friday. (AP Photo/Jane Doe)\nThe envoy said the plan was a start [John Roe/Getty Images via AFP]The minister will travel to Beijing on Tuesday for talks about the plan.\nA diplomat said the two sides would meet again soon to discuss it further.\nThe president at a press conference (SERGEY DOLZHENKO/EPA-EFE/REX/Shutterstock)';
    const cleaned = cleanBody(body, null);
    expect(cleaned.text).not.toMatch(/AP Photo|Getty|DOLZHENKO|walks past/);
    expect(cleaned.text.startsWith('The minister will travel to Beijing on Tuesday')).toBe(true);
  });

  it('THEN a leading "date 2023-02-24" marker is taken off and reported', () => {
    const cleaned = cleanBody(' date 2023-02-24 The government said on Friday that it wants the dialogue to resume.', null);
    expect(cleaned.dateMarker).toEqual({ date: '2023-02-24', precision: 'day' });
    expect(cleaned.text.startsWith('The government said')).toBe(true);
  });

  it('THEN an embedded post is kept, attributed to its account and dated by its own date', () => {
    const body = 'The paper said that the visit was planned for the spring of next year.\nThe leader is planning a visit to Moscow, a report has claimed.#newshttps://t.co/abc\n— gript (@griptmedia) February 22, 2023';
    const cleaned = cleanBody(body, null);
    const post = cleaned.paragraphs.find((p) => p.kind === 'embed');
    expect(post?.embed).toEqual({ author: 'gript', handle: 'griptmedia', posted: { date: '2023-02-22', precision: 'day' } });
  });
});

describe('GIVEN a corpus folder with broken files among good ones', () => {
  it('THEN each broken file is skipped with one warning naming it and the reason, and the rest loads', async () => {
    const dir = await corpusFolder({
      'good.md': GOOD,
      'bad-yaml.md': '---\ntitle: [unclosed\n---\nThe minister said the talks would resume.',
      'empty.md': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'latin1.txt': Buffer.from('De minister zei dat het plan goed was, caf\xe9.', 'latin1'),
      'good.txt': 'Duplicate of the id "good" in another format, said someone today.',
      'huge.md': ARTICLE('title: Huge', 'x '.repeat(3 * 1024 * 1024)),
      'notes.json': '{"not": "an article"}',
    });
    const corpus = buildCorpus(await readCorpusInput(dir));
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    const skipped = Object.fromEntries(corpus.warnings.filter((w) => w.skipped).map((w) => [w.file, w.message]));
    expect(skipped['bad-yaml.md']).toMatch(/invalid YAML/);
    expect(skipped['empty.md']).toMatch(/empty/);
    expect(skipped['binary.txt']).toMatch(/binary/);
    expect(skipped['latin1.txt']).toMatch(/UTF-8/);
    expect(skipped['good.txt']).toMatch(/duplicate id "good"/);
    expect(skipped['huge.md']).toMatch(/larger than 5 MB/);
    expect(Object.keys(skipped)).not.toContain('notes.json');
    expect(corpus.statements.length).toBeGreaterThan(0);
  });

  it('THEN opening it logs one warning line per skipped file and never throws', async () => {
    const dir = await corpusFolder({ 'good.md': GOOD, 'empty.md': '' });
    const lines: string[] = [];
    const log = { debug() {}, info() {}, error() {}, warn: (line: string) => lines.push(line) };
    const core = await Whosaid.open({ corpusDir: dir, dataDir: `${dir}-data`, log });
    expect(core.stats.documents).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/skipped empty\.md: empty file/)]);
  });

  it('THEN a broken aliases.yaml is reported and the articles still load', async () => {
    const dir = await corpusFolder({ 'good.md': GOOD, 'aliases.yaml': 'entities: [{ aliases: 3 }]' });
    const corpus = buildCorpus(await readCorpusInput(dir));
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.warnings.find((w) => w.file === 'aliases.yaml')?.message).toMatch(/ignored/);
  });
});

describe('GIVEN articles in other formats or without metadata', () => {
  it('THEN a .txt without front matter gets its headline as title, its date marker as date, a guessed language, and warnings', async () => {
    const dir = await corpusFolder({
      'plain.txt': ' date 2023-05-02 Minister calls for new talks in Geneva\nDe minister zei dinsdag dat de gesprekken volgende maand in Genève worden hervat.',
    });
    const corpus = buildCorpus(await readCorpusInput(dir));
    const [document] = corpus.documents;
    expect(document?.title).toBe('Minister calls for new talks in Geneva');
    expect(document?.published).toEqual({ date: '2023-05-02', precision: 'day' });
    expect(document?.language).toBe('nl');
    expect(corpus.warnings.map((w) => w.message).join('\n')).toMatch(/no language/);
    const statement = corpus.statements[0];
    expect(statement?.speaker.name).toBe('De minister');
    expect(statement?.saidOn).toEqual({ date: '2023-05-02', precision: 'day', basis: 'relative' });
  });

  it('THEN an .html article is read through Readability with its page metadata', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Site</title>
      <meta property="og:title" content="Envoy speaks on peace plan"><meta property="og:site_name" content="Example Times">
      <meta property="article:published_time" content="2024-07-22T08:00:00Z"><link rel="canonical" href="https://example.com/envoy">
      </head><body><nav>Home News Sport</nav><article><h1>Envoy speaks on peace plan</h1>
      <p>The envoy said on Monday that "a lasting peace needs every party at the table", according to the ministry.</p>
      <p>Officials added that further talks are planned for the autumn in Geneva and Vienna.</p></article>
      <footer>Subscribe now</footer></body></html>`;
    const dir = await corpusFolder({ 'envoy.html': html });
    const corpus = buildCorpus(await readCorpusInput(dir));
    const [document] = corpus.documents;
    expect(document).toMatchObject({ title: 'Envoy speaks on peace plan', outlet: 'Example Times', url: 'https://example.com/envoy', language: 'en' });
    expect(document?.published).toEqual({ date: '2024-07-22', precision: 'day' });
    expect(document?.text).not.toMatch(/Home News Sport|Subscribe/);
    expect(corpus.statements.some((s) => s.text.includes('a lasting peace needs every party at the table'))).toBe(true);
  });

  it('THEN HTML nested thousands of levels deep (or never closed) is read as plain text with a warning, its words kept', async () => {
    const deep = `<html><body>${'<div>'.repeat(2000)}<p>Zelensky said that it was deep.</p>${'</div>'.repeat(2000)}</body></html>`;
    const unclosed = `<html><body>${'<div><span>'.repeat(3000)}<p>The mayor said that the bridge would reopen.</p>`;
    const corpus = buildCorpus(await readCorpusInput(await corpusFolder({ 'deep.html': deep, 'unclosed.html': unclosed })));
    expect(corpus.documents).toHaveLength(2);
    expect(corpus.statements.map((s) => s.text).sort()).toEqual(['that it was deep', 'that the bridge would reopen']);
    expect(corpus.warnings.filter((w) => /nested more than 150 levels/.test(w.message))).toHaveLength(2);
  });

  it('THEN HTML metadata is checked like front matter: an impossible date and a javascript: link are dropped with warnings', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Odd page</title>
      <meta property="article:published_time" content="2023-13-45T08:00:00Z"><link rel="canonical" href="javascript:alert(1)">
      </head><body><article><p>The minister said that the talks would resume next month in Geneva.</p></article></body></html>`;
    const corpus = buildCorpus(await readCorpusInput(await corpusFolder({ 'odd.html': html })));
    const [document] = corpus.documents;
    expect(document?.url).toBeNull();
    expect(document?.published.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document?.published.date).not.toBe('2023-13-45');
    const messages = corpus.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/HTML metadata "published" ignored/);
    expect(messages).toMatch(/HTML metadata "url" ignored/);
  });

  it('THEN a bad front-matter field costs a warning and its default, not the article', async () => {
    const dir = await corpusFolder({ 'odd.md': ARTICLE('title: Odd\npublished: yesterday\nurl: not a url\nlanguage: en', 'The minister said the talks would resume next month.') });
    const corpus = buildCorpus(await readCorpusInput(dir));
    expect(corpus.documents).toHaveLength(1);
    const messages = corpus.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/"published" ignored/);
    expect(messages).toMatch(/"url" ignored/);
    expect(messages).toMatch(/modification date/);
  });
});
