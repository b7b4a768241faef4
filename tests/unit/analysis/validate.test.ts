import { describe, expect, it } from 'vitest';
import { articleFromText, paragraphSpans } from '@/lib/analysis/from-text';
import { MAX_ARTICLE_CHARS, validateArticle } from '@/lib/analysis/validate';

describe('validateArticle (hostile messages)', () => {
  it('rejects what is not an article with a message saying what is wrong', () => {
    expect(validateArticle(null)).toEqual({ ok: false, error: 'Article must be an object.' });
    expect(validateArticle({ text: 42 })).toEqual({ ok: false, error: 'Article text must be a string.' });
    expect(validateArticle([1, 2])).toMatchObject({ ok: false });
  });

  it('drops unknown fields, bad spans, non-http links and unparseable dates', () => {
    const checked = validateArticle({
      text: 'Hello world',
      isNews: 'yes',
      newsScore: 7,
      publishedAt: 'yesterday-ish',
      paragraphs: [{ start: 0, end: 11 }, { start: 5, end: 999 }, 'x'],
      hints: {
        links: [
          { start: 0, end: 5, href: 'javascript:alert(1)' },
          { start: 6, end: 11, href: 'https://ok.example/' },
        ],
      },
      __proto__: { polluted: true },
      extra: 'dropped',
    });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.isNews).toBe(false);
    expect(checked.value.newsScore).toBe(1);
    expect(checked.value.publishedAt).toBeUndefined();
    expect(checked.value.paragraphs).toEqual([{ start: 0, end: 11 }]);
    expect(checked.value.hints?.links).toEqual([{ start: 6, end: 11, href: 'https://ok.example/' }]);
    expect(checked.value).not.toHaveProperty('extra');
  });

  it('cuts huge text to the ceiling instead of refusing it', () => {
    const checked = validateArticle({ text: 'a'.repeat(MAX_ARTICLE_CHARS + 10) });
    expect(checked.ok && checked.value.text.length).toBe(MAX_ARTICLE_CHARS);
  });
});

describe('articleFromText', () => {
  it('keeps the text unchanged and finds paragraphs between blank lines', () => {
    const text = '  First line\ncontinues.\n\n\nSecond paragraph.  \n';
    const article = articleFromText(text);
    expect(article.text).toBe(text);
    expect(article.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'First line\ncontinues.',
      'Second paragraph.',
    ]);
  });
  it('gives no paragraphs for empty or blank text', () => {
    expect(paragraphSpans('')).toEqual([]);
    expect(paragraphSpans(' \n \n')).toEqual([]);
  });
});
