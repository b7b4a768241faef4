/**
 * Promotional, affiliate and disclosure blocks around an article (issue 11 item 6): a travel blog's card offer
 * box, an advertiser disclosure, an editorial disclaimer, a "You might like" carousel. Pages written for this
 * test; the story's own paragraphs stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { removePromotions } from '../../../lib/page/promotions';
import { page } from './fixtures';

const STORY = [
  'The airline said on Tuesday that it would join the alliance at the end of March, three months later than planned.',
  'Members of its loyalty programme will be able to earn and spend points across the partner airlines from that date.',
  'The delay follows a review of the computer systems that the carriers use to share bookings and seat maps.',
  'Executives said the new routes announced last year would start on time, with the first flights in April.',
]
  .map((s) => `<p>${s} ${s}</p>`)
  .join('');

const OFFER = `<section class="card-feature"><div class="header">Harbour Rewards Gold Card</div>
<p><strong>WELCOME OFFER:</strong> 60,000 points</p><p><a class="apply">Apply Now</a></p>
<ul><li>Earn 60,000 bonus points after you spend $3,000 with Quickbite Delivery in the first 3 months.</li>
<li>Annual fee $95, rewards through Harbour Bank.</li></ul></section>`;
const DISCLOSURE =
  '<section class="editorial-disclosure"><p>This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.</p></section>';
const DISCLAIMER =
  '<section class="comments-disclosure"><p>Editorial Disclaimer: Opinions expressed here are the author’s alone, not those of any bank or card issuer.</p></section>';
const CAROUSEL =
  '<section class="related-articles"><span>You might like</span><div><a href="/a">Northern lights season is back in Tromsø</a></div></section>';

const html = `<article><h1>The airline sets a new date to join the alliance</h1>${DISCLOSURE}<div class="article-content">${STORY}</div>${CAROUSEL}${OFFER}${DISCLAIMER}</article>`;

describe('promotional and disclosure blocks', () => {
  it('are removed from the working copy by their markup; the story stays', () => {
    const doc = page(html);
    removePromotions(doc);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('join the alliance at the end of March');
    for (const gone of [
      'Harbour Rewards',
      'We may receive compensation',
      'Editorial Disclaimer',
      'You might like',
    ])
      expect(text).not.toContain(gone);
  });

  it('never reach the article text, and a block holding the story is kept whatever its class', () => {
    const url = 'https://travel.example/news/airline-alliance-date/';
    const article = extractArticle(page(html), url);
    expect(article.text).toContain('three months later than planned');
    for (const gone of ['Harbour Rewards', 'Quickbite', 'compensation', 'Disclaimer', 'You might like'])
      expect(article.text).not.toContain(gone);
    // A site that wraps its whole story in a 'disclaimer' container keeps its story.
    const wrapped = page(
      `<article><h1>The airline sets a new date</h1><div class="disclaimer">${STORY}</div></article>`,
    );
    removePromotions(wrapped);
    expect(wrapped.body.textContent).toContain('three months later than planned');
  });

  it('an affiliate disclosure paragraph and a featured-image credit go even without such markup', () => {
    const plain = `<article><h1>The airline sets a new date to join the alliance</h1><p>This post contains affiliate links; we may earn a commission when you buy through them.</p>${STORY}<p>Featured image by Sam Lens/Travel Example.</p></article>`;
    const article = extractArticle(page(plain), 'https://travel.example/news/airline-alliance-date/');
    expect(article.text).toContain('three months later than planned');
    expect(article.text).not.toContain('affiliate');
    expect(article.text).not.toContain('Featured image');
  });
});
