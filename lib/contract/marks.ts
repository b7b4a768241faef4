/**
 * What the worker sends the content script to mark a page (see lib/worker/page-marks.ts): shared by both
 * sides, so it sits below them.
 */
import type { EntitySummary } from './types';

/**
 * Where a mention sits in the article, as Hypothesis's TextQuoteSelector and TextPositionSelector say it:
 * the exact words, up to {@link ANCHOR_CONTEXT} characters either side, and the offset of the words in the
 * article's text. All four with whitespace runs collapsed to one space, so the live page's own line breaks and
 * indentation do not matter.
 */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offset of `exact` in the article's whitespace-collapsed text: a hint, not a promise. */
  start: number;
}

/** Characters of context an anchor carries either side of its words. */
export const ANCHOR_CONTEXT = 32;

/** One mention to mark: which entity it names (the worker's choice) and where it is. */
export interface MentionMark {
  entityId: string;
  anchor: TextAnchor;
}

/** The worker's answer for marking one page. */
export interface PageMarks {
  /** The entities the reader wants cards for (the settings are applied in the worker). */
  entities: EntitySummary[];
  /** Accessible description per entity id, e.g. 'National Cyber Security Centre: context card available'. */
  labels: Record<string, string>;
  /** The mentions to mark, in article order. */
  mentions: MentionMark[];
}
