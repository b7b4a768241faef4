import { describe, expect, it } from 'vitest';
import { articleKey, articleKeys } from '@/lib/related';

describe('one article, many addresses', () => {
  it('treats AMP, mobile, www, tracking parameters, fragments and trailing slashes as the same article', () => {
    const key = articleKey('https://news.example/politics/2019/labour-attack');
    for (const variant of [
      'http://www.news.example/politics/2019/labour-attack/',
      'https://amp.news.example/politics/2019/labour-attack?utm_source=twitter&utm_medium=social',
      'https://m.news.example/politics/2019/labour-attack#comments',
      'https://news.example/politics/2019/labour-attack/amp',
      'https://news.example/amp/politics/2019/labour-attack',
      'https://news-example.cdn.ampproject.org/c/s/news.example/politics/2019/labour-attack/amp',
      'https://news.example/politics/2019/labour-attack?fbclid=abc',
    ]) {
      expect(articleKey(variant), variant).toBe(key);
    }
  });

  it('keeps parameters that choose the article, and different paths apart', () => {
    expect(articleKey('https://news.example/story.php?id=12')).not.toBe(
      articleKey('https://news.example/story.php?id=13'),
    );
    expect(articleKey('https://news.example/a')).not.toBe(articleKey('https://news.example/b'));
    expect(articleKey('https://news.example/a.amp.html')).toBe(articleKey('https://news.example/a.html'));
  });

  it('answers to both the URL and the canonical URL', () => {
    expect(articleKeys({ url: 'https://short.example/x', canonicalUrl: 'https://news.example/a' })).toEqual([
      'short.example/x',
      'news.example/a',
    ]);
    expect(
      articleKeys({ url: 'https://news.example/a', canonicalUrl: 'https://www.news.example/a/' }),
    ).toEqual(['news.example/a']);
  });
});
