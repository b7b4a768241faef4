import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../lib/page/date-parse';
import { asShownOnPage, inCountryZone, inPageZone } from '../../../lib/page/date-zone';
import { findPageDates } from '../../../lib/page/page-dates';
import { readJsonLd } from '../../../lib/page/json-ld';
import { readMetaTags } from '../../../lib/page/meta-tags';
import { findDates } from '../../../lib/page/date-parse';
import { page, PROSE } from './fixtures';

const dates = (doc: Document, url = 'https://example.org/news/story') =>
  findPageDates(doc, url, readJsonLd(doc), readMetaTags(doc));

const meta = (published: string, modified?: string) =>
  `<meta property="article:published_time" content="${published}">` +
  (modified ? `<meta property="article:modified_time" content="${modified}">` : '');

describe('a UTC stamp on the day the page shows', () => {
  it('writes a late-evening UTC stamp in the zone of the date line under the headline', () => {
    const doc = page(
      `<article><h1>Council agrees new budget after long night</h1>` +
        `<p class="dateline">14. November 2019 00:30 Uhr</p><p>${PROSE}</p></article>`,
      meta('2019-11-13T23:30:00Z'),
      'de',
    );
    expect(dates(doc).publishedAt).toBe('2019-11-14T00:30:00+01:00');
  });

  it('takes the zone of a <time> that gives the same instant', () => {
    const doc = page(
      `<article><h1>Police investigate stabbing in Roxbury</h1>` +
        `<time class="pub-date" datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time><p>${PROSE}</p></article>`,
      meta('2023-11-09T02:11:03+00:00'),
    );
    expect(dates(doc).publishedAt).toBe('2023-11-08T21:11:03-05:00');
  });

  it("rewrites JSON-LD's UTC stamp in the zone of a meta tag with the same instant, when the day differs", () => {
    const ld = `<script type="application/ld+json">{"@type":"Article","dateCreated":"2017-02-24T01:18:13Z"}</script>`;
    const doc = page(`<h1>Where the wiki begins</h1><p>${PROSE}</p>`, ld + meta('2017-02-23T17:18:13-08:00'));
    expect(dates(doc).publishedAt).toBe('2017-02-23T17:18:13-08:00');
    expect(inPageZone('2019-01-03T07:00:02+00:00', ['2019-01-03T02:00:02-05:00'])).toBe(
      '2019-01-03T07:00:02+00:00',
    );
  });

  it('keeps a wall-clock time only at an offset a real zone has', () => {
    const shown = findDates('19. Oktober 2019 00:04 Uhr')[0];
    expect(asShownOnPage('2019-10-18T22:04:00+00:00', shown)).toBe('2019-10-19T00:04:00+02:00');
    expect(asShownOnPage('2019-10-18T22:11:00+00:00', shown)).toBeUndefined();
  });
});

describe('the date printed by the headline against hidden metadata', () => {
  it('prefers the visible publication date when the metadata gives another day', () => {
    const doc = page(
      `<article><h1>Caritas elects a new president</h1><div class="date">13.10.2021</div>` +
        `<p>${PROSE}</p></article>`,
      meta('2021-10-15'),
      'de',
    );
    expect(dates(doc).publishedAt).toBe('2021-10-13');
  });

  it('takes the update the metadata names when the page prints it alone, unlabelled, as its date', () => {
    const doc = page(
      `<article><h1>Wild goats take over a Welsh town</h1><div class="date">6 January 2020</div>` +
        `<p>${PROSE}</p></article>`,
      meta('2020-01-03T09:48:24+00:00', '2020-01-06T09:22:36+00:00'),
    );
    expect(dates(doc).publishedAt).toBe('2020-01-06T09:22:36+00:00');
  });

  it('keeps the metadata when the page shows several dates of different days (comments, lists)', () => {
    const doc = page(
      `<article><h1>Leadership styles explained</h1><p>${PROSE}</p>` +
        `<div class="date">12 February 2019</div><div class="date">19 February 2020</div></article>`,
      meta('2017-04-12'),
    );
    expect(dates(doc).publishedAt).toBe('2017-04-12');
  });

  it('reads a stamped element whose own text opens with "Last Updated" as the update', () => {
    const ld =
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-07-10T14:15:42+00:00",` +
      `"publisher":"Tech News"}</script>`;
    const doc = page(
      `<article><h1>Video platform adds new features</h1><div class="meta" datetime="2025-01-07T09:08:22+00:00">` +
        `<em>Last Updated:</em> January 7, 2025</div><p>${PROSE}</p></article>`,
      ld,
    );
    expect(dates(doc)).toMatchObject({
      publishedAt: '2020-07-10T14:15:42+00:00',
      modifiedAt: '2025-01-07T09:08:22+00:00',
    });
  });
});

