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

  it('reads a date in a layout classed "has-double-sidebar": the class names the sidebars beside it', () => {
    const doc = page(
      `<div class="main-content has-double-sidebar"><div class="left-content"><div class="itc-headline">` +
        `Energy price crisis: relief and rights at a glance</div><h5>By Lena Holt</h5>` +
        `<p>(21 November 2022) ${PROSE}</p><p>${PROSE}</p></div></div>` +
        `<ul class="menu"><li class="menu-item"><a href="/n/1">Heating checks made simple for everyone</a>` +
        `<span>22.11.2022</span></li></ul>`,
    );
    expect(dates(doc).publishedAt?.slice(0, 10)).toBe('2022-11-21');
    const sidebar = page(
      `<div class="main-content"><h1>Energy price crisis: relief and rights at a glance</h1><p>${PROSE}</p></div>` +
        `<div class="double-sidebar"><p>Posted 22 November 2022 about heating</p></div>`,
    );
    expect(dates(sidebar).publishedAt).toBeUndefined();
  });

  it('takes the h1 the title repeats for the headline, in a "teaser" hero, over an overlay h1 before it', () => {
    const doc = page(
      `<div id="IE-overlay"><h1>Dear handball players and fans, welcome</h1><p>Your browser is out of date.</p></div>` +
        `<section class="news"><figure class="teaser"><img src="/a.jpg" alt=""><div class="info">` +
        `<span class="date">02.02.2022</span><span class="category">Women</span></div>` +
        `<h1>Regional training camp called off again</h1></figure><p>${PROSE}</p><p>${PROSE}</p></section>`,
      '<title>Regional training camp called off again | Handball Federation</title>',
      'de',
    );
    expect(dates(doc).publishedAt?.slice(0, 10)).toBe('2022-02-02');
  });
});
