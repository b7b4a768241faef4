/**
 * Headlines printed apart from the SEO title: an h2 whose markup sets a kicker apart when the page's only h1
 * is a breadcrumb item, the post title a CMS prints as `h1.entry-title`, and kicker classes in the h1.
 */
import { describe, expect, it } from 'vitest';
import { articleHeading, isHeadlineHeading } from '../../../lib/page/article-heading';
import { extractArticle } from '../../../lib/page/extract';
import { page, PROSE } from './fixtures';

const url = 'https://magazine.example/wissen/story/42';

/** A page whose h1 is the last item of its breadcrumb trail and whose header prints an h2. */
const breadcrumbPage = (h2: string, title: string) =>
  page(
    `<nav><ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>${title}</h1></li></ol></nav>
     <article><header>${h2}</header><p>${PROSE}</p><p>${PROSE}</p></article>`,
    `<title>${title} - Magazine</title><meta property="og:title" content="${title}">`,
  );

describe('the h2 headline with its kicker apart, under a breadcrumb h1', () => {
  it('drops the kicker the title puts before a colon', () => {
    const doc = breadcrumbPage(
      '<h2><span class="content__kicker">Tides</span><span class="sr-only">: </span><span class="content__title">Why the harbour floods twice a year</span></h2>',
      'Tides: Why the harbour floods twice a year',
    );
    expect(extractArticle(doc, url).title).toBe('Why the harbour floods twice a year');
  });

  it('keeps the title when the h2 prints it whole or says something else', () => {
    const whole = breadcrumbPage(
      '<h2 class="article-headline">Tides: Why the harbour floods twice a year</h2>',
      'Tides: Why the harbour floods twice a year',
    );
    expect(extractArticle(whole, url).title).toBe('Tides: Why the harbour floods twice a year');
    // An h2 that equals neither the title's tail nor the title: the og/document title stands.
    const other = breadcrumbPage(
      '<h2 class="article-headline">The harbour master answers your questions</h2>',
      'Tides: Why the harbour floods twice a year',
    );
    expect(extractArticle(other, url).title).toBe('Tides: Why the harbour floods twice a year');
  });

  it('reads only h2s that say they hold a headline, and only a short kicker before a colon', () => {
    const plain = page('<h2>Why the harbour floods</h2>');
    const marked = page('<h2><span class="story-title">Why the harbour floods</span></h2>');
    expect(isHeadlineHeading(plain.getElementsByTagName('h2')[0])).toBe(false);
    expect(isHeadlineHeading(marked.getElementsByTagName('h2')[0])).toBe(true);
    expect(articleHeading(['Why the harbour floods'], 'Tides: Why the harbour floods')).toBe(
      'Why the harbour floods',
    );
    // "Tides - " is no kicker-and-colon; two words are no headline.
    expect(articleHeading(['Why the harbour floods'], 'Tides - Why the harbour floods')).toBeUndefined();
    expect(articleHeading(['Harbour floods'], 'Tides: Harbour floods')).toBeUndefined();
  });
});

describe("the CMS's post title", () => {
  const post = (h1: string, more = '') =>
    page(
      `<article class="post"><h1 class="entry-title">${h1}</h1><div class="entry-content"><p>${PROSE}</p><p>${PROSE}</p></div></article>${more}`,
      '<title>The 10 best garden hoses of 2024 - Comparison</title><meta property="og:title" content="The 10 best garden hoses of 2024 - Comparison">',
    );

  it('is the headline when the SEO title words it otherwise', () => {
    expect(extractArticle(post('Buying guide: a garden hose that does not kink'), url).title).toBe(
      'Buying guide: a garden hose that does not kink',
    );
  });

  it('is not taken on a listing of post titles, or when too short to be a headline', () => {
    const listing = post(
      'Buying guide: a garden hose that does not kink',
      '<article><h2 class="entry-title"><a href="/b">Watering cans compared side by side</a></h2></article>',
    );
    expect(extractArticle(listing, url).title).toBe('The 10 best garden hoses of 2024 - Comparison');
    expect(extractArticle(post('Hoses'), url).title).toBe('The 10 best garden hoses of 2024 - Comparison');
  });

  it('leaves out a top title the h1 marks apart', () => {
    const doc = post(
      '<span class="entry-title__toptitle">Buying guide</span> A garden hose that does not kink',
    );
    expect(extractArticle(doc, url).title).toBe('A garden hose that does not kink');
  });
});
