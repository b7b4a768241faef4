// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoot, highlightMentions, removeAllHighlights } from '@/lib/content';
import { mentionsToMark } from '@/lib/worker/page-marks';
import { marksIn } from './mention-marks';

const ARTICLE = `
  <header><p>Thursday, January 28 2021 — Labour news</p></header>
  <article>
    <p id="p1">The National Cyber Security centre (NCSC) - part of Britain's spy agency GCHQ - said the <b>NCSC</b> was confident.</p>
    <p id="p2">Labour leader Jeremy Corbyn said Labour was worried. NCSC again.</p>
    <p id="p3">Type here: <textarea>NCSC</textarea> <span contenteditable="true">NCSC editable</span></p>
    <p id="p4">The LabourList blog and NCSCs should not match.</p>
  </article>`;

/** The article's text as the worker reads it (the header is not part of it; nor are form fields). */
const TEXT = [
  "The National Cyber Security centre (NCSC) - part of Britain's spy agency GCHQ - said the NCSC was confident.",
  'Labour leader Jeremy Corbyn said Labour was worried. NCSC again.',
  'Type here:',
  'The LabourList blog and NCSCs should not match.',
].join('\n\n');

const NAMES = {
  e1: ['National Cyber Security centre', 'NCSC'],
  e2: ['GCHQ'],
  e3: ['Labour'],
  e4: ['Jeremy Corbyn', 'Corbyn'],
};
const mentions = marksIn(TEXT, NAMES);
const marked = () =>
  [...document.querySelectorAll('fc-mark')].map((m) => [m.getAttribute('data-fc-entity'), m.textContent]);

describe('highlightMentions', () => {
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
  });

  it('marks the mentions the worker chose (first of each entity per paragraph), where the worker found them', () => {
    const handle = highlightMentions(document.body, mentions, {});
    expect(marked()).toEqual([
      ['e1', 'National Cyber Security centre'],
      ['e2', 'GCHQ'],
      ['e3', 'Labour'],
      ['e4', 'Jeremy Corbyn'],
      ['e1', 'NCSC'],
    ]);
    expect(document.querySelectorAll('header fc-mark')).toHaveLength(0); // 'Labour news' is not the story
    expect(handle.marks.map((m) => m.closest('p')!.id)).toEqual(['p1', 'p1', 'p2', 'p2', 'p2']);
  });

  it('never touches form fields, editable areas or partial words', () => {
    const p3 = document.querySelector('#p3')!.textContent!;
    const forged = [
      {
        entityId: 'e1',
        anchor: { exact: 'NCSC', prefix: 'Type here: ', suffix: ' NCSC editable', start: 0 },
      },
      { entityId: 'e1', anchor: { exact: 'NCSC', prefix: p3.slice(0, 20), suffix: ' editable', start: 0 } },
      {
        entityId: 'e3',
        anchor: { exact: 'Labour', prefix: 'not match. The ', suffix: 'List blog and NCSCs', start: 0 },
      },
    ];
    expect(highlightMentions(document.body, forged, {}).marks).toHaveLength(0);
  });

  it('marks text inside a form (a page whose whole body is one <form>), not the form’s fields', () => {
    document.body.innerHTML = `<form id="aspnetForm"><input value="Labour"><div><p>${TEXT.split('\n\n')[1]}</p></div></form>`;
    const { marks } = highlightMentions(document.body, marksIn(TEXT.split('\n\n')[1], NAMES), {});
    expect(marks.map((m) => m.textContent)).toEqual(['Labour', 'Jeremy Corbyn', 'NCSC']);
  });

  it('finds its words on a page that changed a little since it was read, and gives up where it changed a lot', () => {
    document.body.innerHTML = `<nav>Home · Labour · NCSC</nav><article>
      <p>A new opening paragraph the site added after the worker read it.</p>
      <p>The   National Cyber Security
        centre (NCSC) - part of Britain's spy agency GCHQ - said the <b>NCSC</b> was confident.</p>
      <p>Labour's leader Jeremy Corbyn said today that the party was worried. Something else entirely.</p></article>`;
    const { marks } = highlightMentions(document.body, mentions, {});
    // Corbyn's and the second NCSC's surroundings were rewritten on both sides: given up, not guessed.
    expect(marks.map((m) => [m.getAttribute('data-fc-entity'), m.textContent!.replace(/\s+/g, ' ')])).toEqual(
      [
        ['e1', 'National Cyber Security centre'],
        ['e2', 'GCHQ'],
        ['e3', 'Labour'],
      ],
    );
    expect(document.querySelectorAll('nav fc-mark')).toHaveLength(0);
  });

  it('makes marks focusable and describes them for screen readers', () => {
    highlightMentions(document.body, mentions, { e1: 'context card' });
    const mark = document.querySelector('fc-mark')!;
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(mark.getAttribute('aria-haspopup')).toBe('dialog');
    expect(mark.getAttribute('aria-description')).toBe('context card');
  });

  it('removes every mark and restores the exact markup and text nodes', () => {
    const root = document.querySelector('article')!;
    const before = root.innerHTML;
    const textNodesBefore = root.querySelectorAll('p')[1].childNodes.length;
    const handle = highlightMentions(document.body, mentions, {});
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
    highlightMentions(document.body, mentions, {});
    expect(removeAllHighlights(document)).toBeGreaterThan(0);
    expect(document.querySelectorAll('fc-mark')).toHaveLength(0);
    expect(root.textContent).toBe(text);
  });

  it('respects the mark budget', () => {
    const handle = highlightMentions(document.body, mentions, {}, { maxMarks: 2 });
    expect(handle.marks).toHaveLength(2);
  });
});

describe('findArticleRoot', () => {
  it('is the smallest element holding every mark, not the page header', () => {
    document.body.innerHTML = ARTICLE;
    const { marks } = highlightMentions(document.body, mentions, {});
    expect(findArticleRoot(document, marks).tagName).toBe('ARTICLE');
  });
  it('falls back to body when nothing was marked', () => {
    document.body.innerHTML = ARTICLE;
    expect(findArticleRoot(document, [])).toBe(document.body);
  });
});

describe('mentionsToMark', () => {
  it('marks names, not descriptions, and never a phrase that holds another entity’s name', () => {
    const text = "Britain's spy agency GCHQ said. The party and the agency.\n\nGCHQ again in Britain.";
    const at = (s: string, from = 0) => ({
      start: text.indexOf(s, from),
      end: text.indexOf(s, from) + s.length,
      text: s,
    });
    const marks = mentionsToMark(
      {
        article: { text },
        entities: [
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
          {
            id: 'e3',
            name: 'Labour Party',
            type: 'organization',
            confidence: 1,
            mentions: [at('The party')],
          },
        ],
      },
      [
        { start: 0, end: 57 },
        { start: 59, end: text.length },
      ],
    );
    expect(marks.map((m) => [m.entityId, m.anchor.exact, m.anchor.start])).toEqual([
      ['e2', 'GCHQ', 58],
      ['e1', 'Britain', 72],
    ]);
    // Whitespace is collapsed: the paragraph break is one space, in the offsets and in the context.
    expect(marks[0].anchor.prefix).toBe('said. The party and the agency. ');
    expect(marks[1].anchor.suffix).toBe('.');
  });
});
