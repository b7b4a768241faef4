/**
 * What the content script needs to mark a page, computed in the worker: the highlight targets, the
 * entities behind them (without their many mentions) and the anchors of the article in the live page.
 * Small on purpose: the reply is copied onto the page's main thread.
 */
import type { PageMarks } from '@/lib/contract/marks';
import type { Analysis, Article, Span } from '@/lib/contract/types';
import { highlightTargets } from './targets';

export type { PageMarks };

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

/** Page marks for an analysis of an article with these paragraphs. */
export function marksForPage(analysis: Analysis, paragraphs: Span[]): PageMarks {
  const entities = analysis.entities.map(({ mentions: _mentions, ...rest }) => rest);
  return {
    entities,
    targets: highlightTargets(analysis.entities),
    anchors: articleAnchors({ text: analysis.article.text, paragraphs }),
  };
}
