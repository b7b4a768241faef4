/**
 * Published, updated, shown: which of a page's dates is the one its reader is given. A separate published date
 * wins when one exists (printed, or in the metadata beside a line labelled as the update); when the page prints
 * by its headline only the update, unlabelled, or only an update line and no other date, that update is the
 * publication date as the reader sees it (and the modified time too).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { parseHtml } from '../../../lib/page/parse-html';
import { page, PROSE } from './fixtures';

const LD = (published: string, modified: string) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Council approves the new budget after a long debate',
    datePublished: published,
    dateModified: modified,
  })}</script>`;
const STORY = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;
const H1 = '<h1>Council approves the new budget after a long debate</h1>';

describe('the date a reader is given', () => {
  it('is the metadata’s publication when the page labels its only date line as the update', () => {
    const doc = page(
      `<article>${H1}<div class="meta">Updated: 6 January 2020, 09:22</div>${STORY}</article>`,
      LD('2020-01-03T09:48:24+00:00', '2020-01-06T09:22:36+00:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
    expect(a.modifiedAt?.slice(0, 10)).toBe('2020-01-06');
  });

  it('is the update when the page prints only the update day, unlabelled, by the headline', () => {
    const doc = page(
      `<article>${H1}<div class="date">6 January 2020</div>${STORY}</article>`,
      LD('2020-01-03T09:48:24+00:00', '2020-01-06T09:22:36+00:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt).toBe('2020-01-06T09:22:36+00:00');
    expect(a.modifiedAt).toBe('2020-01-06T09:22:36+00:00');
  });

  it('reads the publication day a stamp prints beside the update in its attribute', () => {
    const doc = page(
      `<article>${H1}<time datetime="2024-12-07T12:43:39Z">Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC</time>${STORY}</article>`,
      LD('2024-12-06T22:00:40Z', '2024-12-07T12:43:39Z'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-12-06');
  });

  it('is the update when the printed date is unlabelled but is the metadata’s modified day', () => {
    const doc = page(
      `<article>${H1}<div class="byline">By Ann Writer · March 12, 2020</div>${STORY}</article>`,
      LD('2019-10-15T16:59:59+00:00', '2020-03-12T14:42:17+00:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-03-12');
  });

  it('stays the publication when the page prints both', () => {
    const doc = page(
      `<article>${H1}<div class="meta">Published 3 January 2020 · Updated 6 January 2020</div>${STORY}</article>`,
      LD('2020-01-03T09:48:24+00:00', '2020-01-06T09:22:36+00:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
    expect(a.modifiedAt?.slice(0, 10)).toBe('2020-01-06');
  });

  it('stays the publication when the page prints no date at all', () => {
    const doc = page(
      `<article>${H1}${STORY}</article>`,
      LD('2020-01-03T09:48:24+00:00', '2020-01-06T09:22:36+00:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
  });

  it('is never a later date from a list of dated items', () => {
    const doc = page(
      `<article>${H1}${STORY}<div class="meta">Updated: 6 January 2020</div><div class="meta">Updated: 9 January 2020</div></article>`,
      LD('2020-01-03T09:48:24+00:00', '2020-01-06T09:22:36+00:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
  });

  it('is the update line over the first version’s day in the address when the page prints only the update', () => {
    const doc = page(
      `<article>${H1}<p class="date">Actualizado: 07.05.2022 13:43</p>${STORY}</article>`,
      '',
      'es',
    );
    const a = extractArticle(doc, 'https://www.diario.example/deportes/2022/05/06/partido-en-vivo');
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-05-07');
    expect(a.modifiedAt?.slice(0, 10)).toBe('2022-05-07');
  });

  it('is the day in the address when the page prints a publication line of another day', () => {
    const doc = page(
      `<article>${H1}<p class="date">Publicado: 07.05.2022 01:43</p>${STORY}</article>`,
      '',
      'es',
    );
    const a = extractArticle(doc, 'https://www.diario.example/deportes/2022/05/06/partido-en-vivo');
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-05-06');
  });
});

describe('stamps the reader does not see', () => {
  it('leave the metadata’s day when an empty <time> beside the headline says another', () => {
    const doc = page(
      `<article>${H1}<time itemprop="datePublished" datetime="2020-01-06T14:42:13+01:00"></time>` +
        `<div class="meta">3 January 2020</div>${STORY}</article>`,
      LD('2020-01-03T15:00:00+01:00', '2020-01-03T15:00:00+01:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
  });

  it('still let a printed date of another day overrule the metadata', () => {
    const doc = page(
      `<article>${H1}<time datetime="2020-01-06T14:42:13+01:00">6 January 2020</time>${STORY}</article>`,
      LD('2020-01-03T15:00:00+01:00', '2020-01-03T15:00:00+01:00'),
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-06');
  });

  it.each([
    ['Publié le 3 janvier 2020', 'fr'],
    ['Publicado el 3 de enero de 2020', 'es'],
    ['Pubblicato il 3 gennaio 2020', 'it'],
  ])('give way to the text of a <time> that says "%s"', (line, lang) => {
    const doc = page(
      `<article>${H1}<div class="time"><time datetime="2020-01-09T10:18:46Z">${line}</time></div>${STORY}</article>`,
      '',
      lang,
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
  });

  it('give way to the text of a <time> that says it is the publication', () => {
    const doc = page(
      `<article>${H1}<div class="time"><time datetime="2020-01-09T10:18:46Z">Published on 3 January 2020</time></div>` +
        `${STORY}</article>`,
    );
    const a = extractArticle(doc, 'https://www.gazette.example/news/council-budget');
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
  });
});

describe('the order of day and month a page writes', () => {
  const body = `<h1>Student halls too full to be safe, experts warn</h1><div class="date">10/02/2020</div>${STORY}`;
  it.each([
    ['xml:lang="en-GB"', 'https://news.example.com/news/halls', '2020-02-10'],
    ['lang="en"', 'https://news.example.com/en-gb/news/halls', '2020-02-10'],
    ['lang="en"', 'https://news.example.com/en-us/news/halls', '2020-10-02'],
    ['lang="en-US"', 'https://news.example.com/news/halls', '2020-10-02'],
  ])('<html %s> at %s reads 10/02/2020 as %s', (htmlAttr, url, day) => {
    const doc = parseHtml(
      `<!DOCTYPE html><html ${htmlAttr}><head><title>x</title></head><body>${body}</body></html>`,
      url,
    );
    expect(extractArticle(doc, url).publishedAt).toBe(day);
  });
});
