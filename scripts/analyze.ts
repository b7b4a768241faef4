/**
 * The CLI: the same analyze() as the extension, on an HTML file, a URL, stdin or plain text.
 *
 *   npm run --silent analyze -- page.html            readable summary
 *   npm run --silent analyze -- --json page.html     the Analysis as JSON
 *   npm run --silent analyze -- --text file.txt      plain text (offsets index into the input)
 *   npm run --silent analyze -- -                    read stdin
 *   npm run --silent analyze -- --batch < in.jsonl   one {"id","analysis"} or {"id","error"} line per input line
 *   … --related-to items.jsonl                       rank a given collection as each input's related coverage
 */
import { readFile } from 'node:fs/promises';
import { stdin } from 'node:process';
import { articleFromText } from '../lib/analysis/from-text';
import type { Analysis, Article } from '../lib/contract/types';
import { detectNews } from '../lib/page/detect';
import type { FeedEntry } from '../lib/related/types';
import { extractArticle } from '../lib/page/extract';
import { parseHtml } from '../lib/page/parse-html';
import { nodeAnalyzer } from './lib/node-assets';
import { formatSummary } from './lib/summary';

const USAGE = `Usage: npm run --silent analyze -- [--json] [--text] [--published-at ISO] [--related-to items.jsonl] <file.html | URL | ->
       npm run --silent analyze -- --batch [--related-to items.jsonl] < inputs.jsonl`;

/** An input the CLI could not use: reported as one line, exit code 2. */
class InputError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new InputError(`Could not fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new InputError(`Could not fetch ${url}: HTTP ${response.status}`);
  return response.text();
}

/** Turn raw HTML into an Article the way the content script would. */
export function articleFromHtml(html: string, url = 'file:///input.html'): Article {
  const doc = parseHtml(html, url);
  const verdict = detectNews(doc, url);
  return extractArticle(doc, url, { verdict });
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function readInput(input: string): Promise<{ content: string; url?: string }> {
  if (input === '-') return { content: await readStdin() };
  if (isUrl(input)) return { content: await fetchPage(input), url: input };
  try {
    return { content: await readFile(input, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `No such file: ${input}`
        : code === 'EISDIR'
          ? `${input} is a folder, not a file`
          : `Cannot read ${input}: ${code}`,
    );
  }
}

/**
 * Read a collection for --related-to: JSON lines {"url", "title", "publishedAt"?, "publisher"?,
 * "summary"? or "text"?}. Blank lines are skipped; any other bad line stops with its number and why.
 */
async function readCollection(path: string): Promise<FeedEntry[]> {
  const { httpUrl } = await import('../lib/url/http-url');
  const { content } = await readInput(path);
  const items: FeedEntry[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `--related-to ${path}, line ${i + 1}`;
    let item: Record<string, unknown>;
    try {
      item = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new InputError(`${where} is not JSON`);
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new InputError(`${where} is not a JSON object`);
    const url = typeof item.url === 'string' ? httpUrl(item.url) : undefined;
    const title = typeof item.title === 'string' ? item.title.trim() : '';
    if (!url || !title) throw new InputError(`${where} needs an http(s) "url" and a "title"`);
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const publishedAt = str(item.publishedAt);
    if (publishedAt && Number.isNaN(Date.parse(publishedAt)))
      throw new InputError(`${where}: "publishedAt" is not a date ('${publishedAt.slice(0, 40)}')`);
    const summary = str(item.summary) ?? str(item.text)?.slice(0, 2000);
    items.push({
      title,
      url,
      ...(publishedAt ? { publishedAt } : {}),
      ...(str(item.publisher) ? { publisher: str(item.publisher) } : {}),
      ...(summary ? { summary } : {}),
    });
  });
  return items;
}

/** Ranks the collection (when one was given) as the analysis's related coverage; loaded only then. */
type WithRelated = (analysis: Analysis) => Analysis;
async function relatedFrom(collection: FeedEntry[] | undefined): Promise<WithRelated> {
  if (!collection) return (analysis) => analysis;
  const { rankCollection } = await import('../lib/related/collection-ranking');
  return (analysis) => ({ ...analysis, related: rankCollection(analysis, collection) });
}

/** One batch line in, one line out; bad items become {"id","error"} and the batch goes on. */
async function runBatch(withRelated: WithRelated): Promise<void> {
  const analyzer = await nodeAnalyzer();
  const lines = (await readStdin()).split('\n');
  let lineNo = 0;
  for (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch {
        throw new InputError(`line ${lineNo} is not JSON`);
      }
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        throw new InputError(`line ${lineNo} is not a JSON object`);
      const { html, url, text } = item as Record<string, unknown>;
      id = (item as Record<string, unknown>).id ?? null;
      let article: Article;
      if (typeof text === 'string') article = articleFromText(text, typeof url === 'string' ? { url } : {});
      else if (typeof html === 'string')
        article = articleFromHtml(html, typeof url === 'string' ? url : undefined);
      else if (typeof url === 'string' && isUrl(url)) article = articleFromHtml(await fetchPage(url), url);
      else throw new InputError('give "text", "html" or an http(s) "url"');
      process.stdout.write(`${JSON.stringify({ id, analysis: withRelated(analyzer.analyze(article)) })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ id, error: (error as Error).message })}\n`);
    }
  }
}

async function main(argv: string[]): Promise<void> {
  const flags = new Set<string>();
  const positional: string[] = [];
  let publishedAt: string | undefined;
  let relatedTo: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--published-at') publishedAt = argv[++i] ?? '';
    else if (arg === '--related-to') relatedTo = argv[++i] ?? '';
    else if (arg.startsWith('--')) flags.add(arg);
    else positional.push(arg);
  }
  const unknown = [...flags].filter((f) => !['--json', '--text', '--batch', '--help'].includes(f));
  if (flags.has('--help')) return void console.log(USAGE);
  if (unknown.length) throw new InputError(`Unknown option ${unknown[0]}. ${USAGE.split('\n')[0]}`);
  if (publishedAt !== undefined && Number.isNaN(Date.parse(publishedAt))) {
    throw new InputError(`--published-at needs an ISO date such as 2019-11-13, not '${publishedAt ?? ''}'`);
  }
  if (relatedTo !== undefined && (!relatedTo || relatedTo === '-'))
    throw new InputError('--related-to needs a JSON-lines file of {"url", "title", …} items');
  const withRelated = await relatedFrom(relatedTo ? await readCollection(relatedTo) : undefined);
  if (flags.has('--batch')) return runBatch(withRelated);
  const input = positional[0];
  if (!input) throw new InputError(`No input given. ${USAGE.split('\n')[0]}`);
  const { content, url } = await readInput(input);
  let article: Article;
  // A .txt file is plain text whether or not --text was given: reading it as HTML would lose its line breaks.
  if (flags.has('--text') || /\.txt$/i.test(input)) {
    article = articleFromText(content, publishedAt ? { publishedAt, url } : { url });
  } else {
    if (!content.trim())
      throw new InputError(`${input === '-' ? 'stdin' : input} is empty: nothing to analyse`);
    article = articleFromHtml(content, url);
    if (publishedAt) article.publishedAt = publishedAt;
  }
  const analysis: Analysis = withRelated((await nodeAnalyzer()).analyze(article));
  process.stdout.write(
    flags.has('--json') ? `${JSON.stringify(analysis, null, 2)}\n` : formatSummary(analysis),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fact-context: ${message.split('\n')[0]}\n`);
  process.exit(2);
});
