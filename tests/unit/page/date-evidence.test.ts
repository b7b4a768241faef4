import { describe, expect, it } from 'vitest';
import { findPageDates } from '../../../lib/page/page-dates';
import { page, PROSE } from './fixtures';

const dates = (doc: Document) => findPageDates(doc, 'https://example.org/news/story', [], new Map());

describe('publication date evidence in site-chrome-looking boxes', () => {
  it('trusts the one microdata datePublished even inside a box classed "footer"', () => {
    const doc = page(
      `<nav><a href="/">Home</a></nav><div class="article"><h3 itemprop="headline">Repair café opens on Friday</h3>` +
        `<div class="footer"><time itemprop="datePublished" datetime="2020-01-27">27.01.2020</time></div>` +
        `<p>${PROSE}</p></div>`,
    );
    expect(dates(doc).publishedAt?.slice(0, 10)).toBe('2020-01-27');
  });

  it('ignores microdata datePublished in a footer when the page lists several (a list, not one article)', () => {
    const doc = page(
      `<div class="article"><h1>Repair café opens on Friday</h1><p>${PROSE}</p></div>` +
        `<div class="footer"><time itemprop="datePublished" datetime="2020-01-27">27.01.2020</time>` +
        `<time itemprop="datePublished" datetime="2020-02-03">03.02.2020</time></div>`,
    );
    expect(dates(doc).publishedAt?.slice(0, 10)).not.toBe('2020-01-27');
  });

  it('reads RDFa schema:dateCreated content', () => {
    const doc = page(
      `<article><h1>LVMH reports solid growth</h1><footer class="node__meta">` +
        `<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span></footer><p>${PROSE}</p></article>`,
    );
    expect(dates(doc).publishedAt?.slice(0, 10)).toBe('2022-01-28');
  });

  it("keeps a date in an <article>'s own side column but not in the site sidebar", () => {
    const own = page(
      `<article><h1>Burgenland best of Ruster Ausbruch</h1><div class="sidebar"><div class="sidebar__item">` +
        `<p class="time"><time datetime="2022-01-28">28.01.2022</time></p></div></div><p>${PROSE}</p></article>`,
    );
    expect(dates(own).publishedAt?.slice(0, 10)).toBe('2022-01-28');
    const site = page(
      `<main><h1>Burgenland best of Ruster Ausbruch</h1><p>${PROSE}</p></main><div class="sidebar">` +
        `<p class="time"><time datetime="2022-01-28">28.01.2022</time></p></div>`,
    );
    expect(dates(site).publishedAt).toBeUndefined();
  });

  it('finds the headline in an <h3> matching the page title when there is no <h1>', () => {
    const doc = page(
      `<div class="wrapper"><div class="sidebar_content"><div class="post_wrapper">` +
        `<h3>Elephant poacher arrested and sentenced</h3><div class="post_detail">27 Sep 2016</div>` +
        `<p>${PROSE}</p></div></div></div>`,
      '<title>Elephant poacher arrested and sentenced ‹ Wildlife news</title>',
    );
    expect(dates(doc).publishedAt?.slice(0, 10)).toBe('2016-09-27');
  });
});
