/**
 * Bylines whose look comes from the style sheet: a "By" label printed as an element of its own and run into the
 * name when the text is joined, and names written in lower case that CSS capitalises. Pages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cleanByline, findByline } from '../../../lib/page/byline';
import { readJsonLd } from '../../../lib/page/json-ld';
import { readMetaTags } from '../../../lib/page/meta-tags';
import { page, PROSE } from './fixtures';

function bylineOf(body: string): string | undefined {
  const doc = page(`<h1>Storm closes the harbour</h1>${body}<p>${PROSE}</p>`);
  return findByline(doc, readJsonLd(doc), readMetaTags(doc), '', 'https://news.example/world/storm');
}

describe('a byline styled by the page', () => {
  it('keeps the label in its own element apart from the name', () => {
    expect(bylineOf('<div class="author"><span class="by-text">By</span>Nadia Okafor</div>')).toBe(
      'Nadia Okafor',
    );
  });

  it('capitalises a name written in lower case after the label', () => {
    expect(bylineOf('<div class="author"><span class="by-text">By</span>tomas lindqvist</div>')).toBe(
      'Tomas Lindqvist',
    );
    expect(cleanByline('By maria van der berg')).toBe('Maria van der Berg');
    expect(cleanByline('by jon ellis and priya raman')).toBe('Jon Ellis, Priya Raman');
  });

  it('leaves lower-case phrases without a label alone', () => {
    expect(cleanByline('unsere redaktion empfiehlt')).toBeUndefined();
    expect(cleanByline('By Tomas Lindqvist')).toBe('Tomas Lindqvist');
  });
});
