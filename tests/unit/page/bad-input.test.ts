import { describe, expect, it } from 'vitest';
import { detectNews, quickNewsGate } from '../../../lib/page/detect';
import { extractArticle } from '../../../lib/page/extract';
import { decodeHtml, parseHtml } from '../../../lib/page/parse-html';
import { fixtureHtml, PROSE } from './fixtures';

const URL = 'https://x.example/news/a-story-about-something';

describe('bad input never throws', () => {
  it('empty document: not an article, empty text', () => {
    const doc = parseHtml('', URL);
    expect(quickNewsGate(doc, URL)).toBe(false);
    expect(detectNews(doc, URL).isNews).toBe(false);
    const a = extractArticle(doc, URL);
    expect(a.isNews).toBe(false);
    expect(a.text).toBe('');
  });

  it('frameset page: a clear not-an-article verdict', () => {
    const doc = parseHtml(
      '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      URL,
    );
    const v = detectNews(doc, URL);
    expect(v.isNews).toBe(false);
    expect(() => extractArticle(doc, URL)).not.toThrow();
  });

  it('page without <body> markup still yields its text', () => {
    const doc = parseHtml(`<title>No body</title><p>${PROSE}</p><p>${PROSE}</p>`, URL);
    expect(extractArticle(doc, URL).text).toContain('drought');
  });

  it('a document without documentElement gives a partial result', () => {
    const doc = parseHtml('<p>x</p>');
    doc.removeChild(doc.documentElement);
    expect(detectNews(doc, URL).isNews).toBe(false);
    expect(extractArticle(doc, URL).text).toBe('');
  });

  it('page that redefined querySelectorAll and querySelector', () => {
    const doc = parseHtml(fixtureHtml('seed-article.html'), URL);
    const proto = Object.getPrototypeOf(doc.documentElement) as Record<string, unknown>;
    const saved = { qsa: proto.querySelectorAll, qs: proto.querySelector };
    Object.defineProperty(doc, 'querySelectorAll', { value: null, configurable: true });
    Object.defineProperty(doc, 'querySelector', { value: null, configurable: true });
    try {
      for (const el of Array.from(doc.getElementsByTagName('div'))) {
        Object.defineProperty(el, 'querySelectorAll', { value: null });
      }
      expect(() => quickNewsGate(doc, URL)).not.toThrow();
      expect(() => detectNews(doc, URL)).not.toThrow();
      const a = extractArticle(doc, URL);
      expect(a.text).toContain('British security officials');
      expect(a.publishedAt).toBe('2019-11-13T14:38');
    } finally {
      proto.querySelectorAll = saved.qsa;
      proto.querySelector = saved.qs;
    }
  });

  it('5 MB page: finishes, returns the article', () => {
    const filler = `<div class="comment"><p>${PROSE}</p></div>`.repeat(Math.ceil(5_000_000 / 260));
    const html = fixtureHtml('seed-article.html').replace(
      '</main>',
      `</main><section class="comments">${filler}</section>`,
    );
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = parseHtml(html, URL);
    const a = extractArticle(doc, URL);
    expect(a.publishedAt).toBe('2019-11-13T14:38');
    expect(a.text).toContain('British security officials');
  }, 60_000);

  it('server warnings printed before the document: the article is still read', () => {
    const html = `<br />\n<b>Warning</b>: Undefined variable $x in /var/www/index.php on line 3<br />\n${fixtureHtml('seed-article.html')}`;
    const doc = parseHtml(html, URL);
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.body.textContent).toContain('British security officials');
    const a = extractArticle(doc, URL);
    expect(a.publishedAt).toBe('2019-11-13T14:38');
    expect(a.text).toContain('British security officials');
    expect(a.text).not.toContain('Undefined variable');
  });

  it('broken encodings decode instead of failing', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="iso-8859-1"></head><body><p>Caf'),
      0xe9,
      ...new TextEncoder().encode('</p></body></html>'),
    ]);
    expect(decodeHtml(latin1)).toContain('Café');
    const badUtf8 = new Uint8Array([
      ...new TextEncoder().encode('<p>M'),
      0xfc,
      ...new TextEncoder().encode('nchen</p>'),
    ]);
    expect(decodeHtml(badUtf8)).toContain('München');
    expect(() => extractArticle(parseHtml('<p>\uFFFD\uFFFD broken \uD800 text</p>'), URL)).not.toThrow();
  });
});
