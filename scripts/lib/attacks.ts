/**
 * Hostile pages and feeds, each beside a normal page or feed of the same size, for the adversarial suite
 * (`tests/unit/security/adversarial.test.ts`) and `npm run bench -- adversarial`. Every attack is one a
 * page or a feed controls: the worker must take about as long on it as on an honest input of its size.
 */
import type { Analyzer } from '../../lib/analysis/engine';
import { ANALYSIS_BUDGET_MS, MAX_ARTICLE_CHARS } from '../../lib/analysis/validate';
import { readPage } from '../../lib/page/read-page';
import { createRelatedIndex } from '../../lib/related/related-index';
import { parseFeed } from '../../lib/related/feed-parser';
import { toRemembered } from '../../lib/related/remember';
import { articleKeys } from '../../lib/url/url-identity';
import { bigNewsPage } from './big-page';

/** Where the hostile page claims to live. */
export const ATTACK_URL = 'https://news.example/politics/2019/11/12/labour-cyber-attack';
const FEED_URL = 'https://wire.example/feed.xml';

/**
 * What the worker does with a page: read it, analyse it (text cut at `maxChars`, the worker's cap unless a
 * test asks for less), and key it for the history.
 */
export function processPage(analyzer: Analyzer, html: string, maxChars = MAX_ARTICLE_CHARS): number {
  const url = ATTACK_URL;
  const reading = readPage(html, url, { maxChars });
  if ('notNews' in reading) return 0;
  const index = createRelatedIndex();
  const analysis = analyzer.analyze(reading.article, {
    budgetMs: ANALYSIS_BUDGET_MS,
    findRelated: (done) => {
      const remembered = toRemembered(done, 'history', reading.article.canonicalUrl);
      const found = index.rank(remembered);
      index.add(remembered);
      return found;
    },
  });
  return analysis.entities.length + articleKeys({ url, canonicalUrl: reading.article.canonicalUrl }).length;
}

/** What the worker does with a feed: parse it into items. */
export function processFeed(xml: string): number {
  try {
    return parseFeed(xml, FEED_URL).length;
  } catch {
    return -1;
  }
}

/** One attack: a hostile input and an honest one of about the same size. */
export interface Attack {
  name: string;
  kind: 'page' | 'feed';
  /**
   * The honest input is this many times smaller and its time is scaled up by as much (linear growth): an
   * honest 5 MB page takes minutes on a busy 2-core machine, too long for `npm test`.
   */
  normalScale?: number;
  hostile: () => string;
  normal: () => string;
}

/** The seed page grown to `bytes` with `inject` put where `where` says. */
function seedWith(bytes: number, inject: { head?: string; body?: string; wrap?: [string, string] }): string {
  let page = bigNewsPage(bytes);
  if (inject.head) page = page.replace('</head>', `${inject.head}</head>`);
  if (inject.body) page = page.replace('<div class="story-body">', `<div class="story-body">${inject.body}`);
  if (inject.wrap)
    page = page.replace('<main>', `<main>${inject.wrap[0]}`).replace('</main>', `${inject.wrap[1]}</main>`);
  return page;
}

/** An honest feed of about `bytes` bytes. */
export function normalFeed(bytes: number): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item =
      `<item><title>Labour hit by cyber attack number ${i}</title><link>https://wire.example/news/${i}</link>` +
      `<description><![CDATA[<p>The <b>Labour Party</b> said it had suffered a &ldquo;large-scale&rdquo; cyber attack ${i}. ` +
      `${'The NCSC said the attack failed and the incident is closed. '.repeat(20)}</p>]]></description>` +
      `<pubDate>Tue, 12 Nov 2019 10:00:00 GMT</pubDate></item>\n`;
    items.push(item);
    size += item.length;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

function hostileFeed(field: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>` +
    `<item><title>Hostile</title><link>https://wire.example/news/1</link>` +
    `<description><![CDATA[${field}]]></description></item></channel></rss>`
  );
}

const size = (make: () => string) => make().length;

/** Runs of punctuation and whitespace put wherever a page's text goes: paragraphs, title, byline, links. */
function hostileArticle(bytes: number): string {
  const runs = [' ', '\n', '-', '/', '.', ',', '—', '"', "'", ' -', '. ', '\t', '(', ':'];
  const paragraphs: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const run = runs[i % runs.length].repeat(20_000);
    const p = `<p>The Labour Party said${run}x</p>\n`;
    paragraphs.push(p);
    total += p.length;
  }
  const slashes = '/'.repeat(6000);
  return (
    `<!doctype html><html lang="en"><head><title>Labour ${' '.repeat(20_000)}x</title>` +
    `<link rel="canonical" href="https://news.example/${slashes}">` +
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"a${' '.repeat(20_000)}",` +
    `"author":{"name":"${'\\n'.repeat(5000)}x"}}${' '.repeat(20_000)}</script></head><body><main><article>` +
    `<h1>British security officials play down cyber attack on Labour</h1>` +
    `<p class="byline">By ${'\n'.repeat(20_000)}Jane</p>${paragraphs.join('')}</article></main></body></html>`
  );
}

/** The attacks of issue 15, at the sizes that measured seconds, and the 5 MB cases. */
export function attacks(): Attack[] {
  const list: Array<Omit<Attack, 'normal'> & { normal?: () => string }> = [
    {
      name: 'JSON-LD block {"a":1} + 80,000 spaces',
      kind: 'page',
      hostile: () =>
        seedWith(20_000, {
          head: `<script type="application/ld+json">{"a":1${' '.repeat(80_000)}}</script>`,
        }),
    },
    {
      name: 'canonical link of 60,000 slashes',
      kind: 'page',
      hostile: () =>
        seedWith(20_000, {
          head: `<link rel="canonical" href="https://news.example/${'/'.repeat(60_000)}x">`,
        }),
    },
    {
      name: '80,000 dashes in one sentence',
      kind: 'page',
      hostile: () => seedWith(20_000, { body: `<p>The Labour Party said ${'-'.repeat(80_000)} x</p>` }),
    },
    {
      name: '20,000 nested <div>s',
      kind: 'page',
      hostile: () => seedWith(20_000, { wrap: ['<div>'.repeat(20_000), '</div>'.repeat(20_000)] }),
    },
    {
      name: 'byline of 60,000 newlines',
      kind: 'page',
      hostile: () =>
        seedWith(20_000, { body: `<p class="byline">By ${'\n'.repeat(60_000)}Jane Smith</p>` }).replace(
          '<meta property="og:type" content="article">',
          `<meta property="og:type" content="article"><meta name="author" content="By ${'\n'.repeat(60_000)}x">`,
        ),
    },
    {
      name: '5 MB article of punctuation runs',
      kind: 'page',
      normalScale: 20,
      hostile: () => hostileArticle(5_000_000),
    },
    {
      name: 'feed with 280,000 "<script" strings',
      kind: 'feed',
      hostile: () => hostileFeed('<script'.repeat(280_000)),
    },
    {
      name: '5 MB hostile feed',
      kind: 'feed',
      hostile: () =>
        hostileFeed(
          ['<script', '<style', ' ', '&amp;', '<', '-', '\n']
            .map((s) => s.repeat(700_000 / s.length))
            .join(''),
        ),
    },
  ];
  return list.map((a) => ({
    ...a,
    normal:
      a.normal ??
      (a.kind === 'feed'
        ? () => normalFeed(size(a.hostile))
        : () => bigNewsPage(size(a.hostile) / (a.normalScale ?? 1))),
  }));
}
