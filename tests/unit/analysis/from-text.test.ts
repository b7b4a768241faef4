import { describe, expect, it } from 'vitest';
import { articleFromText, paragraphSpans } from '@/lib/analysis/from-text';

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
