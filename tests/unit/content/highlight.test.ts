// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoot, highlightEntities, removeAllHighlights } from '@/lib/content';
import { articleAnchors } from '@/lib/worker/page-marks';

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
    const p1 = [...document.querySelectorAll('#p1 fc-mark')].map((m) => [
      m.getAttribute('data-fc-entity'),
      m.textContent,
    ]);
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
    highlightEntities(
      document.querySelector('article')!,
      targets.map((t) => ({ ...t, label: 'context card' })),
    );
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
    const text =
      'The National Cyber Security centre (NCSC) - part of\n\nThe LabourList blog and NCSCs should not match.';
    const anchors = articleAnchors({
      text,
      paragraphs: [
        { start: 0, end: 52 },
        { start: 54, end: text.length },
      ],
    });
    const root = findArticleRoot(document, anchors);
    expect(root.tagName).toBe('ARTICLE');
  });
  it('falls back to body when the text is not on the page', () => {
    document.body.innerHTML = ARTICLE;
    const text = 'Something that is not on this page at all.';
    expect(findArticleRoot(document, articleAnchors({ text, paragraphs: [] }))).toBe(document.body);
  });
});

describe('highlightTargets', () => {
  it('marks names, not descriptions, and never a phrase that holds another entity’s name', async () => {
    const { highlightTargets } = await import('@/lib/worker/targets');
    const text = "Britain's spy agency GCHQ said. The party and the agency. GCHQ again in Britain.";
    const at = (s: string, from = 0) => ({
      start: text.indexOf(s, from),
      end: text.indexOf(s, from) + s.length,
      text: s,
    });
    const targets = highlightTargets([
      {
        id: 'e1',
        name: 'United Kingdom',
        type: 'place',
        confidence: 1,
        mentions: [at('Britain'), at('Britain', 10)],
      },
      {
        id: 'e2',
        name: 'GCHQ',
        type: 'organization',
        confidence: 1,
        mentions: [at("Britain's spy agency GCHQ"), at('GCHQ', 30)],
      },
      { id: 'e3', name: 'Labour Party', type: 'organization', confidence: 1, mentions: [at('The party')] },
    ]);
    expect(targets.map((t) => [t.entityId, t.surfaces])).toEqual([
      ['e1', ['Britain']],
      ['e2', ['GCHQ']],
      ['e3', []],
    ]);
  });
});

describe('highlightEntities in awkward places', () => {
  it('styles marks through the CSSOM with !important, leaves a link the tab stop, and skips text inside an editable ancestor', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><article id="ed"><p>Labour in an editor</p></article></div>' +
      '<article id="a"><p>Read the <a href="/x">NCSC</a> statement on Labour.</p></article>';
    const targets = [
      { entityId: 'e1', surfaces: ['NCSC'] },
      { entityId: 'e3', surfaces: ['Labour'] },
    ];
    expect(highlightEntities(document.querySelector('#ed')!, targets).marks).toHaveLength(0);
    const { marks } = highlightEntities(document.querySelector('#a')!, targets);
    const inLink = marks.find((m) => m.textContent === 'NCSC')!;
    const plain = marks.find((m) => m.textContent === 'Labour')!;
    expect(inLink.getAttribute('tabindex')).toBe('-1');
    expect(plain.getAttribute('tabindex')).toBe('0');
    expect(plain.style.getPropertyValue('display')).toBe('inline');
    expect(plain.style.getPropertyPriority('display')).toBe('important');
    expect(plain.style.getPropertyValue('padding')).toMatch(/^0(px)?$/);
  });
});
