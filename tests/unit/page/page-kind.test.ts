/**
 * Article-shaped pages that are not news: each kind is written here as a blog, a recipe site, a wiki, a
 * company, a story archive or a list site would print it, with every news signal such sites carry
 * (og:type=article, BlogPosting, a byline and a date under the headline), and must not read as news. The
 * same pages without the kind's mark stay news, so each test fails if the kind rule stops working.
 */
import { describe, expect, it } from 'vitest';
import { detectNews } from '../../../lib/page/detect';
import { fixtureDoc, page } from './fixtures';

/** A paragraph of blog prose, long enough to count. */
const P = (topic: string) =>
  `<p>Last spring I spent a few weeks working through ${topic}, and what surprised me most was how much of the effort went into small decisions that nobody writes about, the kind you only notice after you have made them a dozen times and started to see the pattern behind them.</p>`;

/** What a blog's article page carries besides its body: og:type, BlogPosting, a byline, a date line. */
const HEAD =
  '<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-04T09:00:00Z"><script type="application/ld+json">{"@type":"BlogPosting","headline":"x","datePublished":"2021-03-04"}</script>';
const dated = (h1: string, body: string) =>
  `<article><h1>${h1}</h1><p class="byline">By Sam Writer</p><p>March 4, 2021</p>${body}</article>`;

const URL = 'https://blog.example/2021/03/04/notes-from-a-long-spring-of-work/';

function verdict(body: string, head = HEAD, url = URL) {
  return detectNews(page(body, head), url);
}

