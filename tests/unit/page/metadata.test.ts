import { describe, expect, it } from 'vitest';
import { agencyCredit } from '../../../lib/page/wire-credit';
import { extractArticle } from '../../../lib/page/extract';
import { stripSiteName } from '../../../lib/page/title';
import { fixtureDoc, page, PROSE } from './fixtures';

const body = (extra = '') =>
  `<h1>Farmers get drought aid package</h1>${extra}<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;

describe('title', () => {
  it('drops a trailing or leading site name, keeps dashes that belong to the headline', () => {
    expect(
      stripSiteName('Stadtrat beschließt Haushalt | Rheinbote', ['Rheinbote'], 'https://rheinbote.example/a'),
    ).toBe('Stadtrat beschließt Haushalt');
    expect(stripSiteName('BBC News - Farmers get drought aid', [], 'https://www.bbc.co.uk/news/1')).toBe(
      'Farmers get drought aid',
    );
    expect(
      stripSiteName('Farmers get aid – The Guardian', ['The Guardian'], 'https://www.theguardian.com/x'),
    ).toBe('Farmers get aid');
    expect(
      stripSiteName('Drought - what farmers need to know', ['Gazette'], 'https://gazette.example/a'),
    ).toBe('Drought - what farmers need to know');
  });

  it('uses the JSON-LD headline page and strips the site from <title>', () => {
    expect(
      extractArticle(fixtureDoc('jsonld-article.html'), 'https://www.northerngazette.example/news/x').title,
    ).toBe('Council approves transport budget');
  });
});

describe('publisher', () => {
  it('comes from og:site_name, then JSON-LD publisher, then the known outlet of the domain', () => {
    expect(extractArticle(fixtureDoc('meta-article.html'), 'https://www.rheinbote.example/a').publisher).toBe(
      'Rheinbote',
    );
    expect(
      extractArticle(fixtureDoc('jsonld-article.html'), 'https://www.northerngazette.example/a').publisher,
    ).toBe('Northern Gazette');
    expect(
      extractArticle(page(body()), 'https://www.theguardian.com/world/2019/nov/13/story').publisher,
    ).toBe('The Guardian');
  });
});

describe('byline', () => {
  it('reads JSON-LD authors', () => {
    expect(extractArticle(fixtureDoc('jsonld-article.html'), 'https://x.example/a').byline).toBe(
      'Priya Shah, Tom Berry',
    );
  });
  it('reads meta author', () => {
    expect(extractArticle(fixtureDoc('meta-article.html'), 'https://x.example/a').byline).toBe('Anna Keller');
  });
  it('reads rel=author inside a "By" line', () => {
    expect(extractArticle(fixtureDoc('us-article.html'), 'https://x.example/a').byline).toBe('Jane Doe');
  });
  it('reads a plain "By …" line', () => {
    expect(extractArticle(page(body('<p>By Maria Lopez</p>')), 'https://x.example/a').byline).toBe(
      'Maria Lopez',
    );
  });
  it('falls back to an agency credit in the text', () => {
    expect(agencyCredit('… the incident involved low-level hacking.— AFP')).toBe('AFP');
    expect(agencyCredit('… said on Tuesday. (Reuters)')).toBe('Reuters');
    expect(agencyCredit('PARIS (AFP) — French farmers said')).toBe('AFP');
    expect(agencyCredit('A story with no credit at all.')).toBeUndefined();
  });
});

describe('language', () => {
  it('is the primary tag of html lang', () => {
    expect(extractArticle(fixtureDoc('meta-article.html'), 'https://x.example/a').language).toBe('de');
    expect(extractArticle(fixtureDoc('jsonld-article.html'), 'https://x.example/a').language).toBe('en');
  });
});

describe('canonical address', () => {
  it('is the absolute <link rel=canonical>, when it names another address than the page', () => {
    const doc = page(body(), '<link rel="canonical" href="/politics/2019/11/13/labour-cyber-attack">');
    expect(extractArticle(doc, 'https://news.example.org/amp/story?id=1').canonicalUrl).toBe(
      'https://news.example.org/politics/2019/11/13/labour-cyber-attack',
    );
    const self = page(body(), '<link rel="canonical" href="https://news.example.org/story">');
    expect(extractArticle(self, 'https://news.example.org/story').canonicalUrl).toBeUndefined();
    const hostile = page(body(), '<link rel="canonical" href="javascript:alert(1)">');
    expect(extractArticle(hostile, 'https://news.example.org/story').canonicalUrl).toBeUndefined();
  });
  it('is accepted only on the page’s own site: another site’s address would key that site’s history entry', () => {
    const sameSite = page(body(), '<link rel="canonical" href="https://www.example.co.uk/news/story">');
    expect(extractArticle(sameSite, 'https://m.example.co.uk/story?amp=1').canonicalUrl).toBe(
      'https://www.example.co.uk/news/story',
    );
    const otherSite = page(body(), '<link rel="canonical" href="https://victim.example.com/news/story">');
    expect(extractArticle(otherSite, 'https://attacker.example.org/story').canonicalUrl).toBeUndefined();
    const otherUk = page(body(), '<link rel="canonical" href="https://victim.co.uk/news/story">');
    expect(extractArticle(otherUk, 'https://attacker.co.uk/story').canonicalUrl).toBeUndefined();
    const huge = page(body(), `<link rel="canonical" href="https://news.example.org/${'a'.repeat(9000)}">`);
    expect(extractArticle(huge, 'https://news.example.org/story').canonicalUrl).toBeUndefined();
  });
});

describe('body clean-up', () => {
  it('drops captions, newsletter boxes and "Read more" lines', () => {
    const a = extractArticle(fixtureDoc('jsonld-article.html'), 'https://x.example/a');
    expect(a.text).not.toMatch(/A tram in the city centre|Sign up to our|Read more/);
    expect(a.paragraphs).toHaveLength(3);
  });
  it('drops share tools and tag lists, keeps blockquotes as quote hints', () => {
    const a = extractArticle(fixtureDoc('us-article.html'), 'https://x.example/a');
    expect(a.text).not.toMatch(/Tweet|Tags:|More stories/);
    expect(a.text).toContain('"This is a historic day for the country,"');
    expect(a.hints?.quotes?.map((q) => a.text.slice(q.start, q.end))).toEqual([
      '"This is a historic day for the country," the majority leader said after the vote.',
    ]);
  });
  it('caps the text at maxChars on a paragraph boundary', () => {
    const a = extractArticle(fixtureDoc('us-article.html'), 'https://x.example/a', { maxChars: 300 });
    expect(a.text.length).toBeLessThanOrEqual(300);
    expect(a.paragraphs.at(-1)!.end).toBe(a.text.length);
  });
});
