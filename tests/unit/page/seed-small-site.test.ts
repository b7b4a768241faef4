/**
 * The seed article as a small site shows it (tests/fixtures/pages/seed-small-site/source.html): no meta tags or
 * JSON-LD, no telling class names, the site header's "Thursday, January 28 2021", the only date line
 * "Update: November, 13/2019 - 14:38" in a <span>, and a column of 2021 headlines with their dates.
 * Read end to end as the CLI reads a file (an address that says nothing) and as a browser reads a page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/contract/types';
import { detectNews } from '@/lib/page/detect';
import { extractArticle } from '@/lib/page/extract';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';
import { fixtureDoc, fixtureHtml } from './fixtures';

const ADDRESSES = ['file:///input.html', 'https://courier.example/index.php?p=4821'];

describe.each(ADDRESSES)('the seed article on a small site, read at %s', (url) => {
  const doc = fixtureDoc('seed-small-site.html', url);
  const article = extractArticle(doc, url);
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = (await nodeAnalyzer()).analyze(article);
  });

  it('has no metadata to lean on (the fixture is what the issue describes)', () => {
    const html = fixtureHtml('seed-small-site.html');
    expect(html).not.toMatch(/<meta (?:property|name)=|ld\+json|<article|<time/);
    expect(html).toContain('<span>Thursday, January 28 2021</span>');
    expect(html).toContain('<span class="small">Update: November, 13/2019 - 14:38</span>');
  });

  it('is a news article: headline, a date line under it, a dateline and an agency credit', () => {
    const verdict = detectNews(doc, url);
    expect(verdict.isNews).toBe(true);
    expect(verdict.reasons).toEqual(
      expect.arrayContaining([
        'a date line under the headline',
        'opens with a dateline',
        "a news agency's credit",
      ]),
    );
    expect(analysis.article.isNews).toBe(true);
  });

  it('is published at the update line as the reader sees it, never at the header or sidebar dates', () => {
    expect(analysis.article.publishedAt).toBe('2019-11-13T14:38');
    expect(analysis.article.modifiedAt).toBe('2019-11-13T14:38');
  });

  it('puts Monday, Tuesday and the December 12 election on the article clock', () => {
    const on = (surface: string) => analysis.timeline.filter((e) => e.text === surface).map((e) => e.date);
    expect(on('on Monday')).toEqual(['2019-11-11']);
    expect(on('on Tuesday')).toEqual(['2019-11-12']);
    expect(on('the December 12 election')).toEqual(['2019-12-12']);
    expect(analysis.timeline.filter((e) => e.date.startsWith('2021'))).toEqual([]);
  });

  it('keeps the headline, the credit and the story, without the 2021 column', () => {
    expect(analysis.article.title).toBe('British security officials play down cyber attack on Labour');
    expect(analysis.article.byline).toBe('AFP');
    expect(analysis.article.text.startsWith('LONDON — British security officials')).toBe(true);
    expect(analysis.article.text).not.toMatch(/2021|Storm Christoph|Send Us Your Comments/);
  });
});
