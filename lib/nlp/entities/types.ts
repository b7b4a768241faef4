/**
 * Shapes that flow from mention spotting to entity groups (../../../shared pipeline contract):
 * candidates from the KB alias index and the tagger, then groups of surface variants.
 */
import type { EntityType, Mention } from '../../contract/types';

export type { SpottedMention } from '../../kb/types';

/** A span the statistical tagger found; structurally the tagger's TaggedSpan (lib/nlp/tagger). */
export interface TaggedSpanLike {
  start: number;
  end: number;
  text: string;
  type: 'ORG' | 'PER' | 'LOC' | 'MISC';
  score?: number;
}

/**
 * One mention before grouping. `source` says who found it: the KB alias index, the tagger, an acronym
 * definition, a description resolved by coreference, or an all-caps dateline ('LONDON —').
 */
export interface MentionCandidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  source: 'kb' | 'tagger' | 'acronym' | 'coref' | 'dateline';
  /** KB ids from the alias index, best first. */
  kbCandidates?: string[];
}

/** One thing the article talks about: its best name, every surface variant, and every mention. */
export interface EntityGroup {
  name: string;
  type: EntityType;
  /** Distinct surface variants, longest first, e.g. ['National Cyber Security centre', 'NCSC']. */
  names: string[];
  mentions: Mention[];
  /** KB ids the alias index proposed for any member, most frequent first. */
  kbCandidates?: string[];
}
