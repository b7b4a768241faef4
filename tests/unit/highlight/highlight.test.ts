// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoot, highlightEntities, removeAllHighlights } from '@/lib/highlight';

const ARTICLE = `
  <header><p>Thursday, January 28 2021 — Labour news</p></header>
  <article>
    <p id="p1">The National Cyber Security centre (NCSC) - part of Britain's spy agency GCHQ - said the <b>NCSC</b> was confident.</p>
    <p id="p2">Labour leader Jeremy Corbyn said Labour was worried. NCSC again.</p>
    <p id="p3">Type here: <textarea>NCSC</textarea> <span contenteditable="true">NCSC editable</span></p>
    <p id="p4">The LabourList blog and NCSCs should not match.</p>
  </article>`;

const targets = [
  { entityId: 'e1', surfaces: ['National Cyber Security centre', 'NCSC'] },
  { entityId: 'e2', surfaces: ['GCHQ'] },
  { entityId: 'e3', surfaces: ['Labour'] },
  { entityId: 'e4', surfaces: ['Jeremy Corbyn', 'Corbyn'] },
];

describe('highlightEntities', () => {
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
  });

  it('marks the first mention of each entity per paragraph, longest name first', () => {
    const handle = highlightEntities(document.querySelector('article')!, targets);
    const p1 = [...document.querySelectorAll('#p1 fc-mark')].map((m) => [m.getAttribute('data-fc-entity'), m.textContent]);
    expect(p1).toEqual([
      ['e1', 'National Cyber Security centre'],
      ['e2', 'GCHQ'],
    ]);
    const p2 = [...document.querySelectorAll('#p2 fc-mark')].map((m) => m.textContent);
    expect(p2).toEqual(['Labour', 'Jeremy Corbyn', 'NCSC']);
    expect(handle.marks).toHaveLength(5);
  });

  it('never touches form fields, editable areas or partial words', () => {
    highlightEntities(document.querySelector('article')!, targets);
    expect(document.querySelectorAll('#p3 fc-mark')).toHaveLength(0);
    expect(document.querySelectorAll('#p4 fc-mark')).toHaveLength(0);
  });

  it('makes marks focusable and describes them for screen readers', () => {
    highlightEntities(document.querySelector('article')!, targets.map((t) => ({ ...t, label: 'context card' })));
    const mark = document.querySelector('fc-mark')!;
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(mark.getAttribute('aria-haspopup')).toBe('dialog');
    expect(mark.getAttribute('aria-description')).toBe('context card');
  });

  it('removes every mark and restores the exact markup and text nodes', () => {
    const root = document.querySelector('article')!;
    const before = root.innerHTML;
    const textNodesBefore = root.querySelectorAll('p')[1].childNodes.length;
    const handle = highlightEntities(root, targets);
    expect(root.innerHTML).not.toBe(before);
    handle.remove();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelectorAll('p')[1].childNodes.length).toBe(textNodesBefore);
    handle.remove(); // idempotent
    expect(root.innerHTML).toBe(before);
  });

  it('removeAllHighlights cleans up marks left by an earlier instance', () => {
    const root = document.querySelector('article')!;
    const text = root.textContent;
    highlightEntities(root, targets);
    expect(removeAllHighlights(document)).toBeGreaterThan(0);
    expect(document.querySelectorAll('fc-mark')).toHaveLength(0);
    expect(root.textContent).toBe(text);
  });

  it('respects the mark budget', () => {
    const handle = highlightEntities(document.querySelector('article')!, targets, { maxMarks: 2 });
    expect(handle.marks).toHaveLength(2);
  });
});

describe('findArticleRoot', () => {
  it('finds the element holding the first and last paragraphs, not the page header', () => {
    document.body.innerHTML = ARTICLE;
    const text = 'The National Cyber Security centre (NCSC) - part of\n\nThe LabourList blog and NCSCs should not match.';
    const root = findArticleRoot(document, { text, paragraphs: [{ start: 0, end: 52 }, { start: 54, end: text.length }] });
    expect(root.tagName).toBe('ARTICLE');
  });
  it('falls back to body when the text is not on the page', () => {
    document.body.innerHTML = ARTICLE;
    const text = 'Something that is not on this page at all.';
    expect(findArticleRoot(document, { text, paragraphs: [] })).toBe(document.body);
  });
});
