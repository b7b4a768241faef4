import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { page, PROSE } from './fixtures';

const published = (body: string, head = '', url = 'https://example.org/story') =>
  extractArticle(page(body, head), url).publishedAt?.slice(0, 10);

describe('publication dates in article regions that look like chrome', () => {
  it('reads a Blogger post: date header and abbr.published inside the "widget Blog" main column', () => {
    const body = `<div class="sidebar"><div class="widget BlogArchive"><h2>Archive</h2><span>March 3, 2020</span></div></div>
      <div class="main section"><div class="widget Blog"><div class="blog-posts hfeed">
        <div class="date-outer"><h2 class="date-header"><span>Friday, December 23, 2016</span></h2>
        <div class="post-outer"><div class="post hentry"><h3 class="post-title">Python 3.6.0 is now available</h3>
        <div class="post-body"><p>${PROSE}</p></div>
        <div class="post-footer">Posted by Ned at <abbr class="published" title="2016-12-23T05:11:00-05:00">5:11 AM</abbr></div>
      </div></div></div></div></div></div>`;
    expect(published(body)).toBe('2016-12-23');
  });

  it('reads <time class="entry-date published"> in the article header, not the sidebar list of recent posts', () => {
    const body = `<header class="site-header"><span>Today: 1 March 2019</span></header>
      <article><header class="entry-header"><h1>Running in winter, a year later</h1>
        <span class="posted-on"><time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar 2019</time>
        <time class="updated" datetime="2019-03-17T10:00:00+01:00">17. März 2019</time></span></header>
        <p>${PROSE}</p></article>
      <aside class="widget-area"><ul><li>Spring runs <span class="post-date">17. März 2019</span></li></ul></aside>`;
    expect(published(body)).toBe('2019-02-10');
  });

  it('keeps a post-meta date inside a layout wrapper whose class merely says it has a sidebar', () => {
    const body = `<div class="mainwrap single-default sidebar"><div class="content"><div class="blogpost">
        <h1>Fall in love with black this autumn</h1>
        <div class="post-meta"><a class="post-meta-time" href="/2017/08/08/">08/08/2017</a></div>
        <p>${PROSE}</p></div></div>
      <div class="sidebar"><div class="widget-date">01/09/2017</div></div></div>`;
    expect(published(body)).toBe('2017-08-08');
  });

  it('reads an <aside> of post data inside the article (date list), but not a site aside', () => {
    const body = `<aside class="site-aside"><p>Updated 5 May 2020</p></aside>
      <article><header><h1>Working with foreign DWG files</h1></header>
      <aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></aside><p>${PROSE}</p></article>`;
    expect(published(body)).toBe('2017-01-12');
  });

  it('reads the meta box an <aside role="complementary"> holds under the intro, over a meta date of another day', () => {
    const body = `<header class="article__header"><h1>Touring boots that also ski downhill well</h1></header>
      <div class="article__intro"><p>A boot for both directions of the mountain.</p></div>
      <aside class="meta" role="complementary"><p class="meta__content"><time datetime="2021-03-09">09.03.2021 - 10:15</time></p>
        <p class="meta__content"><strong>Quelle:</strong> Hersteller</p></aside><p>${PROSE}</p>`;
    const head = '<meta name="date" content="2021-3-16T08:00:00+01:00">';
    expect(published(body, head)).toBe('2021-03-09');
  });

  it('still ignores dates in a complementary sidebar that is no meta box', () => {
    const body = `<h1>Touring boots that also ski downhill well</h1><p>${PROSE}</p>
      <div role="complementary" class="rail"><p>Latest <time datetime="2021-05-02">02.05.2021</time></p></div>`;
    const head = '<meta property="article:published_time" content="2021-03-09T10:15:00+01:00">';
    expect(published(body, head)).toBe('2021-03-09');
  });
});

describe('publication dates kept only in inline scripts', () => {
  it("reads a data layer's first-publication date when the page has no JSON-LD or meta date", () => {
    const body = `<h1>Music stars call for a new streaming model</h1><p>${PROSE}</p>
      <script>var layer = {"last-updated":"2020-01-28 15:49","first-publication":"2020-01-28 15:28"};</script>`;
    expect(published(body)).toBe('2020-01-28');
  });

  it('ignores a script listing many items with their own publish dates', () => {
    const body = `<h1>A reference page about a singer</h1><p>${PROSE}</p>
      <script>window.refs = [{"title":"a","publishDate":"2012-06-24"},{"title":"b","publishDate":"2014-06-01"}];</script>
      <div class="post-meta">Last edited 14 February 2020</div>`;
    expect(published(body)).toBe('2020-02-14');
  });

  it('prefers JSON-LD over a script date', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2021-05-04T10:00:00Z"}</script>`;
    const body = `<h1>A headline long enough</h1><p>${PROSE}</p><script>x = {"publishDate":"2020-01-01"};</script>`;
    expect(published(body, head)).toBe('2021-05-04');
  });
});