describe('structured data the page wraps oddly', () => {
  it('reads JSON-LD wrapped in a bare CDATA section', () => {
    const ld = `<script type="application/ld+json"><![CDATA[
      {"@type":"Article","datePublished":"2018-04-05T06:00"}
    ]]></script>`;
    expect(dates(page(`<h1>Tracking without an account</h1><p>${PROSE}</p>`, ld)).publishedAt).toBe(
      '2018-04-05T06:00',
    );
  });

  it('does not read a one-digit URL "day" that opens the slug', () => {
    expect(dateFromUrl('https://blog.example/2023/10/3-questions-for-our-fundraiser/')).toBeUndefined();
    expect(dateFromUrl('https://blog.example/2023/10/3/questions/')).toBe('2023-10-03');
  });

  it('reads a section between year and month, and a last segment that is a European day', () => {
    expect(dateFromUrl('http://www.cnn.com/2010/POLITICS/08/13/democrats.security/index.html')).toBe(
      '2010-08-13',
    );
    expect(dateFromUrl('https://verein.example/media-news/meldungen/29-10-2021')).toBe('2021-10-29');
    // Not a day: a number range in a slug, or an impossible date.
    expect(dateFromUrl('https://shop.example/products/10-12-2021-catalogue')).toBeUndefined();
    expect(dateFromUrl('https://verein.example/meldungen/31-02-2021')).toBeUndefined();
    expect(dateFromUrl('https://news.example/2010/TOP100/13/08/list/')).toBeUndefined();
  });
});

describe('labels and places of a date line', () => {
  it('reads a date in a "teaser" box right above the headline as the kicker of this article', () => {
    const doc = page(
      `<div class="row"><h3 class="teaser-meta">02.01.2022</h3><h1>Land paid out hunting bonus for wild boar</h1>` +
        `<p>${PROSE} Applications are open until 30 April 2022.</p></div>`,
      '',
      'de',
    );
    expect(dates(doc).publishedAt).toBe('2022-01-02');
  });

  it('skips a "Letzte Änderung" line for the "Erschienen am" line after it', () => {
    const doc = page(
      `<div class="review"><h2>Anleitungen der Vorfahren</h2><p>${PROSE}</p></div>` +
        `<div class="rez_end"><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p></div>`,
      '',
      'de',
    );
    expect(dates(doc).publishedAt).toBe('2023-11-01');
  });

  it('takes the time and zone of a metadata stamp that gives the moment the page shows', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-06T18:19+01:00"}</script>`;
    const doc = page(
      `<article><h1>Weapons parts still reach Russia</h1><p class="date">07.11.2023, 07:30 Uhr</p>` +
        `<p>${PROSE}</p></article>`,
      ld + '<meta name="DC.Date" content="2023-11-07T07:30+01:00">',
      'de',
    );
    expect(dates(doc).publishedAt).toBe('2023-11-07T07:30+01:00');
  });

  it('does not take a metadata stamp that is the update time for the publication', () => {
    const doc = page(
      `<article><h1>Wild goats take over a Welsh town</h1><div class="date">Updated 6 January 2020</div>` +
        `<p>${PROSE}</p></article>`,
      '<meta name="date" content="2020-01-06T09:22:36Z">' +
        meta('2020-01-03T09:48:24+00:00', '2020-01-06T09:22:36+00:00'),
    );
    expect(dates(doc).publishedAt).toBe('2020-01-03T09:48:24+00:00');
  });

  it('counts "Erstellt am:" as a publication label, enough to overrule a misread metadata date', () => {
    const paragraphs = Array.from({ length: 29 }, () => `<p>${PROSE}</p>`).join('');
    const doc = page(
      `<div class="story"><h1>Drinking water in Schwarzenmatt contaminated</h1>${paragraphs}` +
        `<p class="info">Erstellt am: 01.11.2023</p></div>`,
      '<meta name="date" content="2023-01-11">',
      'de',
    );
    expect(dates(doc).publishedAt).toBe('2023-11-01');
  });
});

describe('a UTC stamp in the zone of the site country', () => {
  it('writes a UTC stamp of a one-zone country domain in that zone, summer and winter', () => {
    expect(inCountryZone('2022-11-06T23:00:00+00:00', 'https://beige.example.de/a')).toBe(
      '2022-11-07T00:00:00+01:00',
    );
    expect(inCountryZone('2022-07-06T22:30+00:00', 'https://www.zeitung.de/a')).toBe(
      '2022-07-07T00:30+02:00',
    );
    expect(inCountryZone('2022-05-04T00:25:56+00:00', 'https://www.lanacion.com.ar/politica/x')).toBe(
      '2022-05-03T21:25:56-03:00',
    );
  });

  it('leaves stamps with their own offset, generic domains and the UK in winter as they are', () => {
    expect(inCountryZone('2022-05-04T00:25:56+02:00', 'https://www.zeitung.de/a')).toBe(
      '2022-05-04T00:25:56+02:00',
    );
    expect(inCountryZone('2022-05-04T00:25:56+00:00', 'https://news.example.com/a')).toBe(
      '2022-05-04T00:25:56+00:00',
    );
    expect(inCountryZone('2022-01-04T10:25:00+00:00', 'https://www.bbc.co.uk/news/x')).toBe(
      '2022-01-04T10:25:00+00:00',
    );
    expect(inCountryZone('2022-05-04', 'https://www.zeitung.de/a')).toBe('2022-05-04');
  });
});
