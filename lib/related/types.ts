/**
 * Shapes of related coverage: what is remembered about an article (reading history or a feed item),
 * and the index that ranks remembered articles against the one being read.
 */
import type { RelatedItem } from '@/lib/contract/types';

/** What the extension keeps about one article it has seen, so later reports of the same story can find it. */
export interface RememberedArticle {
  url: string;
  title: string;
  publisher?: string;
  /** ISO 8601 */
  publishedAt?: string;
  /** KB ids of linked entities, or normalised names (lowercase, no accents) when unlinked. */
  entityIds: string[];
  /** Display names parallel to `entityIds` ("NCSC", "Labour"), for the "why" line. Optional. */
  entityNames?: string[];
  /** Key terms, most distinctive first (see keyTerms). */
  terms: string[];
  /** A few of the article's claims, short. */
  claimSummary?: string[];
  source: 'history' | 'feed';
  canonicalUrl?: string;
  /** When the extension saw it (ms since epoch). */
  seenAt: number;
}

/** Options for one ranking. */
export interface RankOptions {
  /** At most this many results (default 5). */
  limit?: number;
  /** Results scoring below this are left out (default DEFAULT_MIN_SCORE). */
  minScore?: number;
}

/** Remembered articles, indexed so the same story can be found among thousands in a few milliseconds. */
export interface RelatedIndex {
  /** Add or replace (same URL, canonical URL or AMP/utm variant) an article. */
  add(article: RememberedArticle): void;
  /** Forget the article at `url` (any of its URL variants). */
  remove(url: string): void;
  /** How many articles are remembered. */
  size(): number;
  /** Other reports of the query's story, best first, never the query itself under any of its URLs. */
  rank(query: RememberedArticle, opts?: RankOptions): RelatedItem[];
}

/** One item of an RSS, Atom or RDF feed. */
export interface FeedEntry {
  title: string;
  url: string;
  publishedAt?: string;
  summary?: string;
  publisher?: string;
}