describe('pages that look like articles but are not news', () => {
  const prose = [P('the build'), P('the tests'), P('the release'), P('the docs'), P('the rewrite')].join('');

  it('the blog post itself, without any kind, is read as an article (the control)', () => {
    expect(verdict(dated('Notes from a long spring of work', prose)).isNews).toBe(true);
  });

  it('a tutorial with code listings is not news', () => {
    const listing = `<pre><code>const total = items.reduce((sum, item) =&gt; sum + item.price, 0);
if (total &gt; limit) { throw new Error("over budget"); }</code></pre>`;
    const v = verdict(
      dated(
        'How to sum prices in a reducer',
        `${P('reducers')}${listing}${P('errors')}${listing}${P('limits')}${listing}`,
      ),
    );
    expect(v.isNews).toBe(false);
    expect(v.reasons[0]).toMatch(/code on the page/);
  });

  it('documentation with many inline identifiers is not news', () => {
    const para = `<p>Call <code>open()</code> with <code>mode</code> set to <code>"r"</code>, then read with <code>read()</code> and close it with <code>close()</code>; the <code>with</code> statement does this for you.</p>`;
    expect(verdict(dated('Reading files', `${prose}${para}${para}`)).isNews).toBe(false);
  });

  it('an address set in <pre> is not code, and a news story keeps it', () => {
    const address = '<pre>Harbour Trust\nPier Road 7\nKingsport</pre>';
    expect(verdict(dated('Notes from a long spring of work', `${prose}${address}`)).isNews).toBe(true);
  });

  it('a personal post with a little code in first-person prose is not news; a report without code is', () => {
    const mine = (topic: string) =>
      `<p>For years I kept my shell setup in one file, and ${topic} was the part I changed most; my own habit is to try a tool for a week before I decide whether it stays in my config or goes.</p>`;
    const body = `${mine('the prompt')}<pre><code>export CDPATH=".:~:~/src"</code></pre>${mine('the jump list')}<p>I use <code>cd</code> with <code>~/src</code> and <code>~/notes</code> every day.</p>${mine('the history')}`;
    const v = detectNews(page(`<h1>Jumping between folders</h1>${body}`), URL);
    expect(v.isNews).toBe(false);
    expect(v.reasons[0]).toMatch(/personal technical post/);
    // The same first-person prose without code: the rule says nothing.
    const plain = detectNews(
      page(
        `<h1>Jumping between folders</h1>${mine('the prompt')}${mine('the jump list')}${mine('the history')}`,
      ),
      URL,
    );
    expect(plain.reasons.join(' ')).not.toMatch(/personal technical post/);
  });

  it('a recipe is not news, by schema.org Recipe or a recipe card', () => {
    const ld =
      '<script type="application/ld+json">{"@graph":[{"@type":"BlogPosting"},{"@type":"Recipe","name":"Rye bread"}]}</script>';
    expect(verdict(dated('Rye bread for beginners', prose), HEAD + ld).isNews).toBe(false);
    const card =
      '<div class="wprm-recipe-container"><h3>Ingredients</h3><ul><li>500 g rye flour</li></ul></div>';
    expect(verdict(dated('Rye bread for beginners', prose + card)).isNews).toBe(false);
  });

  it('a wiki page is not news, but Wikinews is', () => {
    const head = '<meta name="generator" content="MediaWiki 1.39.0">';
    const body = `<h1>Harbour festival</h1><div class="mw-parser-output">${prose}</div>`;
    expect(verdict(body, head, 'https://town.example/wiki/Harbour_festival').isNews).toBe(false);
    const news = `<h1>Harbour festival draws record crowds in Kingsport</h1><p>Friday, June 4, 2021</p><div class="mw-parser-output">${prose}</div>`;
    expect(
      verdict(news, head, 'https://en.wikinews.org/wiki/Harbour_festival_draws_record_crowds_in_Kingsport')
        .isNews,
    ).toBe(true);
  });

  it("a company's about page is not news, by its address or its headline", () => {
    expect(verdict(dated('Our company', prose), HEAD, 'https://firm.example/about-us/').isNews).toBe(false);
    expect(verdict(dated('Who we are', prose), HEAD, 'https://firm.example/p/4821').isNews).toBe(false);
  });

  it('a chapter of fiction is not news: by its heading, or by chapter navigation', () => {
    expect(verdict(dated('Chapter 12: The Lighthouse', prose)).isNews).toBe(false);
    const nav = '<nav><a href="/11">Previous chapter</a></nav>';
    const next = '<p><a href="/13">Next Chapter</a></p>';
    expect(verdict(dated('The Lighthouse', `${nav}${prose}${next}`)).isNews).toBe(false);
  });

  it('a headline about a Chapter 11 filing is news', () => {
    expect(verdict(dated('Retailer files for Chapter 11 protection', prose)).isNews).toBe(true);
  });

  it('a numbered listicle under a counting headline is not news', () => {
    const items = [1, 2, 3, 4, 5, 6]
      .map((n) => `<h2>${n}. A shelf above the door</h2>${P('shelves')}`)
      .join('');
    const v = verdict(dated('12 clever storage ideas for a tiny flat', items));
    expect(v.isNews).toBe(false);
    expect(v.reasons[0]).toMatch(/numbered list/);
  });

  it('numbered headings that do not count in sequence are not a listicle', () => {
    const sections = [2019, 2020, 2021, 1990, 1995]
      .map((n) => `<h2>${n}: the year of the flood</h2>${P('records')}`)
      .join('');
    expect(verdict(dated('Five decades of floods on the river', sections)).isNews).toBe(true);
  });

  it('a slideshow page is not news; a gallery under a long story is', () => {
    const controls =
      '<div><button>Previous slide</button><span>Slide 3 of 20</span><button>Next slide</button></div>';
    const slide = `<h1>The funniest signs we saw this year</h1><p>March 4, 2021</p>${controls}<img src="s3.jpg"><p>Third: a sign that says the sign is broken, which is funny enough.</p>`;
    expect(verdict(slide).isNews).toBe(false);
    expect(verdict(dated('Notes from a long spring of work', prose + controls)).isNews).toBe(true);
  });

  it('a page whose address names the slide is a slideshow, whatever its markup', () => {
    const slide = dated('The 40 best riddles for a rainy day', `${P('riddles')}${P('jokes')}${P('puns')}`);
    expect(verdict(slide, HEAD, 'https://fun.example/best-riddles/slide/2').isNews).toBe(false);
    expect(verdict(slide, HEAD, 'https://fun.example/best-riddles?slide=2').isNews).toBe(false);
    expect(verdict(slide, HEAD, 'https://fun.example/2021/03/04/best-riddles-slide-rule/').isNews).toBe(true);
  });

  it('a slide address over many slides of short captions is not news, even with NewsArticle, byline and date', () => {
    const newsHead =
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-04T09:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2021-03-04"}</script>';
    const riddle = (n: number) =>
      `<p><b>${n}. Why did the lamp go to school?</b></p><p>To get a little brighter, said a reader.</p>`;
    const slides = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="gallery_slide"><img src="s${i}.jpg">${[1, 2, 3, 4, 5, 6].map((k) => riddle(i * 6 + k)).join('')}</div>`,
    ).join('');
    const body = dated('The 72 best riddles for a rainy day', slides);
    const v = verdict(body, newsHead, 'https://fun.example/best-riddles/slide/1');
    expect(v.isNews).toBe(false);
    expect(v.reasons[0]).toMatch(/slideshow/);
    // The same markup at an article's address is not read as a slideshow by this rule.
    expect(
      verdict(body, newsHead, 'https://fun.example/2021/03/04/best-riddles/').reasons.join(' '),
    ).not.toMatch(/slideshow/);
  });

  it('a news report at a slide address that holds a long story keeps only the weaker slideshow sign', () => {
    const newsHead =
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-04T09:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2021-03-04"}</script>';
    const v = verdict(
      dated('Floods close the harbour road', prose + P('the floods')),
      newsHead,
      'https://news.example/floods/slide/2',
    );
    expect(v.reasons.join(' ')).toMatch(/a slideshow \(its address names the slide\)/);
    expect(v.isNews).toBe(true);
  });

  it('a scholarly paper is not news', () => {
    const head = `${HEAD}<meta name="citation_journal_title" content="Journal of Harbour Studies"><meta name="citation_doi" content="10.1234/jhs.2021.7">`;
    expect(verdict(dated('Sediment transport in small harbours', prose), head).isNews).toBe(false);
  });
});

describe('news without metadata stays news', () => {
  it('the seed article as a small site shows it', () => {
    const url = 'file:///input.html';
    expect(detectNews(fixtureDoc('seed-small-site.html', url), url).isNews).toBe(true);
  });
});
