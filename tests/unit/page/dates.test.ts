import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDates, parseDate } from '../../../lib/page/date-parse';
import { extractArticle } from '../../../lib/page/extract';
import { fixtureDoc, page, PROSE } from './fixtures';

describe('visible date formats', () => {
  it.each([
    ['Update: November, 13/2019 - 14:38', '2019-11-13T14:38'],
    ['13 November 2019', '2019-11-13'],
    ['Nov. 13, 2019 2:38 p.m. ET', '2019-11-13T14:38-05:00'],
    ['July 4, 2019 at 6:01 am EDT', '2019-07-04T06:01-04:00'],
    ['Wednesday 13 November 2019 14.38 GMT', '2019-11-13T14:38+00:00'],
    ['13.11.2019, 14:38 Uhr', '2019-11-13T14:38'],
    ['13. November 2019', '2019-11-13'],
    ['le 13 novembre 2019 à 14h38', '2019-11-13T14:38'],
    ['2019/11/13', '2019-11-13'],
    ['Posted on 13th November, 2019', '2019-11-13'],
    ['13 de noviembre 2019, 12:00 A. M.', '2019-11-13T00:00'],
    ['13 de noviembre 2019, 12:15 P. M.', '2019-11-13T12:15'],
    ['November 13, 2019, 2:38 P. M.', '2019-11-13T14:38'],
  ])('%s → %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('reads ambiguous numeric dates by the page convention, unambiguous ones either way', () => {
    expect(findDates('03/04/2019', true)[0].day).toBe('2019-03-04');
    expect(findDates('03/04/2019', false)[0].day).toBe('2019-04-03');
    expect(findDates('11/13/2019', false)[0].day).toBe('2019-11-13');
  });

  it('rejects impossible dates', () => {
    expect(findDates('31 February 2019')).toEqual([]);
    expect(findDates('2019-13-01')).toEqual([]);
  });

  it('keeps machine times and zones', () => {
    expect(parseDate('2019-11-13T14:38:00.000Z')?.iso).toBe('2019-11-13T14:38:00+00:00');
    expect(parseDate('2021-11-01T10:52:50+0100')?.iso).toBe('2021-11-01T10:52:50+01:00');
    expect(parseDate('20191113')?.day).toBe('2019-11-13');
    expect(parseDate('1573655880')?.day).toBe('2019-11-13');
  });

  it('finds dates in URL paths', () => {
    expect(dateFromUrl('https://x.example/2019/11/13/story-slug')).toBe('2019-11-13');
    expect(dateFromUrl('https://x.example/news/20191113-story')).toBe('2019-11-13');
    expect(dateFromUrl('https://x.example/news/story-12345678')).toBeUndefined();
  });
});

describe('publication and update times of a page', () => {
  it('prefers JSON-LD, keeping the zone, and reads dateModified', () => {
    const a = extractArticle(
      fixtureDoc('jsonld-article.html'),
      'https://www.northerngazette.example/news/council-budget',
    );
    expect(a.publishedAt).toBe('2023-03-14T09:30:00+00:00');
    expect(a.modifiedAt).toBe('2023-03-14T17:05:00+00:00');
  });

  it('reads article:published_time and article:modified_time', () => {
    const a = extractArticle(fixtureDoc('meta-article.html'), 'https://www.rheinbote.example/stadt/haushalt');
    expect(a.publishedAt).toBe('2022-06-02T08:15:00+02:00');
    expect(a.modifiedAt).toBe('2022-06-02T12:40:00+02:00');
  });

  it.each([
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2018-05-06T10:00:00Z">', '2018-05-06'],
    ['sailthru.date', '<meta name="sailthru.date" content="2018-05-06 10:00:00">', '2018-05-06'],
    ['dc.date', '<meta name="DC.date" content="2018-05-06">', '2018-05-06'],
    ['date', '<meta name="date" content="2018-05-06">', '2018-05-06'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2018-05-06">', '2018-05-06'],
  ])('reads the %s meta tag', (_name, head, day) => {
    const a = extractArticle(
      page(`<h1>A headline for the story</h1><p>${PROSE}</p><p>${PROSE}</p>`, head),
      'https://x.example/a/b',
    );
    expect(a.publishedAt?.slice(0, 10)).toBe(day);
  });

  it('takes <time datetime> near the headline over a related-list date', () => {
    const doc = page(
      `<article><h1>A headline for the story</h1><time datetime="2020-02-03T08:00">3 Feb</time><p>${PROSE}</p><p>${PROSE}</p></article>
       <aside class="related"><time datetime="2020-05-01">1 May</time><a href="/x">Another story</a></aside>`,
    );
    expect(extractArticle(doc, 'https://x.example/a/b').publishedAt).toBe('2020-02-03T08:00');
  });

  it('reads "Nov. 13, 2019 2:38 p.m. ET" and ignores header date, related dates and copyright line', () => {
    const a = extractArticle(
      fixtureDoc('us-article.html'),
      'https://www.capitalledger.example/politics/senate-passes-infrastructure-bill',
    );
    expect(a.publishedAt).toBe('2019-11-13T14:38-05:00');
  });

  it('falls back to the date in the URL', () => {
    const a = extractArticle(
      page(`<h1>A headline for the story</h1><p>${PROSE}</p><p>${PROSE}</p>`),
      'https://x.example/2017/08/21/a-story-slug',
    );
    expect(a.publishedAt).toBe('2017-08-21');
  });

  it('gives no date rather than a copyright year or the site header date', () => {
    const doc = page(
      `<header class="site-header"><span>Thursday, January 28 2021</span></header><h1>A headline for the story</h1><p>${PROSE}</p><p>${PROSE}</p><footer>© 2021 Example Media. Last updated 28 January 2021</footer>`,
    );
    expect(extractArticle(doc, 'https://x.example/a/b').publishedAt).toBeUndefined();
  });
});
