/**
 * A story inside a wrapper whose class Readability reads as site chrome ("above-footer", "header-wrap"):
 * Readability drops the wrapper and keeps a short box elsewhere (an advertiser disclosure). The extraction
 * must notice it kept much less than the page's story block and read the story. Page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { page } from './fixtures';

const STORY = [
  'The airline said on Tuesday that it would join the alliance in March, a year later than planned, after the pandemic cut its schedule by half and delayed the work of linking its booking systems.',
  'Members of its loyalty programme will earn and spend miles on the partner carriers from the first day, the company said, and travellers will be able to book connecting flights on one ticket.',
  'Analysts said the move would help the carrier compete for business travellers on the West Coast, where its rivals already offer a wider network of international routes through their partners.',
  'The chief executive told reporters that the delay had not changed the plan, and that the airline still expected to add new routes to Asia once demand returned to the levels seen before the crisis.',
  'The alliance said it welcomed the decision and that the date had been agreed with every member after a review of the technical work still to be done before the carrier could be fully integrated.',
  'Passengers who already hold tickets for travel after March will not need to do anything, the airline said, because their bookings will be moved to the new system automatically over the coming weeks.',
  'The carrier flies to more than a hundred destinations and carried about forty million passengers last year, most of them on domestic routes between cities on the Pacific coast and in the mountain states.',
  'Its shares rose by two percent in early trading after the announcement, while those of its main competitor fell slightly as investors weighed what the new partnership would mean for fares on busy routes.',
];

describe('a story in a wrapper named like site chrome', () => {
  it('is read, not the disclosure box that Readability keeps', () => {
    const doc = page(`
      <div class="disclosure"><h3>Advertiser Disclosure</h3>
        <p>Many of the offers that appear on this site are from companies from which this site receives compensation, which may affect how and where products appear, including the order in which they appear on a page. This site does not include all companies or offers.</p>
        <p>Editorial note: opinions expressed here are the author's alone and have not been reviewed or approved by any of the companies mentioned in this article.</p>
        <p>Please see our advertising policy page for more information about how we are paid, which partners we work with, and how we decide which offers to show to readers in each part of the site.</p></div>
      <div class="above-footer"><div class="post-body"><h1>Airline sets a new date to join the alliance</h1>
        ${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div>`);
    const article = extractArticle(doc, 'https://travel.example/news/airline-sets-new-date/');
    expect(article.text).toContain('join the alliance in March');
    expect(article.text).toContain('fares on busy routes');
  });
});
