// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightMentions, watchAdditions } from '@/lib/content';
import { marksIn } from './mention-marks';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchAdditions', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('reports paragraphs the page adds later, once, after the page goes quiet', async () => {
    document.body.innerHTML = '<article><p>First paragraph about Labour.</p></article>';
    const onAdded = vi.fn();
    watchAdditions(document.body, onAdded, { debounceMs: 30, signal: controller.signal });
    const article = document.querySelector('article')!;
    for (const text of ['Second paragraph on Labour.', 'Third paragraph on the NCSC.']) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
      await wait(5);
    }
    expect(onAdded).not.toHaveBeenCalled(); // still debouncing
    await wait(60);
    expect(onAdded).toHaveBeenCalledTimes(1);
    expect(onAdded.mock.calls[0][0].map((el: Element) => el.textContent)).toEqual([
      'Second paragraph on Labour.',
      'Third paragraph on the NCSC.',
    ]);
  });

  it('ignores its own highlights, so marking text never loops', async () => {
    document.body.innerHTML = '<article><p id="p">Labour said the NCSC was told.</p></article>';
    const onAdded = vi.fn();
    const watch = watchAdditions(document.body, onAdded, { debounceMs: 20, signal: controller.signal });
    watch.ours(() =>
      highlightMentions(document.body, marksIn('Labour said the NCSC was told.', { e1: ['NCSC'] }), {}),
    );
    expect(document.querySelectorAll('fc-mark')).toHaveLength(1);
    await wait(50);
    expect(onAdded).not.toHaveBeenCalled();
  });

  it('stops when its signal aborts', async () => {
    document.body.innerHTML = '<article></article>';
    const local = new AbortController();
    const onAdded = vi.fn();
    watchAdditions(document.body, onAdded, { debounceMs: 10, signal: local.signal });
    local.abort();
    document
      .querySelector('article')!
      .append(Object.assign(document.createElement('p'), { textContent: 'Late text' }));
    await wait(40);
    expect(onAdded).not.toHaveBeenCalled();
  });
});
