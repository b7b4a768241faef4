/**
 * What the worker sends the content script to mark a page (see lib/worker/page-marks.ts): shared by both
 * sides, so it sits below them.
 */
import type { EntitySummary } from './types';

/** One entity to mark: its id and the surface strings that name it in the text. */
export interface HighlightTarget {
  entityId: string;
  surfaces: string[];
  /** Accessible description, e.g. 'National Cyber Security Centre, organisation'. */
  label?: string;
}

/** The worker's answer for marking one page. */
export interface PageMarks {
  entities: EntitySummary[];
  /** One per entity, in the order of `entities`. */
  targets: HighlightTarget[];
  /** Opening words of the first and last paragraphs (see articleAnchors). */
  anchors?: [string, string];
}
