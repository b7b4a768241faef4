import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '@/lib/page/flatten';
import { parseHtml } from '@/lib/page/parse-html';

/** How deep the deepest element of `doc` sits, counted without recursion. */
function depthOf(doc: Document): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[doc.documentElement, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return deepest;
}

const paragraphs = '<article><p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p></article>';

describe('flattenDeepNesting: no page is deeper than Readability can walk', () => {
  it('unwraps 5,000 nested divs, keeping the paragraphs under them whole and in order', () => {
    const doc = parseHtml(
      `<html><body>${'<div>'.repeat(5000)}${paragraphs}${'</div>'.repeat(5000)}</body></html>`,
    );
    expect(depthOf(doc)).toBeGreaterThan(5000);
    expect(flattenDeepNesting(doc)).toBeGreaterThan(4000);
    expect(depthOf(doc)).toBeLessThanOrEqual(512 + 17);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'First paragraph.',
      'Second bold paragraph.',
    ]);
    expect(doc.querySelector('p b')?.textContent).toBe('bold');
  });

  it('leaves an ordinary page alone', () => {
    const html = `<html><body>${'<div>'.repeat(40)}${paragraphs}${'</div>'.repeat(40)}</body></html>`;
    const doc = parseHtml(html);
    expect(flattenDeepNesting(doc)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(parseHtml(html).documentElement.outerHTML);
  });
});
