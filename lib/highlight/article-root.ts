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
 * What identifies the article in the live page: the opening words of its first and last paragraphs of
 * four words or more; undefined when the article has no such paragraph.
 */
export function articleAnchors(article: Pick<Article, 'text' | 'paragraphs'>): [string, string] | undefined {
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const texts = paras
    .map((p) => article.text.slice(p.start, p.end))
    .filter((t) => t.trim().split(/\s+/).length >= 4);
  if (!texts.length) return undefined;
  return [snippet(texts[0]), snippet(texts[texts.length - 1])];
}

/**
 * The smallest element containing both anchors' text (see {@link articleAnchors}): the story in the live
 * page, so highlights stay out of navigation, related links and comments. `body` when they are not found.
 */
export function findArticleRoot(doc: Document, anchors: [string, string] | undefined): Element {
  const body = doc.body ?? doc.documentElement;
  if (!anchors) return body;
  const first = findTextNode(body, anchors[0]);
  const last = findTextNode(body, anchors[1]);
  if (!first || !last) return body;
  let el: Element | null = first.parentElement;
  while (el && !el.contains(last)) el = el.parentElement;
  return el ?? body;
}
