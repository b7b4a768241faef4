import { describe, expect, it } from 'vitest';
import { detectNews, quickNewsGate } from '../../../lib/page/detect';
import { extractArticle } from '../../../lib/page/extract';
import { fixtureDoc, fixtureHtml } from './fixtures';

const URL =
  'https://www.dailycourier.example/world/british-security-officials-play-down-cyber-attack-on-labour';

describe('the seed article page', () => {
  const doc = fixtureDoc('seed-article.html', URL);
  const article = extractArticle(doc, URL);

  it('is detected as news by the gate and the full check', () => {
    expect(quickNewsGate(doc, URL)).toBe(true);
    expect(detectNews(doc, URL).isNews).toBe(true);
    expect(article.isNews).toBe(true);
  });

  it("dates the article by its own 'Update' line, not the site header's today", () => {
    expect(article.publishedAt).toBe('2019-11-13T14:38');
    expect(article.publishedAt).not.toContain('2021');
  });

  it('takes the headline without the site name, the AFP credit and the language', () => {
    expect(article.title).toBe('British security officials play down cyber attack on Labour');
    expect(article.byline).toBe('AFP');
    expect(article.language).toBe('en');
  });

  it('keeps the story and drops header, share bar, tags, comment box and related list', () => {
    expect(article.text.startsWith('LONDON — British security officials said on Tuesday')).toBe(true);
    expect(article.text.endsWith('low-level hacking.— AFP')).toBe(true);
    for (const junk of [
      'Thursday, January 28 2021',
      'Share on Facebook',
      'Tags:',
      'Send Us Your Comments',
      'See also',
      'EU leaders meet',
      'All rights reserved',
      'Update: November',
    ]) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('gives paragraph spans into the text, joined by blank lines', () => {
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(20);
    const rebuilt = article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n\n');
    expect(rebuilt).toBe(article.text);
    expect(article.text.slice(article.paragraphs[0].start, article.paragraphs[0].end)).toMatch(
      /^LONDON — .*had failed\.$/,
    );
  });

  it('carries quote hints with offsets into the text', () => {
    const quote = article.hints?.quotes?.[0];
    expect(quote && article.text.slice(quote.start, quote.end)).toMatch(
      /^"Because a cyber attack .* very worried about\."$/,
    );
  });

  it('leaves the live document untouched', () => {
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, URL);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(fixtureHtml('seed-article.html')).toContain('Thursday, January 28 2021');
  });
});
