/**
 * What related coverage needs from its storage: the two bounded stores of remembered articles. The
 * IndexedDB implementation is lib/ext/history-store.ts.
 */
import type { RememberedArticle } from './types';

/** Most reading-history articles kept; the oldest seen go first. */
export const HISTORY_LIMIT = 5_000;
/** Most feed items kept; the oldest seen go first. */
export const FEED_LIMIT = 2_000;

/** Remembered articles of one kind (history or feed items), persisted and bounded. */
export interface ArticleStore {
  /** Remember (or refresh) an article; the oldest are dropped beyond the limit. */
  put(article: RememberedArticle): Promise<void>;
  /** Remember many at once, in one transaction. */
  putAll(articles: RememberedArticle[]): Promise<void>;
  /** Every remembered article, oldest first. */
  all(): Promise<RememberedArticle[]>;
  count(): Promise<number>;
  /** Forget one article (any of its URL variants). */
  remove(url: string): Promise<void>;
  /** Forget every article from a site (the reader turned the site off). Returns how many went. */
  forgetSite(hostname: string): Promise<number>;
  /** Forget everything (the options page's "Clear history"). */
  clear(): Promise<void>;
}

/** The two stores of related coverage, sharing one database: reading history and feed items. */
export interface RelatedStores {
  history: ArticleStore;
  feed: ArticleStore;
  /** Close the database (tests; the worker keeps it open). */
  close(): Promise<void>;
}
