// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightMentions, highlightMentionsInSlices, HIGHLIGHT_TAG } from '@/lib/content';
import { marksIn } from './mention-marks';

const PARAGRAPHS = Array.from(
  { length: 60 },
  (_, i) => `<p id="p${i}">Paragraph ${i}: the NCSC, part of GCHQ, said Labour had reported it.</p>`,
).join('');
const mentions = marksIn(
  Array.from(
    { length: 60 },
    (_, i) => `Paragraph ${i}: the NCSC, part of GCHQ, said Labour had reported it.`,
  ).join('\n\n'),
  { ncsc: ['NCSC'], gchq: ['GCHQ'], labour: ['Labour'] },
);

/** A clock that moves 1 ms each time it is read, so a slice's budget counts text nodes. */
function tickingClock() {
  let t = 0;
  return () => t++;
}

describe('highlightMentionsInSlices', () => {
  beforeEach(() => {
    document.body.innerHTML = `<article>${PARAGRAPHS}</article>`;
  });

  it('marks exactly what the one-shot version marks, giving the page the thread back between slices', async () => {
    const root = document.querySelector('article')!;
    const pauses: number[] = [];
    const sliced = highlightMentionsInSlices(
      root,
      mentions,
      {},
      {
        sliceMs: 5,
        now: tickingClock(),
        pause: async () => void pauses.push(document.querySelectorAll(HIGHLIGHT_TAG).length),
      },
    );
    await sliced.done;
    const slicedHtml = root.innerHTML;
    expect(sliced.marks).toHaveLength(180);
    expect(pauses.length).toBeGreaterThan(5); // many slices, not one long task
    expect(pauses).toEqual([...pauses].sort((a, b) => a - b)); // marks fill in as it goes
    sliced.remove();
    expect(root.innerHTML).toBe(`${PARAGRAPHS}`);

    const once = highlightMentions(root, mentions, {});
    expect(root.innerHTML).toBe(slicedHtml);
    once.remove();
  });

  it('stops where it is and restores the page when removed half-way', async () => {
    const root = document.querySelector('article')!;
    let pauses = 0;
    // The first pauses come before `handle` is assigned; the third, which removes, after.
    const handle = highlightMentionsInSlices(
      root,
      mentions,
      {},
      {
        sliceMs: 4,
        now: tickingClock(),
        pause: async () => {
          if (++pauses === 3) handle.remove();
        },
      },
    );
    await handle.done;
    expect(pauses).toBe(3);
    expect(document.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(0);
    expect(root.innerHTML).toBe(PARAGRAPHS);
  });

  it('makes every change inside runSlice (so the content script can tell its own DOM changes apart)', async () => {
    const root = document.querySelector('article')!;
    const count = () => root.querySelectorAll(HIGHLIGHT_TAG).length;
    let slices = 0;
    let seen = 0;
    let changedOutside = 0;
    const handle = highlightMentionsInSlices(
      root,
      mentions,
      {},
      {
        sliceMs: 10,
        now: tickingClock(),
        pause: async () => {
          if (count() !== seen) changedOutside++;
        },
        runSlice: (slice) => {
          if (count() !== seen) changedOutside++;
          slices++;
          slice();
          seen = count();
        },
      },
    );
    await handle.done;
    expect(slices).toBeGreaterThan(1);
    expect(seen).toBe(180);
    expect(changedOutside).toBe(0);
  });
});
