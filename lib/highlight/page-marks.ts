/**
 * What the content script needs to mark a page, computed in the worker: the highlight targets, the
 * entities behind them (without their many mentions) and the anchors of the article in the live page.
 * Small on purpose: the reply is copied onto the page's main thread.
 */
import type { Analysis, EntitySummary, Span } from '@/lib/analysis/types';
import { articleAnchors } from './article-root';
import type { HighlightTarget } from './highlight';
import { highlightTargets } from './targets';

/** The worker's answer for marking one page. */
export interface PageMarks {
  entities: EntitySummary[];
  /** One per entity, in the order of `entities`. */
  targets: HighlightTarget[];
  /** Opening words of the first and last paragraphs (see articleAnchors). */
  anchors?: [string, string];
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
