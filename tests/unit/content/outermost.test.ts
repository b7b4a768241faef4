// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outermost } from '@/lib/content/watch-additions';

describe('outermost added elements', () => {
  it('keeps only elements no other added element contains, with text, still in the page', () => {
    document.body.innerHTML =
      '<section id="a"><div id="b"><p id="c">Some text here</p></div></section><p id="d">More text</p><p id="e"> </p>';
    const byId = (id: string) => document.getElementById(id)!;
    const gone = document.createElement('p');
    gone.textContent = 'removed before the watcher looked';
    const added = new Set([byId('c'), byId('b'), byId('d'), byId('e'), gone]);
    expect(outermost(added).map((el) => el.id)).toEqual(['b', 'd']);
  });

  it('a chain of 3,000 nested additions gives its top element', () => {
    document.body.innerHTML = `${'<div>'.repeat(3000)}text${'</div>'.repeat(3000)}`;
    const all = new Set([...document.body.querySelectorAll('div')]);
    expect(outermost(all)).toEqual([document.body.firstElementChild]);
  });
});
