/**
 * A story the page prints in several blocks: Politico sets its lead paragraphs in one `div.story-text` and the
 * rest in another, in a later section of the page, with advertisements between. Readability keeps the block it
 * scores best and its siblings only, so the lead is lost (and with it the full names the rest of the story
 * refers to by surname). The story's paragraphs share their markup: paragraphs of the page with the same class
 * as those Readability kept, before its first or after its last (two or more on a side: one alone is a summary
 * or a teaser), outside site chrome, are the story's too.
 */
import { attr, byTag, textOf } from './dom';

/** Site chrome and asides: a paragraph there is no part of the story whatever its class. */
const CHROME =
  'nav, header, footer, aside, figure, figcaption, blockquote, [role=navigation], [role=contentinfo], [role=complementary]';

const key = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

function inChrome(el: Element): boolean {
  try {
    return !!el.closest(CHROME);
  } catch {
    return false;
  }
}

function hidden(el: Element): boolean {
  return (
    /display:\s*none|visibility:\s*hidden/.test(attr(el, 'style') ?? '') ||
    attr(el, 'hidden') !== undefined ||
    attr(el, 'aria-hidden') === 'true'
  );
}

/**
 * Add to `root` (Readability's article, in `root`'s own document) the story paragraphs of `doc` it left out
 * before its first kept paragraph or after its last (see the file comment). Changes `root` in place; never
 * throws. Returns how many paragraphs were added.
 */
export function restoreSplitStory(doc: Document, root: Element): number {
  try {
    const kept = new Set(
      byTag(root, 'p')
        .map((p) => key(textOf(p)))
        .filter((k) => k.length >= 30),
    );
    if (kept.size < 3) return 0;
    const all = byTag(doc.body ?? doc.documentElement, 'p').slice(0, 3000);
    const keptAt: number[] = [];
    const classCount = new Map<string, number>();
    all.forEach((p, i) => {
      if (!kept.has(key(textOf(p)))) return;
      keptAt.push(i);
      const cls = (attr(p, 'class') ?? '').trim();
      if (cls) classCount.set(cls, (classCount.get(cls) ?? 0) + 1);
    });
    if (!keptAt.length) return 0;
    // The story's paragraph class: most of the kept paragraphs carry it.
    const [storyClass, count] = [...classCount.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (!storyClass || count < 3 || count < keptAt.length / 2) return 0;
    const first = keptAt[0];
    const last = keptAt[keptAt.length - 1];
    const before: string[] = [];
    const after: string[] = [];
    all.forEach((p, i) => {
      if (i >= first && i <= last) return;
      if ((attr(p, 'class') ?? '').trim() !== storyClass || inChrome(p) || hidden(p)) return;
      const text = textOf(p).replace(/\s+/g, ' ').trim();
      if (text.length < 30 || kept.has(key(text))) return;
      (i < first ? before : after).push(text);
    });
    // One lone paragraph of that class is a summary or a teaser; a block of the story has two or more.
    if (before.length < 2) before.length = 0;
    if (after.length < 2) after.length = 0;
    const owner = root.ownerDocument;
    const paragraph = (text: string) => {
      const p = owner.createElement('p');
      p.textContent = text;
      return p;
    };
    const anchor = byTag(root, 'p').find((p) => kept.has(key(textOf(p))));
    const parent = anchor?.parentNode ?? root;
    for (const text of before) parent.insertBefore(paragraph(text), anchor ?? parent.firstChild);
    const lastKept = byTag(root, 'p')
      .filter((p) => kept.has(key(textOf(p))))
      .pop();
    let at: Node | null = lastKept ?? null;
    for (const text of after) {
      const p = paragraph(text);
      const host = at?.parentNode ?? root;
      host.insertBefore(p, at ? at.nextSibling : null);
      at = p;
    }
    return before.length + after.length;
  } catch {
    return 0;
  }
}
