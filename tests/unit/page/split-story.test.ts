/**
 * A story printed in two blocks far apart in the page (a lead block, advertisements, then the rest in a later
 * section): the lead's paragraphs share the story's paragraph class and come back. Pages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { page } from './fixtures';

const para = (n: number, topic: string) =>
  `<p class="story-text__paragraph">Paragraph ${n}: the council's decision on ${topic} drew criticism from residents who said they had not been consulted, and from two members who voted against the plan at the meeting on Tuesday evening.</p>`;

function splitPage(leadClass: string): string {
  const lead = `<section class="row"><div class="column"><div class="story-text">${[1, 2, 3].map((n) => para(n, 'the bridge').replace('story-text__paragraph', leadClass)).join('')}</div></div></section>`;
  const ad = '<section class="row"><div class="ad"><p>Advertisement</p></div></section>';
  const rest = `<section class="row main"><div class="column"><div class="column"><div class="story-text">${[4, 5, 6, 7, 8, 9, 10, 11].map((n) => para(n, 'the budget')).join('')}</div></div></div></section>`;
  const chrome = `<footer><p class="${leadClass}">Paragraph 99: a footer line that shares the class but sits in the site's footer and says nothing of the story at all.</p></footer>`;
  return `<main><h1>Council approves the bridge plan</h1>${lead}${ad}${rest}</main>${chrome}`;
}

describe('a story split across blocks', () => {
  it('gets its lead back when the lead shares the story paragraphs’ class, in page order', () => {
    const article = extractArticle(
      page(splitPage('story-text__paragraph')),
      'https://news.example/2021/05/04/bridge/',
    );
    const at = (n: number) => article.text.indexOf(`Paragraph ${n}:`);
    expect(at(1)).toBeGreaterThanOrEqual(0);
    expect(at(1)).toBeLessThan(at(2));
    expect(at(3)).toBeLessThan(at(4));
    expect(at(11)).toBeGreaterThan(at(4));
    expect(at(99)).toBe(-1);
  });

  it('leaves out paragraphs of another class', () => {
    const article = extractArticle(page(splitPage('promo-line')), 'https://news.example/2021/05/04/bridge/');
    expect(article.text).toContain('Paragraph 4:');
    expect(article.text).not.toContain('Paragraph 1:');
  });
});
