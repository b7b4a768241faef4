/**
 * Finds the live element that holds the extracted article, so highlights stay inside the story
 * (not the navigation, related links or comments).
 */
import type { Article } from '@/lib/analysis/types';

function findTextNode(root: Element, needle: string): Node | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(needle)) return n;
  }
  return undefined;
}

/** A distinctive snippet of a paragraph: its first words, short enough to sit in one text node. */
function snippet(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 6).join(' ');
  return words.length > 48 ? words.slice(0, 48) : words;
}

/**
 * The smallest element containing the article's first and last paragraphs (by their opening words),
 * or `body` when they cannot be found.
 */
export function findArticleRoot(doc: Document, article: Pick<Article, 'text' | 'paragraphs'>): Element {
  const body = doc.body ?? doc.documentElement;
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const texts = paras
    .map((p) => article.text.slice(p.start, p.end))
    .filter((t) => t.trim().split(/\s+/).length >= 4);
  if (!texts.length) return body;
  const first = findTextNode(body, snippet(texts[0]));
  const last = findTextNode(body, snippet(texts[texts.length - 1]));
  if (!first || !last) return body;
  let el: Element | null = first.parentElement;
  while (el && !el.contains(last)) el = el.parentElement;
  return el ?? body;
}
