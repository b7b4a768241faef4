import { describe, expect, it } from 'vitest';
import { detectNews, quickNewsGate } from '../../../lib/page/detect';
import { fixtureDoc, page, PROSE } from './fixtures';

describe('news detection', () => {
  it('recognises JSON-LD NewsArticle and og:type=article pages', () => {
    const ld = detectNews(
      fixtureDoc('jsonld-article.html'),
      'https://x.example/news/council-approves-transport-budget',
    );
    expect(ld.isNews).toBe(true);
    expect(ld.reasons).toContain('JSON-LD says NewsArticle');
    const og = detectNews(fixtureDoc('meta-article.html'), 'https://x.example/stadt/haushalt');
    expect(og.isNews).toBe(true);
    expect(og.reasons).toContain('og:type=article');
  });

  it('recognises an article with only prose, byline and dateline', () => {
    expect(
      detectNews(
        fixtureDoc('us-article.html'),
        'https://x.example/politics/senate-passes-infrastructure-bill',
      ).isNews,
    ).toBe(true);
  });

  it('rejects a section front full of headline links', () => {
    const v = detectNews(fixtureDoc('section-front.html'), 'https://x.example/world/');
    expect(v.isNews).toBe(false);
    expect(v.newsScore).toBeLessThan(0.3);
  });

  it('rejects a video page', () => {
    const doc = page(
      `<h1>Watch: floods hit the coast</h1><video src="/v.mp4"></video><p>Short clip.</p>`,
      `<meta property="og:type" content="video.other"><script type="application/ld+json">{"@type":"VideoObject","name":"Floods"}</script>`,
    );
    expect(detectNews(doc, 'https://x.example/video/floods-hit-the-coast').isNews).toBe(false);
  });

  it('the gate passes article signals and stops a bare home page', () => {
    expect(quickNewsGate(fixtureDoc('meta-article.html'), 'https://x.example/stadt')).toBe(true);
    expect(quickNewsGate(page(`<p>${PROSE}</p>`.repeat(5)), 'https://x.example/content/view')).toBe(true);
    expect(quickNewsGate(page('<nav><a href="/a">A</a></nav><h1>Welcome</h1>'), 'https://x.example/')).toBe(
      false,
    );
  });

  it('scores between 0 and 1 and explains itself', () => {
    const v = detectNews(
      fixtureDoc('seed-article.html'),
      'https://x.example/world/british-security-officials-play-down-cyber-attack',
    );
    expect(v.newsScore).toBeGreaterThan(0.5);
    expect(v.newsScore).toBeLessThanOrEqual(1);
    expect(v.reasons.length).toBeGreaterThan(0);
  });
});
